import { describe, expect, it } from 'vitest';
import { routing } from '@/i18n/routing';
import { pageMetadata, ogImagePath } from '@/lib/seo/metadata';
import { alternates, languageUrls, localizedUrl } from '@/lib/seo/urls';

const SITE = 'http://localhost:3000';
const paths = ['/', '/villages', '/products/gio-may-tron-co-nap', '/villages/phu-vinh'];

describe('alternates', () => {
  it.each(paths)(
    '%s: canonical is the page itself, hreflang pairs are reciprocal, x-default is Vietnamese',
    (path) => {
      const vi = alternates(path, 'vi');
      const en = alternates(path, 'en');
      expect(vi.canonical).toBe(`${SITE}/vi${path === '/' ? '' : path}`);
      expect(en.canonical).toBe(`${SITE}/en${path === '/' ? '' : path}`);
      // Each version lists the same set, and each lists the other's canonical under its language.
      expect(vi.languages).toEqual(en.languages);
      expect(vi.languages).toMatchObject({
        vi: vi.canonical,
        en: en.canonical,
        'x-default': vi.canonical,
      });
    },
  );

  it('covers every locale of the routing config', () => {
    expect(Object.keys(languageUrls('/')).sort()).toEqual([...routing.locales, 'x-default'].sort());
  });

  it('home has no trailing slash', () => {
    expect(localizedUrl('en', '/')).toBe(`${SITE}/en`);
  });
});

describe('pageMetadata', () => {
  const meta = pageMetadata({
    locale: 'en',
    path: '/products/x',
    title: 'Basket',
    description: 'A basket',
    image: ogImagePath('en', '/products/x'),
  });

  it('gives Open Graph and Twitter the canonical URL, locales and the 1200×630 image', () => {
    expect(meta.openGraph).toMatchObject({
      url: `${SITE}/en/products/x`,
      locale: 'en_US',
      alternateLocale: ['vi_VN'],
      type: 'website',
    });
    expect(meta.openGraph?.images).toEqual([
      { url: `${SITE}/en/products/x/opengraph-image`, width: 1200, height: 630, alt: 'Basket' },
    ]);
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image', title: 'Basket' });
    expect(meta.alternates?.canonical).toBe(`${SITE}/en/products/x`);
  });

  it('home image path sits on the locale segment', () => {
    expect(ogImagePath('vi', '/')).toBe('/vi/opengraph-image');
  });
});
