import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { bounded } from './bounded';

// Env is read once at import: configure before loading the route.
process.env.DATABASE_PATH = path.join(mkdtempSync(path.join(tmpdir(), 'webhook-fuzz-')), 'shop.db');
process.env.STRIPE_SECRET_KEY = 'sk_test_fuzz';
process.env.STRIPE_WEBHOOK_SECRET = 'whsec_fuzz';
const { POST } = await import('@/app/api/stripe/webhook/route');
const { getDb } = await import('@/lib/db/client');

const stripe = new Stripe('sk_test_fuzz');
const runs = Number(process.env.FUZZ_RUNS ?? 1000);
const events = () =>
  (getDb().$client.prepare('select count(*) as n from stripe_events').get() as { n: number }).n;

const event = fc.record({
  id: fc.oneof(fc.string(), fc.constantFrom('evt_1', 'evt_2')),
  object: fc.constant('event'),
  type: fc.constantFrom(
    'checkout.session.completed',
    'checkout.session.expired',
    'checkout.session.async_payment_failed',
    'customer.created',
    '',
  ),
  data: fc.record({
    object: fc.record({
      id: fc.oneof(fc.string(), fc.constant('cs_test_x')),
      payment_status: fc.constantFrom('paid', 'unpaid', 42),
    }),
  }),
});
const body = fc.oneof(
  event.map((e) => JSON.stringify(e)),
  fc.string(),
  fc.constant(''),
  fc.json(),
);

const signature = (payload: string) =>
  fc.oneof(
    fc.constant(stripe.webhooks.generateTestHeaderString({ payload, secret: 'whsec_fuzz' })),
    fc.constant(stripe.webhooks.generateTestHeaderString({ payload, secret: 'whsec_other' })),
    fc.integer({ min: 301, max: 100_000 }).map((age) =>
      stripe.webhooks.generateTestHeaderString({
        payload,
        secret: 'whsec_fuzz',
        timestamp: Math.floor(Date.now() / 1000) - age,
      }),
    ),
    // From the future: stripe-node accepts these; the route only up to 300 s (10 s either side left out).
    fc
      .oneof(fc.integer({ min: 1, max: 290 }), fc.integer({ min: 310, max: 100_000 }))
      .map((ahead) =>
        stripe.webhooks.generateTestHeaderString({
          payload,
          secret: 'whsec_fuzz',
          timestamp: Math.floor(Date.now() / 1000) + ahead,
        }),
      ),
    fc.string(),
    fc.constant(undefined),
  );

async function deliver(payload: string, sig: string | undefined) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (sig !== undefined) headers['stripe-signature'] = sig;
  return POST(
    new Request('http://localhost/api/stripe/webhook', { method: 'POST', headers, body: payload }),
  );
}

describe('webhook fuzz', () => {
  it(`${runs} mutated bodies, signatures and timestamps (past and future): never a 5xx; only verified events are written`, async () => {
    await fc.assert(
      fc.asyncProperty(
        body.chain((payload) => fc.tuple(fc.constant(payload), signature(payload))),
        async ([payload, sig]) => {
          const before = events();
          const res = await bounded(() => deliver(payload, sig));
          expect(res.status).toBeLessThan(500);
          const valid =
            sig !== undefined &&
            (() => {
              try {
                stripe.webhooks.constructEvent(payload, sig, 'whsec_fuzz');
              } catch {
                return false;
              }
              // …and not signed more than 300 s ahead.
              const t = Number(/(?:^|,)t=(\d+)/.exec(sig)?.[1]);
              return t <= Date.now() / 1000 + 300;
            })();
          if (!valid) {
            expect(res.status).toBe(400);
            expect(events()).toBe(before);
          }
        },
      ),
      { numRuns: runs },
    );
  }, 300_000);

  it('a replay outside the 300 s tolerance is refused even with the right secret', async () => {
    const payload = JSON.stringify({
      id: 'evt_old',
      object: 'event',
      type: 'checkout.session.completed',
      data: { object: { id: 'cs_test_x' } },
    });
    const old = stripe.webhooks.generateTestHeaderString({
      payload,
      secret: 'whsec_fuzz',
      timestamp: Math.floor(Date.now() / 1000) - 301,
    });
    expect((await deliver(payload, old)).status).toBe(400);
    const fresh = stripe.webhooks.generateTestHeaderString({ payload, secret: 'whsec_fuzz' });
    expect((await deliver(payload, fresh)).status).toBe(200);
  });
});
