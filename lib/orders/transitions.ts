import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { orderEvents, orderLines, orders } from '@/lib/db/schema';
import {
  OutOfStockError,
  releaseStock,
  reserveStock,
  sellReserved,
  type Tx,
} from '@/lib/inventory';
import type { Order, OrderStatus } from './types';

type Patch = Partial<
  Pick<
    Order,
    | 'stripePaymentIntentId'
    | 'customerName'
    | 'customerEmail'
    | 'customerPhone'
    | 'addressLine'
    | 'addressCommune'
    | 'addressProvince'
    | 'addressCountry'
  >
>;

/**
 * Moves an order from one of `from` to `to` with a conditional UPDATE, so that of two concurrent
 * attempts (a webhook and the success page, say) exactly one wins. Returns the order if this call
 * made the change, undefined if the order was not in a `from` state.
 */
export function move(
  tx: Tx,
  orderId: number,
  from: OrderStatus[],
  to: OrderStatus,
  actor: string,
  note: string | null,
  patch: Patch = {},
  now = Date.now(),
): Order | undefined {
  const before = tx
    .select({ status: orders.status })
    .from(orders)
    .where(eq(orders.id, orderId))
    .get();
  const changed = tx
    .update(orders)
    .set({
      ...patch,
      status: to,
      reservedUntil: to === 'pending' ? undefined : null,
      updatedAt: now,
    })
    .where(and(eq(orders.id, orderId), inArray(orders.status, from)))
    .returning()
    .get();
  if (changed)
    tx.insert(orderEvents)
      .values({ orderId, at: now, fromStatus: before?.status ?? null, toStatus: to, actor, note })
      .run();
  return changed;
}

export const stockLines = (tx: Tx, orderId: number) =>
  tx
    .select()
    .from(orderLines)
    .where(and(eq(orderLines.orderId, orderId), eq(orderLines.reservesStock, true)))
    .all();

/**
 * Payment arrived. Held units become sold. A payment for an order whose hold already lapsed takes
 * the units again if they are still there; if not, the order is paid but flagged for the desk —
 * stock never goes below zero.
 */
export function markPaid(
  tx: Tx,
  orderId: number,
  actor: string,
  patch: Patch = {},
): Order | undefined {
  const fromPending = move(tx, orderId, ['pending'], 'paid', actor, null, patch);
  if (fromPending) {
    for (const l of stockLines(tx, orderId)) sellReserved(tx, l.sku, l.quantity);
    return fromPending;
  }
  const late = tx.select().from(orders).where(eq(orders.id, orderId)).get();
  if (!late || (late.status !== 'expired' && late.status !== 'cancelled')) return undefined;
  const short: string[] = [];
  for (const l of stockLines(tx, orderId)) {
    try {
      reserveStock(tx, l.sku, l.quantity);
      sellReserved(tx, l.sku, l.quantity);
    } catch (error) {
      if (!(error instanceof OutOfStockError)) throw error;
      short.push(`${l.sku}×${l.quantity}`);
    }
  }
  const note = short.length
    ? `paid after the hold lapsed; not in stock any more: ${short.join(', ')} (refund or make)`
    : 'paid after the hold lapsed';
  return move(tx, orderId, ['expired', 'cancelled'], 'paid', actor, note, patch);
}

/** An unpaid order ends (expired hold, failed payment, cancelled): its held units go back on sale. */
export function releaseOrder(
  tx: Tx,
  orderId: number,
  to: 'expired' | 'cancelled',
  actor: string,
  note: string | null = null,
): Order | undefined {
  const changed = move(tx, orderId, ['pending'], to, actor, note);
  if (changed) for (const l of stockLines(tx, orderId)) releaseStock(tx, l.sku, l.quantity);
  return changed;
}

/** Undoes an order that never reached the buyer (e.g. the payment provider refused to start). */
export function discardOrder(db: Db, orderId: number): void {
  db.transaction(
    (tx) => {
      const order = tx.select().from(orders).where(eq(orders.id, orderId)).get();
      if (order?.status === 'pending')
        for (const l of stockLines(tx, orderId)) releaseStock(tx, l.sku, l.quantity);
      tx.delete(orders).where(eq(orders.id, orderId)).run();
    },
    { behavior: 'immediate' },
  );
}

/** Pending orders whose hold has lapsed: their stock goes back on sale. */
export function expireLapsed(db: Db, now = Date.now()): number {
  return db.transaction(
    (tx) => {
      const lapsed = tx
        .select({ id: orders.id, until: orders.reservedUntil })
        .from(orders)
        .where(eq(orders.status, 'pending'))
        .all();
      let count = 0;
      for (const o of lapsed) {
        if (
          o.until !== null &&
          o.until <= now &&
          releaseOrder(tx, o.id, 'expired', 'system', 'hold lapsed')
        )
          count++;
      }
      return count;
    },
    { behavior: 'immediate' },
  );
}

/**
 * Handed to the carrier. A paid order's units are already sold; a cash-on-delivery order is still
 * pending with its units held, and shipping turns them into sold ones (the money comes on delivery).
 */
export function shipOrder(
  tx: Tx,
  orderId: number,
  actor: string,
  note: string | null,
  shipment: { shippingCarrier: string; trackingNumber: string },
): Order | undefined {
  const order = tx
    .select({ method: orders.method })
    .from(orders)
    .where(eq(orders.id, orderId))
    .get();
  let changed = move(tx, orderId, ['paid'], 'shipped', actor, note);
  if (!changed && order?.method === 'cod') {
    changed = move(tx, orderId, ['pending'], 'shipped', actor, note);
    if (changed) for (const l of stockLines(tx, orderId)) sellReserved(tx, l.sku, l.quantity);
  }
  return changed && tx.update(orders).set(shipment).where(eq(orders.id, orderId)).returning().get();
}

/** The buyer has the parcel (for cash on delivery: and the carrier collected the money). */
export function deliverOrder(
  tx: Tx,
  orderId: number,
  actor: string,
  note: string | null,
): Order | undefined {
  return move(tx, orderId, ['shipped'], 'delivered', actor, note);
}
