import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getProducts, getVillages } from '@/lib/content';
import { getArtisans } from '@/lib/content/artisans';
import { getTours } from '@/lib/content/tours';
import { paths } from '@/lib/paths';
import { toEntry, type SearchEntry } from './rank';

const cache = new Map<Locale, SearchEntry[]>();

/**
 * Products, villages, artisans (with consent) and tours in the visitor's language, each with its
 * thumbnail and a product with its price; built once per process.
 */
export async function searchIndex(locale: Locale): Promise<SearchEntry[]> {
  const hit = cache.get(locale);
  if (hit) return hit;
  const crafts = await getTranslations({ locale, namespace: 'Crafts' });
  const villages = getVillages(locale);
  const villageName = (slug: string) => villages.find((v) => v.slug === slug)?.name ?? slug;
  const entries = [
    ...getProducts(locale).map((p) =>
      toEntry({
        kind: 'product',
        title: p.name,
        url: paths.product(locale, p.slug),
        detail: p.villageName,
        body: [...p.materials, p.villageName, crafts(p.craft), p.sku].join(' '),
        img: p.images[0]?.src,
        price: p.priceVnd,
      }),
    ),
    ...villages.map((v) =>
      toEntry({
        kind: 'village',
        title: v.name,
        url: paths.village(locale, v.slug),
        detail: v.commune,
        body: [v.summary, v.commune, ...v.crafts.map((c) => crafts(c))].join(' '),
        img: v.cover.src,
      }),
    ),
    ...getArtisans(locale).map((a) =>
      toEntry({
        kind: 'artisan',
        title: a.name,
        url: paths.artisan(locale, a.slug),
        detail: villageName(a.village),
        body: [a.summary, villageName(a.village), crafts(a.craft)].join(' '),
        img: a.portrait.src,
      }),
    ),
    ...getTours(locale).map((t) =>
      toEntry({
        kind: 'tour',
        title: t.title,
        url: paths.tour(locale, t.slug),
        detail: t.villages.map(villageName).join(' → '),
        img: t.cover.src,
        body: [
          t.summary,
          ...t.villages.map(villageName),
          ...t.schedule.map((s) => s.activity),
        ].join(' '),
      }),
    ),
  ];
  cache.set(locale, entries);
  return entries;
}
