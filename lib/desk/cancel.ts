import 'server-only';
import { transaction, type Db } from '@/lib/db/client';
import { cancelShipment, partValue, releaseOrder } from '@/lib/orders/transitions';
import { allows, noPart, partFor } from './actions';
import { scopedOrder } from './orders';
import { inScope, refuse, type DeskResult } from './result';
import { actorOf, type Viewer } from './viewer';

/** What cancelling a card order needs from the card processor (Stripe, or a fake in tests). */
export interface CardGateway {
  /** A refund of `amountVnd`; the same key always makes the same refund (idempotency key). */
  refund(paymentIntentId: string, key: string, amountVnd: number): Promise<{ id: string }>;
  /** Closes an unpaid checkout so the buyer cannot pay a cancelled order. */
  expireSession(sessionId: string): Promise<void>;
}

const errorCode = (error: unknown) => {
  const code = error && typeof error === 'object' && 'code' in error ? error.code : undefined;
  return typeof code === 'string' && /^[a-z_]{1,60}$/.test(code) ? code : 'unknown';
};

/**
 * Cancels one village's part (a representative's own; the administrator names one), or returns it
 * after delivery. Its units go back on sale and its value is refunded: a card payment through
 * Stripe first — if Stripe refuses, nothing changes — a transfer as a refund recorded for someone
 * to make. An unpaid card or transfer order is one payment still to make: it is cancelled whole.
 * A second click reuses the same refund (idempotency key) and finds the part already cancelled.
 */
export async function cancelOrder(
  db: Db,
  viewer: Viewer,
  reference: string,
  reason: string,
  gateway: CardGateway | null,
  village?: string,
): Promise<DeskResult> {
  const seen = await scopedOrder(db, viewer, reference);
  if (!seen) return refuse('not_found');
  const part = partFor(seen, viewer, village);
  if (!part) return noPart(viewer, village);
  if (!allows(seen, part, 'cancel')) return refuse('wrong_state');
  const unpaid = seen.method !== 'cod' && seen.status === 'pending';
  const value = unpaid ? 0 : await transaction(db, async (tx) => partValue(tx, seen, part.village));
  // Cash is refunded only once the carrier collected it.
  const owed = seen.method === 'cod' ? (part.status === 'delivered' ? value : 0) : value;
  let refundNote = '';
  if (seen.method === 'card') {
    if (!gateway) return refuse('card_unavailable');
    try {
      if (!unpaid) {
        if (!seen.stripePaymentIntentId) return refuse('card_failed', 'no_payment_intent');
        const onePart = seen.wholeOrder && seen.shipments.length === 1;
        const key = onePart ? seen.reference : `${seen.reference}-${part.village}`;
        const refund = await gateway.refund(seen.stripePaymentIntentId, key, owed);
        refundNote = `; Stripe refund ${refund.id} (${owed} VND)`;
      } else if (seen.stripeSessionId) {
        await gateway.expireSession(seen.stripeSessionId);
      }
    } catch (error) {
      console.error(`[desk] card processor refused for ${seen.reference}:`, error);
      return refuse('card_failed', errorCode(error));
    }
  } else if (owed > 0) {
    refundNote = `; refund to make to the buyer: ${owed} VND`;
  }
  const returned = part.status === 'delivered' ? 'returned' : 'cancelled';
  const note = `${returned}: ${reason}${refundNote}`;
  // What was refunded was decided from what was checked above; the state is checked again here.
  return inScope(db, viewer, reference, async (tx, order) => {
    if (unpaid) {
      const released = await releaseOrder(tx, order.id, 'cancelled', actorOf(viewer), note);
      return released ? { ok: true, order: released } : refuse('wrong_state');
    }
    const current = order.shipments.find((s) => s.village === part.village);
    if (!current || current.status !== part.status) return refuse('wrong_state');
    const cancelled = await cancelShipment(tx, order, part.village, actorOf(viewer), note, owed);
    if (!cancelled) return refuse('wrong_state');
    const after = await scopedOrder(tx, viewer, reference);
    return after ? { ok: true, order: after } : refuse('not_found');
  });
}
