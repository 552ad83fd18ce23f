import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmulator } from '@/scripts/stripe-emulator/server';
import { bounded } from './bounded';

// The env module reads process.env once, at import: set it before importing the route.
const emulator = await startEmulator({ port: 0, webhookUrl: null, webhookSecret: 'whsec_route' });
process.env.STRIPE_SECRET_KEY = 'sk_test_route';
process.env.STRIPE_WEBHOOK_SECRET = 'whsec_route';
process.env.STRIPE_API_URL = emulator.url;
process.env.SITE_URL = 'http://localhost:3000';
// The test stands where the front stands: each request's own X-Forwarded-For is its client, so the
// fuzz reaches past the rate limit (with 0 hops all would share one bucket and most get 429).
process.env.TRUSTED_PROXY_HOPS = '1';
process.env.DATABASE_PATH = path.join(
  mkdtempSync(path.join(tmpdir(), 'checkout-fuzz-')),
  'shop.db',
);
const { POST } = await import('@/app/api/checkout/route');
const { getDb } = await import('@/lib/db/client');
const { getProducts } = await import('@/lib/content');

afterAll(() => emulator.close());

const runs = Number(process.env.FUZZ_RUNS ?? 1000);
const ORIGIN = 'http://localhost:3000';
const skus = getProducts('vi').map((p) => p.sku);

function snapshot() {
  const c = getDb().$client;
  return JSON.stringify([
    c.prepare('select count(*) from orders').get(),
    c.prepare('select count(*) from order_lines').get(),
    c.prepare('select sum(reserved), sum(sold) from inventory').get(),
  ]);
}

const customer = fc.record(
  {
    name: fc.oneof(fc.string(), fc.constant('Nguyễn Văn A')),
    phone: fc.oneof(fc.string(), fc.constant('0912 345 678')),
    address: fc.oneof(fc.string(), fc.constant('Phú Vinh, Chương Mỹ, Hà Nội')),
    email: fc.option(fc.oneof(fc.string(), fc.emailAddress()), { nil: undefined }),
  },
  { requiredKeys: [] },
);
const order = fc.record(
  {
    items: fc.oneof(
      fc.array(
        fc.record(
          {
            sku: fc.oneof(fc.constantFrom(...skus), fc.string()),
            quantity: fc.oneof(
              fc.integer({ min: 1, max: 3 }),
              fc.integer(),
              fc.double(),
              fc.string(),
            ),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 40 },
      ),
      fc.anything(),
    ),
    locale: fc.oneof(fc.constantFrom('vi', 'en'), fc.anything()),
    method: fc.constantFrom('card', 'bank_transfer', 'cod', 'paypal', ''),
    shipping: fc.option(fc.constantFrom('pickup', 'vietnam', 'international', 'moon'), {
      nil: undefined,
    }),
    customer: fc.option(customer, { nil: undefined }),
  },
  { requiredKeys: ['items', 'method'] },
);
// Well-formed orders, so that the fuzz also reaches the paths behind validation (pricing, stock, Stripe).
const goodOrder = fc.record({
  items: fc.array(
    fc.record({ sku: fc.constantFrom(...skus), quantity: fc.integer({ min: 1, max: 2 }) }),
    { minLength: 1, maxLength: 3 },
  ),
  locale: fc.constantFrom('vi', 'en'),
  method: fc.constantFrom('card', 'bank_transfer', 'cod'),
  shipping: fc.constantFrom('pickup', 'vietnam'),
  customer: fc.constant({
    name: 'Nguyễn Văn A',
    phone: '0912 345 678',
    address: { line: 'Số 1, thôn Phú Vinh', commune: 'Phú Nghĩa', province: 'Hà Nội' },
  }),
});
const body = fc.oneof(
  { weight: 3, arbitrary: goodOrder.map((o) => JSON.stringify(o)) },
  { weight: 6, arbitrary: order.map((o) => JSON.stringify(o)) },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.json() },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', '{', 'null', '[]', '"x"', '{"items":' + '['.repeat(5000)),
  },
  { weight: 1, arbitrary: fc.constant('{"items":[],"pad":"' + 'x'.repeat(20_000) + '"}') }, // over the 16 KB cap
);
const headers = fc.record({
  origin: fc.oneof(
    { weight: 8, arbitrary: fc.constant(ORIGIN) },
    {
      weight: 2,
      arbitrary: fc.option(
        fc.constantFrom('https://evil.example', 'null', ORIGIN + '.evil.example'),
        { nil: undefined },
      ),
    },
  ),
  type: fc.oneof(
    {
      weight: 8,
      arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8'),
    },
    {
      weight: 2,
      arbitrary: fc.option(
        fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'),
        { nil: undefined },
      ),
    },
  ),
  language: fc.constantFrom('vi-VN', 'en-US', 'fr', ''),
});

describe('POST /api/checkout route fuzz', () => {
  it(`${runs} hostile requests (body, origin, type, size): never a 5xx, a message on every 4xx, nothing written when rejected`, async () => {
    let client = 0;
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(body, headers, async (payload, h) => {
        const before = snapshot();
        const init: Record<string, string> = {
          'accept-language': h.language,
          'x-forwarded-for': `10.0.${client >> 8}.${client++ & 255}`,
        };
        if (h.origin) init.origin = h.origin;
        if (h.type) init['content-type'] = h.type;
        const res = await bounded(() =>
          POST(
            new Request(`${ORIGIN}/api/checkout`, { method: 'POST', headers: init, body: payload }),
          ),
        );
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        expect(res.status, payload.slice(0, 200)).toBeLessThan(500);
        const json = (await res.json()) as { url?: string; error?: { message?: string } };
        if (res.status >= 400) {
          expect(json.error?.message).toMatch(/\S/);
          expect(snapshot()).toBe(before);
        } else {
          expect(res.status).toBe(200);
          // Our order page, or the (emulated) Stripe payment page: never anywhere else.
          expect(json.url).toMatch(
            /^(\/(vi|en)\/orders\/CM-[\w-]+\?token=|http:\/\/(localhost|127\.0\.0\.1):\d+\/pay\/)/,
          );
        }
      }),
      { numRuns: runs },
    );
    // The generator reaches past the guards: some orders are accepted, and each guard rejects some.
    for (const status of [200, 400, 403, 409, 413, 415])
      expect(
        statuses.get(status) ?? 0,
        `${status} in ${JSON.stringify([...statuses])}`,
      ).toBeGreaterThan(0);
  }, 300_000);
});
