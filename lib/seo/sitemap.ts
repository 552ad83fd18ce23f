import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { getProducts, getVillages } from '@/lib/content';
import { getArtisans } from '@/lib/content/artisans';
import { getNews } from '@/lib/content/news';
import { getPolicies } from '@/lib/content/policies';
import { getProgrammes } from '@/lib/content/programmes';
import { getTours } from '@/lib/content/tours';
import { seoPaths } from './paths';
import { languageUrls, localizedUrl } from './urls';

export interface SitemapPage {
  /** Path without the locale. */
  path: string;
  priority: number;
  changeFrequency: 'daily' | 'weekly' | 'monthly';
}

const entry = (
  path: string,
  priority: number,
  changeFrequency: SitemapPage['changeFrequency'],
): SitemapPage => ({ path, priority, changeFrequency });

/** Every public, indexable page once (cart, checkout, orders, labels, search and the desk are left out). */
export function publicPages(): SitemapPage[] {
  const locale = routing.defaultLocale;
  return [
    entry(seoPaths.home, 1, 'weekly'),
    entry(seoPaths.villages, 0.8, 'monthly'),
    entry(seoPaths.products, 0.8, 'daily'),
    ...getVillages(locale).map((v) => entry(seoPaths.village(v.slug), 0.7, 'monthly')),
    ...getProducts(locale).map((p) => entry(seoPaths.product(p.slug), 0.9, 'daily')),
    entry(seoPaths.tours, 0.6, 'monthly'),
    ...getTours(locale).map((t) => entry(seoPaths.tour(t.slug), 0.6, 'monthly')),
    entry(seoPaths.artisans, 0.5, 'monthly'),
    // Only artisans who consented to a public profile (getArtisans filters).
    ...getArtisans(locale).map((a) => entry(seoPaths.artisan(a.slug), 0.5, 'monthly')),
    entry(seoPaths.news, 0.6, 'weekly'),
    ...getNews(locale).map((n) => entry(seoPaths.newsItem(n.slug), 0.5, 'monthly')),
    entry(seoPaths.programmes, 0.4, 'monthly'),
    ...getProgrammes(locale).map((p) => entry(seoPaths.programme(p.slug), 0.4, 'monthly')),
    entry(seoPaths.marks, 0.4, 'monthly'),
    entry(seoPaths.map, 0.5, 'monthly'),
    ...getPolicies(locale).map((p) => entry(seoPaths.policy(p.slug), 0.3, 'monthly')),
  ];
}

/** One entry per page and locale, each listing every language version (x-default included). */
export function sitemapEntries(pages: SitemapPage[]): MetadataRoute.Sitemap {
  return pages.flatMap((page) =>
    routing.locales.map((locale) => ({
      url: localizedUrl(locale, page.path),
      changeFrequency: page.changeFrequency,
      priority: page.priority,
      alternates: { languages: languageUrls(page.path) },
    })),
  );
}
