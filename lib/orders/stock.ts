import 'server-only';
import { and, eq, lte, sql } from 'drizzle-orm';
import type { Availability, Product } from '@/lib/content';
import type { Db } from '@/lib/db/client';
import { inventory, orderLines, shipments } from '@/lib/db/schema';
import { greatest } from '@/lib/db/sql';

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
export async function syncStock(tx: Tx, sku: string, onShelf: number): Promise<void> {
  await tx
    .insert(inventory)
    .values({ sku, contentStock: onShelf, onHand: onShelf, sold: 0, reserved: 0 })
    .onConflictDoUpdate({
      target: inventory.sku,
      set: { contentStock: onShelf, onHand: greatest(onShelf, inventory.reserved), sold: 0 },
      setWhere: sql`${inventory.contentStock} <> ${onShelf}`,
    });
}

/** Units still counted in `reserved` although their part's hold lapsed at or before `now`. */
async function lapsedHeld(tx: Tx, sku: string, now: number): Promise<number> {
  const [row] = await tx
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
    );
  return Number(row?.units ?? 0);
}

/**
 * Units that can be bought at `now`. Reads only: a content recount not yet written (the server
 * syncs at startup and at checkout) is applied in the arithmetic, not in the database.
 */
export async function availableStock(
  tx: Tx,
  sku: string,
  now = Date.now(),
  onShelf?: number | null,
): Promise<number> {
  const [row] = await tx.select().from(inventory).where(eq(inventory.sku, sku));
  if (!row) return Math.max(0, onShelf ?? 0);
  const recount = onShelf !== undefined && onShelf !== null && onShelf !== row.contentStock;
  const onHand = recount ? Math.max(onShelf, row.reserved) : row.onHand;
  const sold = recount ? 0 : row.sold;
  return Math.max(0, onHand - sold - row.reserved + (await lapsedHeld(tx, sku, now)));
}

/** What a page shows for a product at `now`. */
export async function readStock(
  tx: Tx,
  product: Pick<Product, 'sku' | 'availability' | 'stock'>,
  now = Date.now(),
): Promise<LiveStock> {
  const onShelf = contentStock(product);
  if (onShelf === null) return { availability: 'made_to_order', stock: null };
  const stock = await availableStock(tx, product.sku, now, onShelf);
  return { availability: stock > 0 ? 'in_stock' : 'sold_out', stock };
}

/**
 * Holds units for a pending order: one conditional UPDATE, so two buyers can never both get the
 * last one. Lapsed holds on this SKU are released first (lib/orders/transitions.ts `lapseHolds`).
 */
export async function reserveStock(
  tx: Tx,
  sku: string,
  quantity: number,
  now = Date.now(),
): Promise<void> {
  const held = await tx
    .update(inventory)
    .set({ reserved: sql`${inventory.reserved} + ${quantity}` })
    .where(
      sql`${inventory.sku} = ${sku} AND ${inventory.onHand} - ${inventory.sold} - ${inventory.reserved} >= ${quantity}`,
    )
    .returning({ sku: inventory.sku });
  if (held.length !== 1) throw new OutOfStockError(sku, await availableStock(tx, sku, now));
}

export async function releaseStock(tx: Tx, sku: string, quantity: number): Promise<void> {
  await tx
    .update(inventory)
    .set({ reserved: greatest(0, sql`${inventory.reserved} - ${quantity}`) })
    .where(eq(inventory.sku, sku));
}

/** Held units are paid for (or handed to the carrier, cash on delivery): they become sold. */
export async function sellReserved(tx: Tx, sku: string, quantity: number): Promise<void> {
  await tx
    .update(inventory)
    .set({
      reserved: greatest(0, sql`${inventory.reserved} - ${quantity}`),
      sold: sql`${inventory.sold} + ${quantity}`,
    })
    .where(eq(inventory.sku, sku));
}

/** Units of a cancelled or returned sale are back on the shelf. */
export async function returnSold(tx: Tx, sku: string, quantity: number): Promise<void> {
  await tx
    .update(inventory)
    .set({ sold: greatest(0, sql`${inventory.sold} - ${quantity}`) })
    .where(eq(inventory.sku, sku));
}
