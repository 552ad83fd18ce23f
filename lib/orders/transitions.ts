import 'server-only';
import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import { transaction, type Db } from '@/lib/db/client';
import { orderEvents, orderLines, orders, shipments } from '@/lib/db/schema';
import {
  OutOfStockError,
  releaseStock,
  reserveStock,
  returnSold,
  sellReserved,
  type Tx,
} from './stock';
import type { Order, OrderLine, OrderStatus, Shipment, ShipmentStatus } from './types';

/**
 * The order lifecycle, in one place. An order is one payment; its lines are grouped into one
 * shipment per village, each with its own status. The order's status follows the payment until
 * it is paid (or, cash on delivery, from the start) and then derives from its shipments.
 * Every function here runs inside the caller's transaction and writes its own history rows.
 */

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
    | 'shippingCarrier'
    | 'trackingNumber'
  >
>;

async function event(
  tx: Tx,
  orderId: number,
  row: { from: string | null; to: string; actor: string; note: string | null; village?: string },
  now: number,
) {
  await tx.insert(orderEvents).values({
    orderId,
    at: now,
    fromStatus: row.from,
    toStatus: row.to,
    actor: row.actor,
    note: row.note,
    village: row.village ?? null,
  });
}

/**
 * Moves an order from one of `from` to `to` with a conditional UPDATE, so that of two concurrent
 * attempts (a webhook and the success page, say) exactly one wins. Returns the order if this call
 * made the change, undefined if the order was not in a `from` state.
 */
export async function move(
  tx: Tx,
  orderId: number,
  from: OrderStatus[],
  to: OrderStatus,
  actor: string,
  note: string | null,
  patch: Patch = {},
  now = Date.now(),
): Promise<Order | undefined> {
  const [before] = await tx
    .select({ status: orders.status })
    .from(orders)
    .where(eq(orders.id, orderId));
  const [changed] = await tx
    .update(orders)
    .set({
      ...patch,
      status: to,
      reservedUntil: to === 'pending' ? undefined : null,
      updatedAt: now,
    })
    .where(and(eq(orders.id, orderId), inArray(orders.status, from)))
    .returning();
  if (changed) await event(tx, orderId, { from: before?.status ?? null, to, actor, note }, now);
  return changed;
}

export const shipmentsOf = async (tx: Tx, orderId: number): Promise<Shipment[]> =>
  tx.select().from(shipments).where(eq(shipments.orderId, orderId));

export const shipmentOf = async (
  tx: Tx,
  orderId: number,
  village: string,
): Promise<Shipment | undefined> =>
  (
    await tx
      .select()
      .from(shipments)
      .where(and(eq(shipments.orderId, orderId), eq(shipments.village, village)))
  )[0];

/** Lines that hold or sold stock (made-to-order lines do neither), of one village or all. */
export const stockLines = async (tx: Tx, orderId: number, village?: string): Promise<OrderLine[]> =>
  tx
    .select()
    .from(orderLines)
    .where(
      and(
        eq(orderLines.orderId, orderId),
        eq(orderLines.reservesStock, true),
        village === undefined ? undefined : eq(orderLines.village, village),
      ),
    );

/** A part's units are held while it waits (for payment, or a cash-on-delivery confirmation or carrier). */
export function partHolds(method: Order['method'], status: ShipmentStatus): boolean {
  return status === 'pending' || (method === 'cod' && status === 'confirmed');
}

async function setShipment(
  tx: Tx,
  orderId: number,
  village: string,
  from: ShipmentStatus[],
  to: ShipmentStatus,
  patch: Partial<Pick<Shipment, 'carrier' | 'trackingNumber' | 'refundedVnd' | 'holdUntil'>>,
  who: { actor: string; note: string | null },
  now: number,
): Promise<Shipment | undefined> {
  const before = await shipmentOf(tx, orderId, village);
  const [changed] = await tx
    .update(shipments)
    .set({ ...patch, status: to, updatedAt: now })
    .where(
      and(
        eq(shipments.orderId, orderId),
        eq(shipments.village, village),
        inArray(shipments.status, from),
      ),
    )
    .returning();
  if (changed && before)
    await event(tx, orderId, { from: before.status, to, village, ...who }, now);
  return changed;
}

/** What the order's status is once its payment is settled: it follows its parts. */
function derivedStatus(order: Order, parts: Shipment[]): OrderStatus {
  const live = parts.filter((s) => s.status !== 'cancelled');
  if (live.length === 0) return 'cancelled';
  if (live.every((s) => s.status === 'delivered')) return 'delivered';
  if (live.every((s) => s.status === 'shipped' || s.status === 'delivered')) return 'shipped';
  return order.method === 'cod' ? 'pending' : 'paid';
}

/** After a part changed: the order's status follows, with its own history row when it moves. */
async function settle(
  tx: Tx,
  orderId: number,
  actor: string,
  now: number,
): Promise<Order | undefined> {
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId));
  if (!order) return undefined;
  const settled = order.method === 'cod' || !['pending', 'expired'].includes(order.status);
  if (!settled) return order;
  const to = derivedStatus(order, await shipmentsOf(tx, orderId));
  if (to === order.status) return order;
  return (await move(tx, orderId, [order.status], to, actor, null, {}, now)) ?? order;
}

