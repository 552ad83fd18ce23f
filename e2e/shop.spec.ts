import Database from 'better-sqlite3';
import { expect, test, type APIRequestContext } from '@playwright/test';
import Stripe from 'stripe';
import { baseURL, stripeSecrets, stripeURL } from '../playwright.config';
import { catalogue, expectAxeClean, type CatalogueEntry } from './helpers';

const json = { 'content-type': 'application/json', origin: baseURL };

// Villages whose stock other specs, running in parallel, buy: e2e/order-methods.spec.ts and
// e2e/lifecycle.spec.ts.
const OTHER_SPECS = ['truong-yen', 'dong-phuong-yen'];

async function stockOf(request: APIRequestContext, sku: string) {
  return (await catalogue(request, 'vi')).find((p) => p.sku === sku);
}

/** Picks an in-stock product with at least `min` units that no other test uses. */
async function inStock(
  request: APIRequestContext,
  min: number,
  skip: string[] = [],
): Promise<CatalogueEntry> {
  const products = await catalogue(request, 'vi');
  const p = products.find(
    (x) =>
      !OTHER_SPECS.includes(x.village) &&
      x.availability === 'in_stock' &&
      (x.stock ?? 0) >= min &&
      !skip.includes(x.sku),
  );
  expect(p, `an in-stock product with ≥ ${min} units`).toBeDefined();
  return p!;
}

test.describe.configure({ mode: 'serial' });

test('buy a basket: cart → card checkout → emulator Pay → success page → stock drops', async ({
  page,
  request,
}) => {
  const product = await inStock(request, 3, ['PV-0001']);
  const before = product.stock!;
  await page.goto(new URL(product.url).pathname.replace(/^\/vi/, '/en'));
  await page.getByLabel('Quantity').fill('2');
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to your cart.' })).toBeVisible();
  await page.getByRole('link', { name: 'View cart' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cart' })).toBeVisible();
  await page.reload(); // the cart survives a reload
  const english = (await catalogue(request, 'en')).find((p) => p.sku === product.sku)!;
  await expect(page.getByRole('main').getByRole('link', { name: english.name })).toBeVisible();
  await expect(page.getByTestId('cart-total')).toContainText(
    new Intl.NumberFormat('en-US').format(product.priceVnd * 2),
  );
  // Before paying, a tourist is told the charge is in VND (their bank converts it); the note goes
  // with the card: cash on delivery asks for the address instead.
  await expect(page.getByTestId('card-currency')).toHaveText(/charged in Vietnamese đồng \(VND\)/);
  await page.getByLabel('Cash on delivery').check();
  await expect(page.getByTestId('card-currency')).toHaveCount(0);
  await expect(page.getByLabel('Full name')).toBeVisible();
  await expectAxeClean(page, 'cart with items, cash on delivery form');
  await page.getByLabel('Card (Visa, Mastercard…)').check();
  await expect(page.getByTestId('card-currency')).toBeVisible();
  await expectAxeClean(page, 'cart with items, card');
  await page.getByRole('button', { name: 'Pay by card' }).click();
  await expect(page).toHaveURL(new RegExp(`^${stripeURL}/pay/cs_test_`));
  await page.getByRole('button', { name: /^Pay/ }).click();
  await expect(page).toHaveURL(/\/en\/checkout\/success\?session_id=cs_test_/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Thank you! Your order is paid.',
  );
  await expect(page.getByTestId('order-reference')).toHaveText(/^CM-\d{4}-\d{6}$/);
  await expect(page.getByTestId('order-status')).toHaveText('Paid');
  await expectAxeClean(page, 'checkout success page');

  await expect.poll(async () => (await stockOf(request, product.sku))?.stock).toBe(before - 2);
  await page.goto(new URL(product.url).pathname);
  // The first availability on the page is the product's own (cards of its village's other pieces follow).
  await expect(page.getByTestId('stock').first()).toContainText(String(before - 2));
});

test('cancel on the payment page: back to the cart with its items, the hold released', async ({
  page,
  request,
}) => {
  const product = await inStock(request, 2, ['PV-0001']);
  await page.goto(new URL(product.url).pathname);
  await page.getByRole('button', { name: 'Thêm vào giỏ' }).click();
  await page.goto('/vi/cart');
  await page.getByRole('radio', { name: /^Thẻ quốc tế/ }).check();
  await page.getByRole('button', { name: 'Thanh toán bằng thẻ' }).click();
  await expect(page).toHaveURL(new RegExp(`^${stripeURL}/pay/`));
  await expect
    .poll(async () => (await stockOf(request, product.sku))?.stock)
    .toBe(product.stock! - 1);
  await page.getByRole('button', { name: /^Cancel|^Huỷ|^Hủy/ }).click();
  await expect(page).toHaveURL(/\/vi\/cart\?cancelled=1$/);
  await expect(page.getByRole('status').first()).toContainText('Bạn đã rời trang thanh toán');
  await expect(page.getByRole('main').getByRole('link', { name: product.name })).toBeVisible();
  await expect.poll(async () => (await stockOf(request, product.sku))?.stock).toBe(product.stock);
});

test('the last unit: 30 concurrent checkouts → exactly one reservation, 29 × 409; after payment stock is 0', async ({
  request,
}) => {
  const products = await catalogue(request, 'vi');
  const last = products.find(
    (p) => !OTHER_SPECS.includes(p.village) && p.availability === 'in_stock' && p.stock === 1,
  );
  expect(last, 'sample content has products with exactly one unit').toBeDefined();
  const body = JSON.stringify({
    items: [{ sku: last!.sku, quantity: 1 }],
    locale: 'en',
    method: 'card',
  });
  const responses = await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      request.post('/api/checkout', {
        headers: { ...json, 'x-forwarded-for': `10.9.0.${i}` },
        data: body,
      }),
    ),
  );
  const statuses = responses.map((r) => r.status()).sort();
  expect(statuses.filter((s) => s === 200)).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(29);
  const conflict = await responses.find((r) => r.status() === 409)!.json();
  expect(conflict.error).toMatchObject({ code: 'out_of_stock', sku: last!.sku, available: 0 });

  const { url } = await responses.find((r) => r.status() === 200)!.json();
  const id = new URL(url).pathname.split('/').pop();
  const pay = await request.post(`${stripeURL}/pay/${id}/complete`, { maxRedirects: 0, form: {} });
  expect([302, 303]).toContain(pay.status());
  await expect.poll(async () => (await stockOf(request, last!.sku))?.availability).toBe('sold_out');
  expect((await stockOf(request, last!.sku))?.stock).toBe(0);
});

