import 'server-only';
import { unstable_cache } from 'next/cache';
import type { Product } from '@/lib/content';
import { getDb } from '@/lib/db/client';
import { productTag } from './tags';
import { contentStock, readStock, type LiveStock } from './stock';

type Stocked = Pick<Product, 'sku' | 'availability' | 'stock'>;

/**
 * What pages show, read once per product and kept in Next's data cache under the product's tag:
 * every page that shows the product carries that tag, and every change of availability
 * (lib/checkout/after-change.ts) expires it, so the next request shows the new figure. The minute's
 * lifetime is only a backstop for holds that lapse by time between two scheduled sweeps.
 */
export async function liveStock(product: Stocked): Promise<LiveStock> {
  const onShelf = contentStock(product);
  if (onShelf === null) return { availability: 'made_to_order', stock: null };
  try {
    return await unstable_cache(
      async () => readStock(getDb(), product),
      ['stock', product.sku, String(onShelf)],
      { tags: [productTag(product.sku)], revalidate: 60 },
    )();
  } catch (error) {
    console.error('[stock] database unavailable, showing the content figure:', error);
    return { availability: product.availability, stock: onShelf };
  }
}

/** Live stock for a list of products, keyed by SKU. */
export async function liveStocks(products: Stocked[]): Promise<Map<string, LiveStock>> {
  const entries = await Promise.all(
    products.map(async (p) => [p.sku, await liveStock(p)] as const),
  );
  return new Map(entries);
}
