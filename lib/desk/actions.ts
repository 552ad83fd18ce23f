import 'server-only';
import { desc, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { orderEvents } from '@/lib/db/schema';
import type { Tx } from '@/lib/inventory';
import { deliverOrder, markPaid, shipOrder } from '@/lib/orders/transitions';
import { changedOr, inScope, refuse, type DeskResult } from './result';
import { actorOf, type Viewer } from './viewer';

/** markPaid writes its own event; the desk adds what it checked to that same row. */
function annotateLastEvent(tx: Tx, orderId: number, note: string): void {
  const last = tx
    .select()
    .from(orderEvents)
    .where(eq(orderEvents.orderId, orderId))
    .orderBy(desc(orderEvents.id))
    .limit(1)
    .get();
  if (last)
    tx.update(orderEvents)
      .set({ note: last.note ? `${note}; ${last.note}` : note })
      .where(eq(orderEvents.id, last.id))
      .run();
}

/**
 * The money for a bank transfer is in the account. The amount typed from the bank statement must
 * be the order's total; a transfer after the 48-hour hold lapsed is accepted too (markPaid takes the
 * units again if they are still there and notes it if not).
 */
export function confirmTransfer(
  db: Db,
  viewer: Viewer,
  reference: string,
  amountVnd: number,
): DeskResult {
  return inScope(db, viewer, reference, (tx, order) => {
    if (
      order.method !== 'bank_transfer' ||
      (order.status !== 'pending' && order.status !== 'expired')
    )
      return refuse('wrong_state');
    if (amountVnd !== order.totalVnd) return refuse('amount_mismatch');
    const changed = markPaid(tx, order.id, actorOf(viewer));
    if (changed) annotateLastEvent(tx, order.id, `bank transfer received: ${amountVnd} VND`);
    return changedOr(changed);
  });
}

export function markShipped(
  db: Db,
  viewer: Viewer,
  reference: string,
  shipment: { carrier: string; trackingNumber: string },
): DeskResult {
  return inScope(db, viewer, reference, (tx, order) => {
    const codPending = order.method === 'cod' && order.status === 'pending';
    if (order.status !== 'paid' && !codPending) return refuse('wrong_state');
    const note = `shipped: ${shipment.carrier} ${shipment.trackingNumber}`;
    return changedOr(
      shipOrder(tx, order.id, actorOf(viewer), note, {
        shippingCarrier: shipment.carrier,
        trackingNumber: shipment.trackingNumber,
      }),
    );
  });
}

export function markDelivered(db: Db, viewer: Viewer, reference: string): DeskResult {
  return inScope(db, viewer, reference, (tx, order) => {
    if (order.status !== 'shipped') return refuse('wrong_state');
    const note =
      order.method === 'cod' ? `delivered, cash collected: ${order.totalVnd} VND` : 'delivered';
    return changedOr(deliverOrder(tx, order.id, actorOf(viewer), note));
  });
}
