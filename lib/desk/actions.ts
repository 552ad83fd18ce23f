import 'server-only';
import { desc, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { orderEvents, orders } from '@/lib/db/schema';
import { allowedActions, type OrderAction } from '@/lib/orders/allowed';
import type { Tx } from '@/lib/orders/stock';
import { confirmShipment, deliverShipment, markPaid, shipShipment } from '@/lib/orders/transitions';
import type { Shipment } from '@/lib/orders/types';
import type { DeskOrder } from './orders';
import { inScope, refuse, type DeskResult } from './result';
import { actorOf, type Viewer } from './viewer';

/**
 * The part of the order a desk user acts on: a representative's own village, always (a form naming
 * another village's part is refused, not turned into an action on their own); the administrator
 * names one (the only one when the order has a single village).
 */
export function partFor(order: DeskOrder, viewer: Viewer, village?: string): Shipment | undefined {
  if (foreignPart(viewer, village)) return undefined;
  const wanted =
    viewer.role === 'admin'
      ? (village ?? (order.shipments.length === 1 ? order.shipments[0]?.village : undefined))
      : viewer.village;
  return order.shipments.find((s) => s.village === wanted);
}

/** Why partFor found no part: another village's (as if the order were not there), or none named. */
export function noPart(viewer: Viewer, village?: string): DeskResult {
  return refuse(foreignPart(viewer, village) ? 'not_found' : 'wrong_state');
}

function foreignPart(viewer: Viewer, village?: string): boolean {
  return viewer.role !== 'admin' && village !== undefined && village !== viewer.village;
}

/** Whether the state machine allows `action` on this user's part now. */
export function allows(order: DeskOrder, part: Shipment | undefined, action: OrderAction) {
  return part !== undefined && allowedActions(order, part, order.wholeOrder).includes(action);
}

const done = async (tx: Tx, orderId: number): Promise<DeskResult> => {
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId));
  return order ? { ok: true, order } : refuse('not_found');
};

/** markPaid writes its own event; the desk adds what it checked to that same row. */
async function annotatePaidEvent(tx: Tx, orderId: number, note: string): Promise<void> {
  const last = (
    await tx
      .select()
      .from(orderEvents)
      .where(eq(orderEvents.orderId, orderId))
      .orderBy(desc(orderEvents.id))
  ).find((e) => e.toStatus === 'paid' && e.village === null);
  if (last)
    await tx
      .update(orderEvents)
      .set({ note: last.note ? `${note}; ${last.note}` : note })
      .where(eq(orderEvents.id, last.id));
}

/**
 * The money for a bank transfer is in the account. The amount typed from the bank statement must
 * be the order's total; a transfer after the hold lapsed is accepted too (markPaid takes the units
 * again if they are still there and notes it if not). Only someone who sees the whole order may
 * confirm its one payment.
 */
export async function confirmTransfer(
  db: Db,
  viewer: Viewer,
  reference: string,
  amountVnd: number,
): Promise<DeskResult> {
  return inScope(db, viewer, reference, async (tx, order) => {
    if (!allows(order, order.shipments[0], 'confirm_transfer')) return refuse('wrong_state');
    if (amountVnd !== order.totalVnd) return refuse('amount_mismatch');
    const changed = await markPaid(tx, order.id, actorOf(viewer));
    if (!changed) return refuse('wrong_state');
    await annotatePaidEvent(tx, order.id, `bank transfer received: ${amountVnd} VND`);
    return done(tx, order.id);
  });
}

/** A village confirms its part of a cash-on-delivery order: the units stay held until it ships. */
export function confirmCod(db: Db, viewer: Viewer, reference: string, village?: string) {
  return inScope(db, viewer, reference, async (tx, order) => {
    const part = partFor(order, viewer, village);
    if (!part) return noPart(viewer, village);
    if (!allows(order, part, 'confirm')) return refuse('wrong_state');
    return (await confirmShipment(tx, order.id, part.village, actorOf(viewer)))
      ? done(tx, order.id)
      : refuse('wrong_state');
  });
}

export async function markShipped(
  db: Db,
  viewer: Viewer,
  reference: string,
  parcel: { carrier: string; trackingNumber: string; village?: string },
): Promise<DeskResult> {
  return inScope(db, viewer, reference, async (tx, order) => {
    const part = partFor(order, viewer, parcel.village);
    if (!part) return noPart(viewer, parcel.village);
    if (!allows(order, part, 'ship')) return refuse('wrong_state');
    const shipped = await shipShipment(tx, order, part.village, actorOf(viewer), {
      carrier: parcel.carrier,
      trackingNumber: parcel.trackingNumber,
    });
    return shipped ? done(tx, order.id) : refuse('wrong_state');
  });
}

export async function markDelivered(
  db: Db,
  viewer: Viewer,
  reference: string,
  village?: string,
): Promise<DeskResult> {
  return inScope(db, viewer, reference, async (tx, order) => {
    const part = partFor(order, viewer, village);
    if (!part) return noPart(viewer, village);
    if (!allows(order, part, 'deliver')) return refuse('wrong_state');
    // What the carrier collects: the whole order when it is one parcel, else this part's lines.
    const lines = order.lines.filter((l) => l.village === part.village);
    const value =
      order.shipments.length === 1
        ? order.totalVnd
        : lines.reduce((sum, l) => sum + l.unitPriceVnd * l.quantity, 0);
    const note = order.method === 'cod' ? `delivered, cash collected: ${value} VND` : 'delivered';
    return (await deliverShipment(tx, order, part.village, actorOf(viewer), note))
      ? done(tx, order.id)
      : refuse('wrong_state');
  });
}
