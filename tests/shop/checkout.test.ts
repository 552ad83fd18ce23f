import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '@/scripts/stripe-emulator/server';
import { eq, gt, or } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';

// The env module reads process.env once, at import: set it before importing anything that uses it.
const emulator = await startEmulator({ port: 0, webhookUrl: null, webhookSecret: 'whsec_unit' });
process.env.STRIPE_SECRET_KEY = 'sk_test_unit';
process.env.STRIPE_WEBHOOK_SECRET = 'whsec_unit';
process.env.STRIPE_API_URL = emulator.url;
process.env.SITE_URL = 'http://localhost:3000';

const { startCheckout } = await import('@/lib/checkout');
const { RequestError } = await import('@/lib/http/errors');
const { getProducts } = await import('@/lib/content');
const { stripe } = await import('@/lib/payments/stripe-client');
const { shopSettings } = await import('@/lib/settings');
const { inventory, orderLines, orders } = await import('@/lib/db/schema');
const { freshDb } = await import('../support/db');

// Fewer on PostgreSQL (vitest.config.ts): every run clones a database there.
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const products = getProducts('vi');
const skus = products.map((p) => p.sku);
const origin = 'http://localhost:3000';

async function snapshot(db: Db) {
  return JSON.stringify([
    await db.select().from(orders).orderBy(orders.id),
    await db.select().from(orderLines).orderBy(orderLines.id),
    await db
      .select({ sku: inventory.sku, reserved: inventory.reserved, sold: inventory.sold })
      .from(inventory)
      .where(or(gt(inventory.reserved, 0), gt(inventory.sold, 0)))
      .orderBy(inventory.sku),
  ]);
}
const stockRow = async (db: Db, sku: string) =>
  (
    await db
      .select({ reserved: inventory.reserved, sold: inventory.sold })
      .from(inventory)
      .where(eq(inventory.sku, sku))
  )[0];
const statusOfSession = async (db: Db, id: string) =>
  (await db.select({ status: orders.status }).from(orders).where(eq(orders.stripeSessionId, id)))[0]
    ?.status;

beforeAll(() => expect(stripe()).not.toBeNull());
afterAll(() => emulator.close());

describe('POST /api/checkout logic against the Stripe emulator', () => {
  it('prices from content, in whole đồng, and holds the stock', async () => {
    const db = await freshDb();
    const p = products.find((x) => x.availability === 'in_stock' && (x.stock ?? 0) >= 2)!;
    const { url } = await startCheckout(
      {
        items: [{ sku: p.sku.toLowerCase(), quantity: 2, price: 1 }],
        locale: 'en',
        method: 'card',
        shipping: 'vietnam',
      },
      origin,
      db,
    );
    const session = await stripe()!.checkout.sessions.retrieve(
      new URL(url).pathname.split('/').pop()!,
    );
    expect(session.currency).toBe('vnd');
    expect(session.amount_total).toBe(p.priceVnd * 2 + 35000);
    expect(session.metadata?.order_reference).toMatch(/^CM-\d{4}-\d{6}$/);
    expect(session.expires_at - session.created).toBeGreaterThanOrEqual(30 * 60);
    expect((await stockRow(db, p.sku))?.reserved).toBe(2);
  });

  it('writes nothing when Stripe fails (500s past the SDK retries)', async () => {
    const db = await freshDb();
    const before = await snapshot(db);
    emulator.setFaults({ fail500: 10 });
    const p = products.find((x) => x.availability === 'in_stock')!;
    await expect(
      startCheckout(
        { items: [{ sku: p.sku, quantity: 1 }], locale: 'vi', method: 'card' },
        origin,
        db,
      ),
    ).rejects.toMatchObject({ status: 502, code: 'payment_provider' });
    emulator.setFaults({ fail500: 0 });
    expect(await snapshot(db)).toBe(before);
  });

  it(`${RUNS} random bodies: never a 5xx, never a write when rejected; accepted totals = Σ content price × quantity + shipping`, async () => {
    const sku = fc.oneof(
      fc.constantFrom(...skus),
      fc.constantFrom(...skus).map((s) => s.toLowerCase()),
      fc.string({ maxLength: 20 }),
      fc.constant('ZZ-9999'),
    );
    const quantity = fc.oneof(
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: -5, max: 100 }),
      fc.double(),
      fc.constant('2'),
      fc.constant(null),
      fc.constant(1e308),
    );
    const line = fc.record(
      {
        sku,
        quantity,
        price: fc.option(fc.integer(), { nil: undefined }),
        priceVnd: fc.option(fc.integer({ min: -1, max: 1 }), { nil: undefined }),
      },
      { requiredKeys: [] },
    );
    const body = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record(
          {
            items: fc.array(line, { maxLength: 35 }),
            locale: fc.constantFrom('vi', 'en', 'fr', 1),
            method: fc.constantFrom('card', 'card', 'paypal', ''),
            shipping: fc.option(fc.constantFrom('pickup', 'vietnam', 'international', 'moon'), {
              nil: undefined,
            }),
            total: fc.integer(),
          },
          { requiredKeys: ['items', 'locale', 'method'] },
        ),
      },
      { weight: 1, arbitrary: fc.anything() },
      {
        weight: 3,
        arbitrary: fc.record({
          items: fc.array(
            fc.record({ sku: fc.constantFrom(...skus), quantity: fc.integer({ min: 1, max: 3 }) }),
            { minLength: 1, maxLength: 4 },
          ),
          locale: fc.constantFrom('vi', 'en'),
          method: fc.constant('card'),
          shipping: fc.constantFrom('pickup', 'vietnam', 'international'),
        }),
      },
    );
    const shipping = new Map(shopSettings().shipping.map((s) => [s.id, s.priceVnd]));
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(body, async (input) => {
        const db = await freshDb();
        const before = await snapshot(db);
        try {
          const { url } = await startCheckout(input, origin, db);
          accepted++;
          const session = await stripe()!.checkout.sessions.retrieve(
            new URL(url).pathname.split('/').pop()!,
          );
          const req = input as { items: { sku: string; quantity: number }[]; shipping?: string };
          const expected =
            req.items.reduce(
              (sum, l) =>
                sum +
                products.find((p) => p.sku === l.sku.trim().toUpperCase())!.priceVnd * l.quantity,
              0,
            ) + (shipping.get(req.shipping ?? 'pickup') ?? NaN);
          expect(session.amount_total).toBe(expected);
        } catch (error) {
          if (!(error instanceof RequestError)) throw error;
          expect(error.status).toBeGreaterThanOrEqual(400);
          expect(error.status).toBeLessThan(500);
          expect(await snapshot(db)).toBe(before);
        }
      }),
      { numRuns: RUNS },
    );
    expect(accepted).toBeGreaterThan(10);
  }, 120_000);
});