test('checkout API: bad input answers 4xx in the request’s language and reserves nothing', async ({
  request,
}) => {
  const product = await inStock(request, 1);
  const post = (data: string, headers: Record<string, string> = json) =>
    request.post('/api/checkout', {
      headers: { 'x-forwarded-for': '10.8.0.1', ...headers },
      data: Buffer.from(data),
    });
  const cases: [string, Record<string, string>, number, string][] = [
    [JSON.stringify({ items: [], locale: 'en', method: 'card' }), json, 400, 'invalid_field'],
    [
      // More than any shelf holds: refused with how many are left.
      JSON.stringify({
        items: [{ sku: product.sku, quantity: 9999 }],
        locale: 'vi',
        method: 'card',
      }),
      json,
      409,
      'out_of_stock',
    ],
    [
      JSON.stringify({ items: [{ sku: 'NOPE-1', quantity: 1 }], locale: 'en', method: 'card' }),
      json,
      400,
      'unknown_sku',
    ],
    [
      JSON.stringify({ items: [{ sku: product.sku, quantity: 1 }], locale: 'en', method: 'card' }),
      { ...json, origin: 'https://evil.example' },
      403,
      'cross_origin',
    ],
    [
      JSON.stringify({ items: [{ sku: product.sku, quantity: 1 }], locale: 'en', method: 'card' }),
      { ...json, 'content-type': 'text/plain' },
      415,
      'unsupported_media_type',
    ],
    ['x'.repeat(17_000), json, 413, 'too_large'],
    ['{"items": [', json, 400, 'invalid_json'],
  ];
  for (const [data, headers, status, code] of cases) {
    const res = await post(data, headers);
    expect(res.status(), code).toBe(status);
    expect((await res.json()).error).toMatchObject({ code, message: expect.any(String) });
  }
  const vi = await post(
    JSON.stringify({ items: [{ sku: product.sku, quantity: 0 }], locale: 'vi', method: 'card' }),
  );
  expect((await vi.json()).error.message).toContain('số lượng');
  expect((await stockOf(request, product.sku))?.stock).toBe(product.stock);
});

test('a price in the request is ignored: the session charges the content price plus the chosen shipping', async ({
  request,
}) => {
  const product = await inStock(request, 2, ['PV-0001']);
  const res = await request.post('/api/checkout', {
    headers: { ...json, 'x-forwarded-for': '10.7.0.1' },
    data: JSON.stringify({
      items: [{ sku: product.sku, quantity: 1, price: 1, priceVnd: 1 }],
      locale: 'en',
      method: 'card',
      shipping: 'vietnam',
      total: 1,
    }),
  });
  expect(res.status()).toBe(200);
  const id = new URL((await res.json()).url).pathname.split('/').pop()!;
  const session = await (
    await request.get(`${stripeURL}/v1/checkout/sessions/${id}`, {
      headers: { authorization: 'Bearer sk_test_e2e' },
    })
  ).json();
  expect(session.currency).toBe('vnd');
  expect(session.amount_total).toBe(product.priceVnd + 35000);
});