/**
 * Payment arrived. Held units become sold and every part waiting for it is confirmed. A payment
 * for an order whose hold already lapsed takes the units again if they are still there; if not,
 * the order is paid but flagged for the desk — stock never goes below zero.
 */
export async function markPaid(
  tx: Tx,
  orderId: number,
  actor: string,
  patch: Patch = {},
  now = Date.now(),
): Promise<Order | undefined> {
  const fromPending = await move(tx, orderId, ['pending'], 'paid', actor, null, patch, now);
  if (fromPending) {
    for (const l of await stockLines(tx, orderId)) await sellReserved(tx, l.sku, l.quantity);
    await confirmAll(tx, orderId, ['pending'], actor, now);
    return fromPending;
  }
  const [late] = await tx.select().from(orders).where(eq(orders.id, orderId));
  if (!late || (late.status !== 'expired' && late.status !== 'cancelled')) return undefined;
  const short: string[] = [];
  for (const l of await stockLines(tx, orderId)) {
    try {
      await reserveStock(tx, l.sku, l.quantity, now);
      await sellReserved(tx, l.sku, l.quantity);
    } catch (error) {
      if (!(error instanceof OutOfStockError)) throw error;
      short.push(`${l.sku}×${l.quantity}`);
    }
  }
  const note = short.length
    ? `paid after the hold lapsed; not in stock any more: ${short.join(', ')} (refund or make)`
    : 'paid after the hold lapsed';
  const paid = await move(tx, orderId, ['expired', 'cancelled'], 'paid', actor, note, patch, now);
  if (paid) await confirmAll(tx, orderId, ['pending', 'cancelled'], actor, now);
  return paid;
}

async function confirmAll(
  tx: Tx,
  orderId: number,
  from: ShipmentStatus[],
  actor: string,
  now: number,
): Promise<void> {
  for (const s of await shipmentsOf(tx, orderId))
    if (from.includes(s.status))
      await setShipment(
        tx,
        orderId,
        s.village,
        from,
        'confirmed',
        { holdUntil: null },
        { actor, note: null },
        now,
      );
}

/** An unpaid order ends (lapsed hold, failed payment, cancelled): its held units go back on sale. */
export async function releaseOrder(
  tx: Tx,
  orderId: number,
  to: 'expired' | 'cancelled',
  actor: string,
  note: string | null = null,
  now = Date.now(),
): Promise<Order | undefined> {
  const changed = await move(tx, orderId, ['pending'], to, actor, note, {}, now);
  if (!changed) return undefined;
  for (const s of await shipmentsOf(tx, orderId)) {
    if (!partHolds(changed.method, s.status)) continue;
    for (const l of await stockLines(tx, orderId, s.village))
      await releaseStock(tx, l.sku, l.quantity);
    await tx
      .update(shipments)
      .set({ status: 'cancelled', holdUntil: null, updatedAt: now })
      .where(eq(shipments.id, s.id));
  }
  return changed;
}

/** Undoes an order that never reached the buyer (e.g. the payment provider refused to start). */
export async function discardOrder(db: Db, orderId: number): Promise<void> {
  await transaction(db, async (tx) => {
    const [order] = await tx.select().from(orders).where(eq(orders.id, orderId));
    if (order?.status === 'pending')
      for (const l of await stockLines(tx, orderId)) await releaseStock(tx, l.sku, l.quantity);
    await tx.delete(orders).where(eq(orders.id, orderId));
  });
}

/**
 * Releases every part whose hold lapsed by `now` (of orders holding `sku`, when given). An order
 * all of whose waiting parts lapsed expires; a cash-on-delivery order keeps the parts its villages
 * confirmed. Returns the SKUs whose availability changed.
 */
export async function lapseHolds(tx: Tx, now: number, sku?: string): Promise<Set<string>> {
  const lapsed = await tx
    .select({ orderId: shipments.orderId, village: shipments.village })
    .from(shipments)
    .where(
      and(
        eq(shipments.status, 'pending'),
        lte(shipments.holdUntil, now),
        sku === undefined
          ? undefined
          : sql`exists (select 1 from ${orderLines} where ${orderLines.orderId} = ${shipments.orderId} and ${orderLines.sku} = ${sku} and ${orderLines.reservesStock} = true)`,
      ),
    );
  const changed = new Set<string>();
  for (const orderId of new Set(lapsed.map((s) => s.orderId))) {
    const [order] = await tx.select().from(orders).where(eq(orders.id, orderId));
    if (order?.status !== 'pending') continue;
    const parts = await shipmentsOf(tx, orderId);
    const mine = lapsed.filter((s) => s.orderId === orderId).map((s) => s.village);
    for (const l of await stockLines(tx, orderId)) if (mine.includes(l.village)) changed.add(l.sku);
    const othersLive = parts.some((s) => !mine.includes(s.village) && s.status !== 'cancelled');
    if (!othersLive) {
      await releaseOrder(tx, orderId, 'expired', 'system', 'hold lapsed', now);
      continue;
    }
    for (const village of mine) {
      for (const l of await stockLines(tx, orderId, village))
        await releaseStock(tx, l.sku, l.quantity);
      await setShipment(
        tx,
        orderId,
        village,
        ['pending'],
        'cancelled',
        { holdUntil: null },
        { actor: 'system', note: 'hold lapsed' },
        now,
      );
    }
    await settle(tx, orderId, 'system', now);
  }
  return changed;
}

