import 'server-only';
import type { Db } from '@/lib/db/client';
import { releaseOrder } from '@/lib/orders/transitions';
import { scopedOrder } from './orders';
import { changedOr, inScope, refuse, type DeskResult } from './result';
import { cancelSold } from './stock';
import { actorOf, type Viewer } from './viewer';

/** What cancelling a card order needs from the card processor (Stripe, or a fake in tests). */
export interface CardGateway {
  /** A full refund; the same reference always makes the same refund (idempotency key). */
  refund(paymentIntentId: string, reference: string): Promise<{ id: string }>;
  /** Closes an unpaid checkout so the buyer cannot pay a cancelled order. */
  expireSession(sessionId: string): Promise<void>;
}

const errorCode = (error: unknown) => {
  const code = error && typeof error === 'object' && 'code' in error ? error.code : undefined;
  return typeof code === 'string' && /^[a-z_]{1,60}$/.test(code) ? code : 'unknown';
};

/**
 * Cancels an order. Pending: the held units go back on sale. Paid or shipped: the sold units go back,
 * and a card payment is refunded first — if Stripe refuses, nothing changes. A second click reuses
 * the same refund (idempotency key) and finds the order already cancelled.
 */
export async function cancelOrder(
  db: Db,
  viewer: Viewer,
  reference: string,
  reason: string,
  gateway: CardGateway | null,
): Promise<DeskResult> {
  const seen = scopedOrder(db, viewer, reference);
  if (!seen) return refuse('not_found');
  const sold = seen.status === 'paid' || seen.status === 'shipped';
  if (!sold && seen.status !== 'pending') return refuse('wrong_state');
  let refundNote = '';
  if (seen.method === 'card') {
    if (!gateway) return refuse('card_unavailable');
    try {
      if (sold) {
        if (!seen.stripePaymentIntentId) return refuse('card_failed', 'no_payment_intent');
        refundNote = `; Stripe refund ${(await gateway.refund(seen.stripePaymentIntentId, seen.reference)).id}`;
      } else if (seen.stripeSessionId) {
        await gateway.expireSession(seen.stripeSessionId);
      }
    } catch (error) {
      console.error(`[desk] card processor refused for ${seen.reference}:`, error);
      return refuse('card_failed', errorCode(error));
    }
  }
  const note = `cancelled: ${reason}${refundNote}`;
  // `sold` is decided from what was checked with Stripe: an order paid meanwhile is never cancelled unrefunded.
  return inScope(db, viewer, reference, (tx, order) =>
    changedOr(
      sold
        ? cancelSold(tx, order.id, actorOf(viewer), note)
        : releaseOrder(tx, order.id, 'cancelled', actorOf(viewer), note),
    ),
  );
}