test('a cancel link with a wrong token goes back to the cart and releases nothing', async ({
  request,
}) => {
  const cancel = await request.get('/api/checkout/cancel?ref=CM-2026-000001&token=wrong', {
    maxRedirects: 0,
  });
  expect(cancel.status()).toBe(303);
  expect(new URL(cancel.headers().location ?? '').pathname).toBe('/vi/cart');
  for (const hostile of ['//evil.example', 'https://evil.example']) {
    const res = await request.get(`/api/checkout/cancel?ref=${encodeURIComponent(hostile)}`, {
      maxRedirects: 0,
    });
    expect(new URL(res.headers().location ?? '').origin).toBe(baseURL);
  }
});

test('a return from card checkout naming no order of ours is the 404 page, readable as sent', async ({
  request,
}) => {
  for (const [url, title] of [
    ['/en/checkout/success?session_id=cs_test_notours', 'Page not found'],
    ['/vi/checkout/success', 'Không tìm thấy trang'],
  ] as const) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(404);
    expect(await res.text(), url).toMatch(new RegExp(`<h1[^>]*>${title}</h1>`));
  }
});

test('rate limit: too many checkouts from one address → 429 with Retry-After', async ({
  request,
}) => {
  let limited;
  for (let i = 0; i < 25 && !limited; i++) {
    const res = await request.post('/api/checkout', {
      headers: { ...json, 'x-forwarded-for': '10.6.0.1' },
      data: '{}',
    });
    if (res.status() === 429) limited = res;
  }
  expect(limited, 'a 429 within 25 requests').toBeDefined();
  expect(Number(limited!.headers()['retry-after'])).toBeGreaterThan(0);
  expect((await limited!.json()).error.code).toBe('rate_limited');
});

test.describe('Stripe webhook', () => {
  const payload = (id: string) =>
    JSON.stringify({
      id,
      object: 'event',
      type: 'checkout.session.completed',
      created: Math.floor(Date.now() / 1000),
      data: { object: { id: 'cs_test_nope', object: 'checkout.session', payment_status: 'paid' } },
    });
  const eventsIn = (id: string) => {
    const db = new Database(process.env.DATABASE_PATH ?? 'data/shop.db', { readonly: true });
    try {
      return (
        db.prepare('select count(*) as n from stripe_events where event_id = ?').get(id) as {
          n: number;
        }
      ).n;
    } finally {
      db.close();
    }
  };
  const stripe = new Stripe('sk_test_e2e');

  test('bad, missing and stale signatures → 400 and nothing written', async ({ request }) => {
    const body = payload('evt_bad_sig');
    const cases = [
      stripe.webhooks.generateTestHeaderString({ payload: body, secret: 'whsec_wrong' }),
      stripe.webhooks.generateTestHeaderString({
        payload: body,
        secret: stripeSecrets.webhook,
        timestamp: Math.floor(Date.now() / 1000) - 600,
      }),
      't=1,v1=deadbeef',
    ];
    for (const signature of cases) {
      const res = await request.post('/api/stripe/webhook', {
        headers: { 'stripe-signature': signature, 'content-type': 'application/json' },
        data: body,
      });
      expect(res.status()).toBe(400);
    }
    expect((await request.post('/api/stripe/webhook', { data: body })).status()).toBe(400);
    // The body altered after signing.
    const signed = stripe.webhooks.generateTestHeaderString({
      payload: body,
      secret: stripeSecrets.webhook,
    });
    expect(
      (
        await request.post('/api/stripe/webhook', {
          headers: { 'stripe-signature': signed },
          data: body.replace('paid', 'unpaid'),
        })
      ).status(),
    ).toBe(400);
    expect(eventsIn('evt_bad_sig')).toBe(0);
  });

  test('a verified event of a type we do not handle → 200 and ignored', async ({ request }) => {
    const body = payload('evt_other').replace('checkout.session.completed', 'customer.created');
    const signature = stripe.webhooks.generateTestHeaderString({
      payload: body,
      secret: stripeSecrets.webhook,
    });
    const res = await request.post('/api/stripe/webhook', {
      headers: { 'stripe-signature': signature, 'content-type': 'application/json' },
      data: body,
    });
    expect(res.status()).toBe(200);
    expect(eventsIn('evt_other')).toBe(0);
  });
});
