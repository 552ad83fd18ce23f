import 'server-only';
import type Stripe from 'stripe';
import { transaction, type Db } from '@/lib/db/client';
import { getDb } from '@/lib/db/client';
import { orderTokenMatches, REFERENCE_PATTERN, SESSION_ID } from '@/lib/orders/link';
import { orderByReference, orderBySession, withLines } from '@/lib/orders/queries';
import { releaseOrder } from '@/lib/orders/transitions';
import type { OrderWithLines } from '@/lib/orders/types';
import { fulfilSession, type FulfilResult } from '@/lib/payments/card';
import { stripe } from '@/lib/payments/stripe-client';
import { afterChange } from './after-change';

/**
 * A Checkout Session Stripe reports on (webhook, success page): fulfilled through the one
 * idempotent function, then the pages and messages follow once, whichever of them came first.
 */
export async function settleCardSession(
  db: Db,
  session: Stripe.Checkout.Session,
  event?: { id: string; type: string },
): Promise<FulfilResult> {
  const result = await fulfilSession(db, session, event);
  if (result === 'applied') {
    const order = await orderBySession(db, session.id);
    if (order)
      await afterChange({
        skus: (await withLines(db, [order]))[0]?.lines.map((l) => l.sku) ?? [],
        message: order.status === 'paid' ? { orderId: order.id, kind: 'paid' } : undefined,
        db,
      });
  }
  return result;
}

/**
 * The success page's view of a card payment: only when the session is the named order's. Stripe
 * recommends not waiting for the webhook: the session is retrieved and settled here through the
 * same function.
 */
export async function confirmCardReturn(
  sessionId: string,
  reference: string,
): Promise<OrderWithLines | undefined> {
  const client = stripe();
  if (!client || !SESSION_ID.test(sessionId)) return undefined;
  const db = getDb();
  if ((await orderBySession(db, sessionId))?.reference !== reference) return undefined;
  try {
    await settleCardSession(db, await client.checkout.sessions.retrieve(sessionId));
  } catch (error) {
    console.error(
      '[checkout] could not retrieve the session; showing what the webhook recorded:',
      error,
    );
  }
  const order = await orderBySession(db, sessionId);
  return order && (await withLines(db, [order]))[0];
}

/**
 * The buyer left Stripe's page: the hold goes back on sale (only for the holder of the order's
 * token) and the session is closed, so it cannot be paid after its stock was sold again.
 * Returns the order's locale, or undefined when the link names no order of ours.
 */
export async function abandonCardCheckout(
  reference: string,
  token: string | null,
): Promise<string | undefined> {
  const db = getDb();
  const found = REFERENCE_PATTERN.test(reference)
    ? await orderByReference(db, reference)
    : undefined;
  const order =
    found && orderTokenMatches(reference, token, found.accessTokenHash) ? found : undefined;
  if (!order) return undefined;
  if (order.status === 'pending') {
    const released = await transaction(db, async (tx) =>
      releaseOrder(tx, order.id, 'cancelled', 'buyer', 'left the payment page'),
    );
    if (released) await afterChange({ skus: order.lines.map((l) => l.sku), db });
    if (order.stripeSessionId)
      await stripe()
        ?.checkout.sessions.expire(order.stripeSessionId)
        .catch(() => undefined);
  }
  return order.locale;
}
