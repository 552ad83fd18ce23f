import { describe, expect, it } from 'vitest';
import { getProducts, getVillages } from '@/lib/content';
import { getArtisans } from '@/lib/content/artisans';
import { getNews } from '@/lib/content/news';
import { getPolicies } from '@/lib/content/policies';
import { getProgrammes } from '@/lib/content/programmes';
import { getTours } from '@/lib/content/tours';
import { robotsRules } from '@/lib/seo/robots';
import { publicPages, sitemapEntries } from '@/lib/seo/sitemap';

const SITE = 'http://localhost:3000';

describe('sitemap', () => {
  const entries = sitemapEntries(publicPages());
  const urls = entries.map((e) => e.url);

  it('lists every public page in both locales, once', () => {
    const expected = [
      ...[
        '/',
        '/villages',
        '/products',
        '/tours',
        '/artisans',
        '/news',
        '/programmes',
        '/marks',
        '/map',
      ],
      ...getVillages('vi').map((v) => `/villages/${v.slug}`),
      ...getProducts('vi').map((p) => `/products/${p.slug}`),
      ...getTours('vi').map((t) => `/tours/${t.slug}`),
      ...getArtisans('vi').map((a) => `/artisans/${a.slug}`),
      ...getNews('vi').map((n) => `/news/${n.slug}`),
      ...getProgrammes('vi').map((p) => `/programmes/${p.slug}`),
      ...getPolicies('vi').map((p) => `/policies/${p.slug}`),
    ];
    expect(urls).toHaveLength(expected.length * 2);
    expect(new Set(urls).size).toBe(urls.length);
    for (const path of expected) {
      for (const locale of ['vi', 'en'])
        expect(urls).toContain(`${SITE}/${locale}${path === '/' ? '' : path}`);
    }
  });

  it('never lists private pages', () => {
    expect(
      urls.filter((u) => /\/(cart|checkout|orders|labels|search|desk|api)(\/|$)/.test(u)),
    ).toEqual([]);
  });

  it('every entry names all language versions, itself included, and x-default', () => {
    for (const e of entries) {
      const langs = e.alternates?.languages ?? {};
      expect(Object.values(langs)).toContain(e.url);
      expect(langs).toHaveProperty('x-default', langs.vi);
      // Reciprocal: the other language's entry lists the same set.
      const other = entries.find((o) => o.url === (e.url === langs.vi ? langs.en : langs.vi));
      expect(other?.alternates?.languages).toEqual(langs);
    }
  });
});

describe('robots', () => {
  it('keeps crawlers out of the desk, the APIs and the buyer pages, and points at the sitemap', () => {
    const robots = robotsRules(SITE);
    const rules = Array.isArray(robots.rules) ? robots.rules : [robots.rules];
    expect(rules[0]?.disallow).toEqual(
      expect.arrayContaining(['/desk', '/api/', '/*/cart', '/*/checkout', '/*/orders']),
    );
    expect(robots.sitemap).toBe(`${SITE}/sitemap.xml`);
  });
});
