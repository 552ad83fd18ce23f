import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { inventory } from '@/lib/db/schema';

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

/**
 * Makes the database agree with the content file. A changed figure in content is a new shelf
 * count: it becomes on-hand and earlier sales are forgotten. Units held by pending orders are
 * still on that shelf, so on-hand never drops below them.
 */
export function syncStock(tx: Tx, sku: string, contentStock: number): void {
  tx.insert(inventory)
    .values({ sku, contentStock, onHand: contentStock, sold: 0, reserved: 0 })
    .onConflictDoUpdate({
      target: inventory.sku,
      set: { contentStock, onHand: sql`max(${contentStock}, ${inventory.reserved})`, sold: 0 },
      setWhere: sql`${inventory.contentStock} <> ${contentStock}`,
    })
    .run();
}

export function availableStock(tx: Tx, sku: string): number {
  const row = tx
    .select({
      available: sql<number>`${inventory.onHand} - ${inventory.sold} - ${inventory.reserved}`,
    })
    .from(inventory)
    .where(eq(inventory.sku, sku))
    .get();
  return Math.max(0, row?.available ?? 0);
}

/** Holds units for a pending order. One conditional UPDATE: two buyers can never both get the last one. */
export function reserveStock(tx: Tx, sku: string, quantity: number): void {
  const result = tx
    .update(inventory)
    .set({ reserved: sql`${inventory.reserved} + ${quantity}` })
    .where(
      sql`${inventory.sku} = ${sku} AND ${inventory.onHand} - ${inventory.sold} - ${inventory.reserved} >= ${quantity}`,
    )
    .run();
  if (result.changes !== 1) throw new OutOfStockError(sku, availableStock(tx, sku));
}

export function releaseStock(tx: Tx, sku: string, quantity: number): void {
  tx.update(inventory)
    .set({ reserved: sql`max(0, ${inventory.reserved} - ${quantity})` })
    .where(eq(inventory.sku, sku))
    .run();
}

/** A paid order: its held units become sold. */
export function sellReserved(tx: Tx, sku: string, quantity: number): void {
  tx.update(inventory)
    .set({
      reserved: sql`max(0, ${inventory.reserved} - ${quantity})`,
      sold: sql`${inventory.sold} + ${quantity}`,
    })
    .where(eq(inventory.sku, sku))
    .run();
}
