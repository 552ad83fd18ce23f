import type Stripe from 'stripe';
import { getDb } from '@/lib/db/client';
import { orderBySession, withLines } from '@/lib/orders/queries';
import { fulfilSession } from '@/lib/payments/card';
import { stripe, webhookSecret } from '@/lib/payments/stripe-client';
import { notifyOrder } from '@/lib/notify';
import { revalidateStock } from '@/lib/revalidate';

const HANDLED = new Set([
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'checkout.session.async_payment_failed',
  'checkout.session.expired',
]);

const reply = (status: number, message: string) => Response.json({ message }, { status });

/** Stripe → us. The raw body is verified before anything is read from it. */
export async function POST(request: Request) {
  const client = stripe();
  const secret = webhookSecret();
  if (!client || !secret) return reply(503, 'card payments are not configured');
  const signature = request.headers.get('stripe-signature');
  if (!signature) return reply(400, 'missing Stripe-Signature header');

  let event: Stripe.Event;
  try {
    // Rejects a bad signature and a timestamp outside the 300 s tolerance (replays).
    event = client.webhooks.constructEvent(await request.text(), signature, secret);
  } catch {
    return reply(400, 'invalid signature');
  }
  // Signed is not the same as well-formed: check the shape before trusting it.
  if (
    typeof event !== 'object' ||
    event === null ||
    typeof event.type !== 'string' ||
    typeof event.id !== 'string'
  ) {
    return reply(400, 'not an event');
  }
  if (!HANDLED.has(event.type)) return reply(200, `ignored ${event.type}`);

  const session = (event.data as { object?: unknown } | undefined)?.object as
    Stripe.Checkout.Session | undefined;
  if (typeof session !== 'object' || session === null || typeof session.id !== 'string')
    return reply(400, 'event without a Checkout Session');
  const db = getDb();
  const result = fulfilSession(db, session, { id: event.id, type: event.type });
  if (result === 'applied') {
    const order = orderBySession(db, session.id);
    if (order) revalidateStock(withLines(db, [order])[0]?.lines.map((l) => l.sku) ?? []);
    if (order?.status === 'paid') notifyOrder(order.id, 'paid', db);
  }
  return reply(200, result);
}
