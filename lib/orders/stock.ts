import 'server-only';
import { and, eq, lte, sql } from 'drizzle-orm';
import type { Availability, Product } from '@/lib/content';
import type { Db } from '@/lib/db/client';
import { inventory, orderLines, shipments } from '@/lib/db/schema';

/**
 * Stock, in one place: available = on hand − sold − held. Held units belong to pending parts of
 * orders (lib/db/schema.ts `shipments`); a hold that has lapsed (its `holdUntil` has passed) is never counted, whether or not
 * anything has released it yet — so no page, checkout or command depends on a job having run.
 */

/** A transaction or the database itself: both run the same queries. */
export type Tx = Pick<Db, 'select' | 'insert' | 'update' | 'delete'>;

export class OutOfStockError extends Error {
  constructor(
    readonly sku: string,
    readonly available: number,
  ) {
    super(`Not enough stock for ${sku}: ${available} left`);
    this.name = 'OutOfStockError';
  }
}

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

/**
 * Makes the database agree with the content file. A changed figure in content is a new shelf
 * count: it becomes on-hand and earlier sales are forgotten. Units held by pending orders are
 * still on that shelf, so on-hand never drops below them.
 */
export function syncStock(tx: Tx, sku: string, onShelf: number): void {
  tx.insert(inventory)
    .values({ sku, contentStock: onShelf, onHand: onShelf, sold: 0, reserved: 0 })
    .onConflictDoUpdate({
      target: inventory.sku,
      set: { contentStock: onShelf, onHand: sql`max(${onShelf}, ${inventory.reserved})`, sold: 0 },
      setWhere: sql`${inventory.contentStock} <> ${onShelf}`,
    })
    .run();
}

/** Units still counted in `reserved` although their part's hold lapsed at or before `now`. */
function lapsedHeld(tx: Tx, sku: string, now: number): number {
  const row = tx
    .select({ units: sql<number>`coalesce(sum(${orderLines.quantity}), 0)` })
    .from(orderLines)
    .innerJoin(
      shipments,
      and(eq(shipments.orderId, orderLines.orderId), eq(shipments.village, orderLines.village)),
    )
    .where(
      and(
        eq(orderLines.sku, sku),
        eq(orderLines.reservesStock, true),
        eq(shipments.status, 'pending'),
        lte(shipments.holdUntil, now),
      ),
    )
    .get();
  return Number(row?.units ?? 0);
}

/**
 * Units that can be bought at `now`. Reads only: a content recount not yet written (the server
 * syncs at startup and at checkout) is applied in the arithmetic, not in the database.
 */
export function availableStock(
  tx: Tx,
  sku: string,
  now = Date.now(),
  onShelf?: number | null,
): number {
  const row = tx.select().from(inventory).where(eq(inventory.sku, sku)).get();
  if (!row) return Math.max(0, onShelf ?? 0);
  const recount = onShelf !== undefined && onShelf !== null && onShelf !== row.contentStock;
  const onHand = recount ? Math.max(onShelf, row.reserved) : row.onHand;
  const sold = recount ? 0 : row.sold;
  return Math.max(0, onHand - sold - row.reserved + lapsedHeld(tx, sku, now));
}

/** What a page shows for a product at `now`. */
export function readStock(
  tx: Tx,
  product: Pick<Product, 'sku' | 'availability' | 'stock'>,
  now = Date.now(),
): LiveStock {
  const onShelf = contentStock(product);
  if (onShelf === null) return { availability: 'made_to_order', stock: null };
  const stock = availableStock(tx, product.sku, now, onShelf);
  return { availability: stock > 0 ? 'in_stock' : 'sold_out', stock };
}

/**
 * Holds units for a pending order: one conditional UPDATE, so two buyers can never both get the
 * last one. Lapsed holds on this SKU are released first (lib/orders/transitions.ts `lapseHolds`).
 */
export function reserveStock(tx: Tx, sku: string, quantity: number, now = Date.now()): void {
  const result = tx
    .update(inventory)
    .set({ reserved: sql`${inventory.reserved} + ${quantity}` })
    .where(
      sql`${inventory.sku} = ${sku} AND ${inventory.onHand} - ${inventory.sold} - ${inventory.reserved} >= ${quantity}`,
    )
    .run();
  if (result.changes !== 1) throw new OutOfStockError(sku, availableStock(tx, sku, now));
}

export function releaseStock(tx: Tx, sku: string, quantity: number): void {
  tx.update(inventory)
    .set({ reserved: sql`max(0, ${inventory.reserved} - ${quantity})` })
    .where(eq(inventory.sku, sku))
    .run();
}

/** Held units are paid for (or handed to the carrier, cash on delivery): they become sold. */
export function sellReserved(tx: Tx, sku: string, quantity: number): void {
  tx.update(inventory)
    .set({
      reserved: sql`max(0, ${inventory.reserved} - ${quantity})`,
      sold: sql`${inventory.sold} + ${quantity}`,
    })
    .where(eq(inventory.sku, sku))
    .run();
}

/** Units of a cancelled or returned sale are back on the shelf. */
export function returnSold(tx: Tx, sku: string, quantity: number): void {
  tx.update(inventory)
    .set({ sold: sql`max(0, ${inventory.sold} - ${quantity})` })
    .where(eq(inventory.sku, sku))
    .run();
}
