import type Stripe from 'stripe';
import { getDb } from '@/lib/db/client';
import { settleCardSession } from '@/lib/checkout/card-payment';
import { stripe, webhookSecret } from '@/lib/payments/stripe-client';

const HANDLED = new Set([
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'checkout.session.async_payment_failed',
  'checkout.session.expired',
]);

const reply = (status: number, message: string) => Response.json({ message }, { status });

/** How far a delivery's signed time may be from ours, in seconds, either way (Stripe's default). */
const TOLERANCE_S = 300;

/**
 * The latest `t=` of a Stripe-Signature header, read as the SDK reads it. stripe-node's
 * constructEvent refuses only timestamps older than the tolerance; one from the future passes.
 */
function signedAt(header: string): number | undefined {
  const times = header
    .split(',')
    .map((item) => item.split('='))
    .filter(([key]) => key === 't')
    .map(([, value]) => value ?? '');
  if (times.length === 0 || !times.every((t) => /^\d{1,12}$/.test(t))) return undefined;
  return Math.max(...times.map(Number));
}

/** Stripe → us. The raw body is verified before anything is read from it. */
export async function POST(request: Request) {
  const client = stripe();
  const secret = webhookSecret();
  if (!client || !secret) return reply(503, 'card payments are not configured');
  const signature = request.headers.get('stripe-signature');
  if (!signature) return reply(400, 'missing Stripe-Signature header');

  let event: Stripe.Event;
  try {
    // Rejects a bad signature and a timestamp older than the tolerance (replays).
    event = client.webhooks.constructEvent(await request.text(), signature, secret, TOLERANCE_S);
  } catch {
    return reply(400, 'invalid signature');
  }
  const at = signedAt(signature);
  if (at === undefined || at > Date.now() / 1000 + TOLERANCE_S)
    return reply(400, 'timestamp outside the tolerance');
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
  const result = await settleCardSession(db, session, { id: event.id, type: event.type });
  // 200, so Stripe does not retry: the order waits for the desk, which sees the flag.
  if (result === 'flagged')
    return reply(200, 'flagged: amount or currency differs from the order; not marked paid');
  return reply(200, result);
}
