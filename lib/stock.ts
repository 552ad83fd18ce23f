import 'server-only';
import type { Availability, Product } from '@/lib/content';
import { getDb } from '@/lib/db/client';
import { availableStock, syncStock, type Tx } from '@/lib/inventory';

export interface LiveStock {
  availability: Availability;
  /** Units that can be bought now; null for made-to-order pieces. */
  stock: number | null;
}

/** The content figure the database tracks: what is on the shelf, or nothing when sold out. */
export function contentStock(product: Pick<Product, 'availability' | 'stock'>): number | null {
  if (product.availability === 'made_to_order') return null;
  return product.availability === 'sold_out' ? 0 : (product.stock ?? 0);
}

export function liveStockIn(
  tx: Tx,
  product: Pick<Product, 'sku' | 'availability' | 'stock'>,
): LiveStock {
  const onShelf = contentStock(product);
  if (onShelf === null) return { availability: 'made_to_order', stock: null };
  syncStock(tx, product.sku, onShelf);
  const stock = availableStock(tx, product.sku);
  return { availability: stock > 0 ? 'in_stock' : 'sold_out', stock };
}

/** Live availability for pages and the catalogue API; falls back to the content figure if the database fails. */
export function liveStock(product: Pick<Product, 'sku' | 'availability' | 'stock'>): LiveStock {
  try {
    const db = getDb();
    return db.transaction((tx) => liveStockIn(tx, product), { behavior: 'immediate' });
  } catch (error) {
    console.error('[stock] database unavailable, showing the content figure:', error);
    const stock = contentStock(product);
    return { availability: product.availability, stock };
  }
}