describe('reconcile', () => {
  it('recovers a payment whose webhook never came, and running it again changes nothing', async () => {
    const { reconcile } = await import('@/lib/checkout/reconcile');
    const db = await freshDb();
    emulator.setFaults({ dropWebhooks: true });
    const p = products.find((x) => x.availability === 'in_stock')!;
    const { url } = await startCheckout(
      { items: [{ sku: p.sku, quantity: 1 }], locale: 'vi', method: 'card' },
      origin,
      db,
    );
    const id = new URL(url).pathname.split('/').pop()!;
    const paid = await fetch(`${emulator.url}/pay/${id}/complete`, {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams(),
    });
    expect(paid.status).toBe(303);
    const status = () => statusOfSession(db, id);
    expect(await status()).toBe('pending');

    const first = await reconcile(db);
    expect(first.fulfilled).toEqual([id]);
    expect(await status()).toBe('paid');
    expect(await stockRow(db, p.sku)).toEqual({ reserved: 0, sold: 1 });
    expect((await reconcile(db)).fulfilled).toEqual([]);
    emulator.setFaults({ dropWebhooks: false });
  });
});

describe('buyer details for cash on delivery and bank transfer', () => {
  it('fuzzed customer details: clear 400s naming the field, or an order — never a 5xx, never a write when refused', async () => {
    const p = products.find((x) => x.availability === 'made_to_order')!;
    const str = (max: number) =>
      fc.oneof(
        fc.string({ maxLength: max }),
        fc.constant(''),
        fc.constant('   '),
        fc.string({ minLength: max + 1, maxLength: max + 20 }),
        fc.integer(),
        fc.constant(null),
      );
    const phone = fc.oneof(
      fc.constantFrom(
        '0912345678',
        '+84 912 345 678',
        '84912345678',
        '0212345678',
        '12',
        '+1 202 555 0100',
        '',
      ),
      fc.string({ maxLength: 40 }),
    );
    const customer = fc.oneof(
      fc.record(
        {
          name: str(100),
          phone,
          email: fc.oneof(fc.emailAddress(), fc.string({ maxLength: 30 })),
          address: fc.oneof(
            fc.record(
              { line: str(200), commune: str(100), province: str(100) },
              { requiredKeys: [] },
            ),
            fc.anything(),
          ),
          note: str(500),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('cod', 'bank_transfer'),
        fc.option(customer, { nil: undefined }),
        async (method, c) => {
          const db = await freshDb();
          const before = await snapshot(db);
          try {
            const { url } = await startCheckout(
              { items: [{ sku: p.sku, quantity: 1 }], locale: 'vi', method, customer: c },
              origin,
              db,
            );
            expect(url).toMatch(/^\/vi\/orders\/CM-\d{4}-\d{6}\?token=[\w-]{43}$/);
            const [row] = await db.select({ phone: orders.customerPhone }).from(orders);
            expect(row?.phone).toMatch(/^\+[1-9]\d{7,14}$/);
          } catch (error) {
            if (!(error instanceof RequestError)) throw error;
            expect(error.status).toBe(400);
            expect(String(error.values.field)).toMatch(/^customer/);
            expect(await snapshot(db)).toBe(before);
          }
        },
      ),
      { numRuns: RUNS },
    );
  }, 120_000);
});
