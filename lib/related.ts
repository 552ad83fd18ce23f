import type { Product } from '@/lib/content';
import { filterProducts } from '@/lib/catalogue';

/** How many other pieces a product page suggests in each list: one row of cards on a wide screen. */
export const RELATED_LIMIT = 4;

/** Other pieces from the same village, in the catalogue's own order. */
export function moreFromVillage(
  product: Product,
  products: Product[],
  limit = RELATED_LIMIT,
): Product[] {
  return filterProducts(products, { village: product.village, sort: 'featured' }, product.locale)
    .filter((p) => p.sku !== product.sku)
    .slice(0, limit);
}

/**
 * Pieces of the same craft for a sold-out one: those sharing the most tags first, then the catalogue's
 * order; never the piece itself or what `except` already shows, nor one sold out in its content.
 */
export function similarTo(
  product: Product,
  products: Product[],
  except: Product[] = [],
  limit = RELATED_LIMIT,
): Product[] {
  const skip = new Set([product.sku, ...except.map((p) => p.sku)]);
  const tags = new Set(product.tags ?? []);
  const shared = (p: Product) => (p.tags ?? []).filter((t) => tags.has(t)).length;
  return filterProducts(products, { craft: product.craft, sort: 'featured' }, product.locale)
    .filter((p) => !skip.has(p.sku) && p.availability !== 'sold_out')
    .map((p, i) => ({ p, i, score: shared(p) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, limit)
    .map(({ p }) => p);
}