/**
 * Every lapsed hold, in one transaction; what the scheduled sweep and `npm run reconcile` call.
 * Returns how many orders expired; `changed` collects the SKUs whose availability changed.
 */
export async function expireLapsed(
  db: Db,
  now = Date.now(),
  changed = new Set<string>(),
): Promise<number> {
  // Counted inside the transaction: on PostgreSQL its own changes are not visible outside it yet.
  const expired = async (tx: Tx) =>
    Number(
      (
        await tx
          .select({ n: sql<number>`count(*)` })
          .from(orders)
          .where(eq(orders.status, 'expired'))
      )[0]?.n ?? 0,
    );
  return transaction(db, async (tx) => {
    const before = await expired(tx);
    for (const sku of await lapseHolds(tx, now)) changed.add(sku);
    return (await expired(tx)) - before;
  });
}

/** A village confirms its part of a cash-on-delivery order: the units stay held, without a time limit. */
export async function confirmShipment(
  tx: Tx,
  orderId: number,
  village: string,
  actor: string,
  now = Date.now(),
): Promise<Shipment | undefined> {
  return setShipment(
    tx,
    orderId,
    village,
    ['pending'],
    'confirmed',
    { holdUntil: null },
    { actor, note: null },
    now,
  );
}

/**
 * A village's part is handed to the carrier. Paid parts are already sold; a cash-on-delivery part
 * still holds its units, and shipping turns them into sold ones (the money comes on delivery).
 */
export async function shipShipment(
  tx: Tx,
  order: Order,
  village: string,
  actor: string,
  parcel: { carrier: string; trackingNumber: string },
  now = Date.now(),
): Promise<Shipment | undefined> {
  const from: ShipmentStatus[] = order.method === 'cod' ? ['pending', 'confirmed'] : ['confirmed'];
  const note = `${parcel.carrier} ${parcel.trackingNumber}`;
  const changed = await setShipment(
    tx,
    order.id,
    village,
    from,
    'shipped',
    { ...parcel, holdUntil: null },
    { actor, note },
    now,
  );
  if (!changed) return undefined;
  if (order.method === 'cod')
    for (const l of await stockLines(tx, order.id, village))
      await sellReserved(tx, l.sku, l.quantity);
  await tx
    .update(orders)
    .set({ shippingCarrier: parcel.carrier, trackingNumber: parcel.trackingNumber, updatedAt: now })
    .where(eq(orders.id, order.id));
  await settle(tx, order.id, actor, now);
  return changed;
}

/** The buyer has the parcel (for cash on delivery: and the carrier collected the money). */
export async function deliverShipment(
  tx: Tx,
  order: Order,
  village: string,
  actor: string,
  note: string | null,
  now = Date.now(),
): Promise<Shipment | undefined> {
  const changed = await setShipment(
    tx,
    order.id,
    village,
    ['shipped'],
    'delivered',
    {},
    { actor, note },
    now,
  );
  if (changed) await settle(tx, order.id, actor, now);
  return changed;
}

/**
 * A village's part is cancelled, or returned after delivery: its units go back on sale (held ones
 * released, sold ones returned) and `refundVnd` is recorded. An unpaid card or transfer order is
 * one payment still to make, so it is cancelled whole, through releaseOrder.
 */
export async function cancelShipment(
  tx: Tx,
  order: Order,
  village: string,
  actor: string,
  note: string,
  refundVnd: number,
  now = Date.now(),
): Promise<Shipment | undefined> {
  const part = await shipmentOf(tx, order.id, village);
  if (!part || part.status === 'cancelled') return undefined;
  const held = partHolds(order.method, part.status);
  const changed = await setShipment(
    tx,
    order.id,
    village,
    [part.status],
    'cancelled',
    { holdUntil: null, refundedVnd: part.refundedVnd + refundVnd },
    { actor, note },
    now,
  );
  if (!changed) return undefined;
  for (const l of await stockLines(tx, order.id, village))
    if (held) await releaseStock(tx, l.sku, l.quantity);
    else await returnSold(tx, l.sku, l.quantity);
  await settle(tx, order.id, actor, now);
  return changed;
}

/** The money a part stands for: its lines, plus the shipping when it is the last part still live. */
export async function partValue(tx: Tx, order: Order, village: string): Promise<number> {
  const lines = await tx
    .select()
    .from(orderLines)
    .where(and(eq(orderLines.orderId, order.id), eq(orderLines.village, village)));
  const subtotal = lines.reduce((sum, l) => sum + l.unitPriceVnd * l.quantity, 0);
  const others = (await shipmentsOf(tx, order.id)).filter(
    (s) => s.village !== village && s.status !== 'cancelled',
  );
  return subtotal + (others.length === 0 ? order.shippingVnd : 0);
}
