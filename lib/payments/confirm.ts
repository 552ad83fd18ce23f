import 'server-only';
import { getDb } from '@/lib/db/client';
import { SESSION_ID } from '@/lib/orders/buyer';
import { orderBySession, withLines } from '@/lib/orders/queries';
import type { OrderWithLines } from '@/lib/orders/types';
import { notifyOrder } from '@/lib/notify';
import { afterChange } from '@/lib/checkout/after-change';
import { fulfilSession } from './card';
import { stripe } from './stripe-client';

/**
 * The success page's view of a card payment. Stripe recommends not waiting for the webhook: the
 * session is retrieved and fulfilled here through the same idempotent function.
 */
export async function confirmCardPayment(sessionId: string): Promise<OrderWithLines | undefined> {
  const client = stripe();
  if (!client || !SESSION_ID.test(sessionId)) return undefined;
  const db = getDb();
  if (!orderBySession(db, sessionId)) return undefined;
  try {
    const session = await client.checkout.sessions.retrieve(sessionId);
    if (fulfilSession(db, session) === 'applied') {
      const order = orderBySession(db, sessionId);
      if (order) afterChange({ skus: withLines(db, [order])[0]?.lines.map((l) => l.sku) ?? [] });
      if (order?.status === 'paid') notifyOrder(order.id, 'paid', db);
    }
  } catch (error) {
    console.error(
      '[checkout] could not retrieve the session; showing what the webhook recorded:',
      error,
    );
  }
  const order = orderBySession(db, sessionId);
  return order && withLines(db, [order])[0];
}
