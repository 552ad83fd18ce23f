import type { Locale } from '@/i18n/routing';
import { getProducts, type Availability } from '@/lib/content';
import { env } from '@/lib/env';
import { paths } from '@/lib/paths';
import { liveStocks } from '@/lib/orders/live';

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

export async function catalogue(locale: Locale): Promise<CatalogueEntry[]> {
  const products = getProducts(locale);
  const stock = await liveStocks(products);
  return products.map((p) => ({
    sku: p.sku,
    slug: p.slug,
    village: p.village,
    name: p.name,
    priceVnd: p.priceVnd,
    ...(stock.get(p.sku) ?? { availability: p.availability, stock: p.stock ?? null }),
    url: `${env.SITE_URL}${paths.product(locale, p.slug)}`,
  }));
}
