import type { Locale } from '@/i18n/routing';
import { getProducts, type Availability } from '@/lib/content';
import { env } from '@/lib/env';
import { paths } from '@/lib/paths';
import { liveStock } from '@/lib/stock';

export interface CatalogueEntry {
  sku: string;
  slug: string;
  village: string;
  name: string;
  priceVnd: number;
  availability: Availability;
  /** Units available now; null for made-to-order pieces. */
  stock: number | null;
  url: string;
}

export function catalogue(locale: Locale): CatalogueEntry[] {
  return getProducts(locale).map((p) => ({
    sku: p.sku,
    slug: p.slug,
    village: p.village,
    name: p.name,
    priceVnd: p.priceVnd,
    ...liveStock(p),
    url: `${env.SITE_URL}${paths.product(locale, p.slug)}`,
  }));
}
