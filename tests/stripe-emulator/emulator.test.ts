/**
 * The Stripe emulator, driven by the real `stripe` SDK over HTTP, with a webhook receiver that
 * verifies every delivery the way the shop must: stripe.webhooks.constructEvent on the raw body.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseForm } from '../../scripts/stripe-emulator/form';
import {
  startEmulator,
  type EmulatorHandle,
  type EmulatorOptions,
} from '../../scripts/stripe-emulator/server';

const WEBHOOK_SECRET = 'whsec_emulator_test';
const API_KEY = 'sk_test_emulator_key';

interface Delivery {
  event: Stripe.Event;
  raw: string;
}

/** A tiny webhook endpoint: verifies the signature, records the event, can be told to fail. */
class Receiver {
  readonly deliveries: Delivery[] = [];
  readonly rejected: string[] = [];
  failNext = 0;
  url = '';
  private server: Server | null = null;
  private readonly verifier = new Stripe(API_KEY);

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        if (this.failNext > 0) {
          this.failNext--;
          res.writeHead(500).end('boom');
          return;
        }
        try {
          const event = this.verifier.webhooks.constructEvent(
            raw,
            String(req.headers['stripe-signature']),
            WEBHOOK_SECRET,
          );
          this.deliveries.push({ event, raw });
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"received":true}');
        } catch (e) {
          this.rejected.push(e instanceof Error ? e.message : String(e));
          res.writeHead(400).end('bad signature');
        }
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/stripe/webhook`;
  }

  clear(): void {
    this.deliveries.length = 0;
    this.rejected.length = 0;
    this.failNext = 0;
  }

  types(): string[] {
    return this.deliveries.map((d) => d.event.type);
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

const receiver = new Receiver();
const running: EmulatorHandle[] = [];
let emulator: EmulatorHandle;
let stripe: Stripe;

async function start(options: EmulatorOptions = {}): Promise<void> {
  emulator = await startEmulator({
    port: 0,
    webhookUrl: receiver.url,
    webhookSecret: WEBHOOK_SECRET,
    webhookRetryDelaysMs: [20, 40, 80],
    ...options,
  });
  running.push(emulator);
  stripe = client();
}

function client(key = API_KEY, maxNetworkRetries = 0): Stripe {
  return new Stripe(key, {
    host: '127.0.0.1',
    port: emulator.port,
    protocol: 'http',
    maxNetworkRetries,
  });
}

async function waitFor(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('waitFor: timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const nowS = () => Math.floor(Date.now() / 1000);

function vndSession(
  over: Partial<Stripe.Checkout.SessionCreateParams> = {},
): Stripe.Checkout.SessionCreateParams {
  return {
    mode: 'payment',
    line_items: [
      {
        price_data: {
          currency: 'vnd',
          unit_amount: 120_000,
          product_data: {
            name: 'Nón lá làng Chuông',
            images: ['https://example.com/non-la.jpg'],
            metadata: { sku: 'NON-01' },
          },
        },
        quantity: 2,
      },
      {
        price_data: { currency: 'vnd', unit_amount: 85_000, product_data: { name: 'Giỏ mây tre' } },
        quantity: 1,
      },
    ],
    success_url: 'http://localhost:3000/vi/checkout/success?session_id={CHECKOUT_SESSION_ID}',
    cancel_url: 'http://localhost:3000/vi/cart',
    expires_at: nowS() + 60 * 60,
    metadata: { order: 'CM-2026-000001' },
    shipping_address_collection: { allowed_countries: ['VN'] },
    shipping_options: [
      {
        shipping_rate_data: {
          type: 'fixed_amount',
          fixed_amount: { amount: 30_000, currency: 'vnd' },
          display_name: 'Giao tiêu chuẩn',
        },
      },
      {
        shipping_rate_data: {
          type: 'fixed_amount',
          fixed_amount: { amount: 50_000, currency: 'vnd' },
          display_name: 'Giao nhanh',
        },
      },
    ],
    client_reference_id: 'CM-2026-000001',
    customer_email: 'khach@example.com',
    locale: 'vi',
    payment_intent_data: { metadata: { order: 'CM-2026-000001' } },
    ...over,
  };
}

/** The buyer presses Pay on the hosted page (a browser form POST). */
function pay(id: string, form: Record<string, string> = {}): Promise<Response> {
  return fetch(`${emulator.url}/pay/${id}/complete`, {
    method: 'POST',
    body: new URLSearchParams(form),
    redirect: 'manual',
  });
}

async function paidSession(): Promise<Stripe.Checkout.Session> {
  const session = await stripe.checkout.sessions.create(vndSession());
  expect((await pay(session.id)).status).toBe(303);
  return stripe.checkout.sessions.retrieve(session.id);
}

beforeAll(() => receiver.start());
afterAll(() => receiver.close());
beforeEach(() => receiver.clear());
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
});

describe('form parsing', () => {
  it('turns bracketed keys into nested objects and arrays, keeping leaves as strings', () => {
    expect(
      parseForm(
        'line_items[0][price_data][unit_amount]=120000&line_items[0][quantity]=2&expand[]=a&expand[]=b&m[k]=v',
      ),
    ).toEqual({
      line_items: [{ price_data: { unit_amount: '120000' }, quantity: '2' }],
      expand: ['a', 'b'],
      m: { k: 'v' },
    });
  });
});

describe('checkout sessions', () => {
  beforeEach(() => start());

  it('creates a VND session with Stripe-shaped amounts, urls and shipping', async () => {
    const session = await stripe.checkout.sessions.create(vndSession());
    expect(session.id).toMatch(/^cs_test_[A-Za-z0-9]+$/);
    expect(session).toMatchObject({
      object: 'checkout.session',
      status: 'open',
      payment_status: 'unpaid',
      mode: 'payment',
      currency: 'vnd',
      amount_subtotal: 325_000, // 2 × 120.000 + 85.000 đồng
      amount_total: 355_000, // + the first shipping option
      livemode: false,
      payment_intent: null,
      metadata: { order: 'CM-2026-000001' },
      client_reference_id: 'CM-2026-000001',
      customer_email: 'khach@example.com',
      success_url: 'http://localhost:3000/vi/checkout/success?session_id={CHECKOUT_SESSION_ID}',
      cancel_url: 'http://localhost:3000/vi/cart',
      url: `http://localhost:${emulator.port}/pay/${session.id}`,
      shipping_address_collection: { allowed_countries: ['VN'] },
      shipping_cost: { amount_total: 30_000, amount_subtotal: 30_000, amount_tax: 0 },
      total_details: { amount_shipping: 30_000, amount_discount: 0, amount_tax: 0 },
    });
    expect(session.shipping_options.map((o) => o.shipping_amount)).toEqual([30_000, 50_000]);
    expect(session.expires_at).toBeGreaterThan(nowS() + 59 * 60);
    const rate = await stripe.shippingRates.retrieve(String(session.shipping_cost?.shipping_rate));
    expect(rate).toMatchObject({
      display_name: 'Giao tiêu chuẩn',
      fixed_amount: { amount: 30_000, currency: 'vnd' },
    });
  });

  it('retrieves (with expanded line items), lists with filters and cursors, and expires', async () => {
    const a = await stripe.checkout.sessions.create(vndSession());
    const b = await stripe.checkout.sessions.create(vndSession());
    const c = await stripe.checkout.sessions.create(vndSession());

    const got = await stripe.checkout.sessions.retrieve(a.id, {
      expand: ['line_items.data.price.product'],
    });
    expect(
      got.line_items?.data.map((li) => [li.description, li.quantity, li.amount_total]),
    ).toEqual([
      ['Nón lá làng Chuông', 2, 240_000],
      ['Giỏ mây tre', 1, 85_000],
    ]);
    const product = got.line_items?.data[0]?.price?.product;
    expect(
      typeof product === 'object' && product !== null && 'metadata' in product
        ? product.metadata
        : null,
    ).toEqual({ sku: 'NON-01' });

    const page = await stripe.checkout.sessions.list({ limit: 2 });
    expect(page).toMatchObject({ object: 'list', has_more: true, url: '/v1/checkout/sessions' });
    expect(page.data.map((s) => s.id)).toEqual([c.id, b.id]); // newest first
    const next = await stripe.checkout.sessions.list({ limit: 2, starting_after: b.id });
    expect(next.data.map((s) => s.id)).toEqual([a.id]);
    expect(next.has_more).toBe(false);
    const all: string[] = [];
    for await (const s of stripe.checkout.sessions.list({ limit: 1 })) all.push(s.id); // SDK auto-pagination
    expect(all).toEqual([c.id, b.id, a.id]);
    expect((await stripe.checkout.sessions.list({ created: { gte: nowS() + 3600 } })).data).toEqual(
      [],
    );

    const expired = await stripe.checkout.sessions.expire(b.id);
    expect(expired).toMatchObject({ id: b.id, status: 'expired', url: null });
    expect(
      (await stripe.checkout.sessions.list({ status: 'expired' })).data.map((s) => s.id),
    ).toEqual([b.id]);
    expect((await stripe.checkout.sessions.list({ status: 'open' })).data.map((s) => s.id)).toEqual(
      [c.id, a.id],
    );
    await expect(stripe.checkout.sessions.expire(b.id)).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      statusCode: 400,
    });
    await expect(stripe.checkout.sessions.retrieve('cs_test_nope')).rejects.toMatchObject({
      statusCode: 404,
      code: 'resource_missing',
    });

    await waitFor(() => receiver.deliveries.length === 1);
    const event = receiver.deliveries[0]?.event;
    expect(event?.type).toBe('checkout.session.expired');
    expect(event?.data.object).toMatchObject({ id: b.id, status: 'expired' });
    expect(event?.request?.id).toMatch(/^req_/);
  });

  const base = vndSession();
  const firstItem = base.line_items?.[0] as Stripe.Checkout.SessionCreateParams.LineItem;
  it.each<[string, Stripe.Checkout.SessionCreateParams, string, string | undefined]>([
    [
      'a non-integer VND amount',
      {
        ...base,
        line_items: [
          {
            ...firstItem,
            price_data: { currency: 'vnd', unit_amount: 1.5, product_data: { name: 'x' } },
          },
        ],
      },
      'line_items[0][price_data][unit_amount]',
      'parameter_invalid_integer',
    ],
    [
      'a negative amount',
      {
        ...base,
        line_items: [
          {
            ...firstItem,
            price_data: { currency: 'vnd', unit_amount: -1, product_data: { name: 'x' } },
          },
        ],
      },
      'line_items[0][price_data][unit_amount]',
      'parameter_invalid_integer',
    ],
    [
      'an unknown top-level parameter',
      { ...base, bogus: 'x' } as Stripe.Checkout.SessionCreateParams,
      'bogus',
      'parameter_unknown',
    ],
    [
      'a missing product name',
      {
        ...base,
        line_items: [
          {
            price_data: {
              currency: 'vnd',
              unit_amount: 1,
            } as Stripe.Checkout.SessionCreateParams.LineItem.PriceData,
            quantity: 1,
          },
        ],
      },
      'line_items[0][price_data][product_data]',
      'parameter_missing',
    ],
    [
      'quantity 0',
      { ...base, line_items: [{ ...firstItem, quantity: 0 }] },
      'line_items[0][quantity]',
      'parameter_invalid_integer',
    ],
    [
      'mixed currencies',
      {
        ...base,
        line_items: [
          firstItem,
          {
            price_data: { currency: 'usd', unit_amount: 100, product_data: { name: 'x' } },
            quantity: 1,
          },
        ],
      },
      'line_items[1][price_data][currency]',
      undefined,
    ],
    [
      'expires_at only 10 minutes ahead',
      { ...base, expires_at: nowS() + 600 },
      'expires_at',
      undefined,
    ],
    [
      'expires_at 25 hours ahead',
      { ...base, expires_at: nowS() + 25 * 3600 },
      'expires_at',
      undefined,
    ],
    ['a relative success_url', { ...base, success_url: '/success' }, 'success_url', 'url_invalid'],
    ['mode=subscription', { ...base, mode: 'subscription' }, 'mode', undefined],
    [
      '51 metadata keys',
      {
        ...base,
        metadata: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v'])),
      },
      'metadata',
      undefined,
    ],
    [
      'a 501-character metadata value',
      { ...base, metadata: { note: 'x'.repeat(501) } },
      'metadata[note]',
      undefined,
    ],
    [
      'a shipping rate in another currency',
      {
        ...base,
        shipping_options: [
          {
            shipping_rate_data: {
              type: 'fixed_amount',
              fixed_amount: { amount: 500, currency: 'usd' },
              display_name: 'Air',
            },
          },
        ],
      },
      'shipping_options[0][shipping_rate_data][fixed_amount][currency]',
      undefined,
    ],
    [
      'six shipping options',
      {
        ...base,
        shipping_options: Array.from(
          { length: 6 },
          () => base.shipping_options?.[0] as Stripe.Checkout.SessionCreateParams.ShippingOption,
        ),
      },
      'shipping_options',
      undefined,
    ],
  ])('refuses %s, naming the parameter', async (_, params, param, code) => {
    const error = await stripe.checkout.sessions.create(params).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({ statusCode: 400, param, ...(code ? { code } : {}) });
    expect(emulator.state.sessions.size).toBe(0);
  });

  it('says why a VND amount is refused', async () => {
    const params = vndSession({
      line_items: [
        {
          price_data: { currency: 'vnd', unit_amount: 99.5, product_data: { name: 'x' } },
          quantity: 1,
        },
      ],
    });
    await expect(stripe.checkout.sessions.create(params)).rejects.toThrow(
      /Invalid integer: 99\.5\. vnd is a zero-decimal currency/,
    );
  });

  it('answers 401 for a key that is not a test secret key, in Stripe error format', async () => {
    await expect(client('sk_live_abcdef123456').checkout.sessions.list()).rejects.toMatchObject({
      type: 'StripeAuthenticationError',
      statusCode: 401,
      message: 'Invalid API Key provided: sk_live_********3456',
    });
    const res = await fetch(`${emulator.url}/v1/checkout/sessions`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({
      error: {
        type: 'invalid_request_error',
        message: expect.stringContaining('did not provide an API key'),
      },
    });
  });

  it('replays an idempotent create, and refuses the same key with other parameters', async () => {
    const params = vndSession(); // built once: expires_at must not move between the two calls
    const first = await stripe.checkout.sessions.create(params, { idempotencyKey: 'order-1' });
    const again = await stripe.checkout.sessions.create(params, { idempotencyKey: 'order-1' });
    expect(again.id).toBe(first.id);
    expect(again.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect(emulator.state.sessions.size).toBe(1);
    await expect(
      stripe.checkout.sessions.create(
        { ...params, client_reference_id: 'other' },
        { idempotencyKey: 'order-1' },
      ),
    ).rejects.toMatchObject({ type: 'StripeIdempotencyError', statusCode: 400 });
  });
});

describe('hosted page', () => {
  beforeEach(() => start());

  it('renders an accessible page with items, totals in đồng and a shipping choice', async () => {
    const session = await stripe.checkout.sessions.create(vndSession());
    const res = await fetch(`${emulator.url}/pay/${session.id}`);
    expect(res.status).toBe(200);
    const html = (await res.text()).replace(/\u00a0/g, ' ');
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Nón lá làng Chuông');
    expect(html).toContain('355.000 ₫');
    expect(html.match(/type="radio" id="shipping-\d" name="shipping_rate"/g)).toHaveLength(2);
    expect(html).toContain('<legend>Phương thức vận chuyển</legend>');
    expect(html).toMatch(/<label for="name">Họ và tên<\/label>/);
    expect(html).toMatch(
      /<button type="submit" form="pay-form" id="pay"[^>]*>Thanh toán<\/button>/,
    );
    expect(html).toMatch(/<button type="submit" id="cancel">Huỷ<\/button>/);
  });

  it('Pay completes the session, delivers a verifiable webhook first, then 303s to success_url', async () => {
    const created = await stripe.checkout.sessions.create(vndSession());
    const express = created.shipping_options[1]?.shipping_rate;
    const res = await pay(created.id, { shipping_rate: String(express) });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(
      `http://localhost:3000/vi/checkout/success?session_id=${created.id}`,
    );

    // Delivered before the redirect: no waiting needed.
    expect(receiver.rejected).toEqual([]);
    expect(receiver.types()).toEqual(['checkout.session.completed']);
    const event = receiver.deliveries[0]?.event as Stripe.CheckoutSessionCompletedEvent;
    expect(event.id).toMatch(/^evt_/);
    expect(event.data.object).toMatchObject({
      id: created.id,
      status: 'complete',
      payment_status: 'paid',
      amount_total: 375_000,
    });

    const session = await stripe.checkout.sessions.retrieve(created.id, {
      expand: ['payment_intent'],
    });
    expect(session).toMatchObject({
      status: 'complete',
      payment_status: 'paid',
      url: null,
      amount_total: 375_000,
      shipping_cost: { amount_total: 50_000, shipping_rate: express },
      customer_details: { email: 'khach@example.com', address: { country: 'VN' } },
      collected_information: { shipping_details: { address: { country: 'VN' } } },
    });
    expect(session.payment_intent).toMatchObject({
      id: expect.stringMatching(/^pi_test_/),
      amount: 375_000,
      status: 'succeeded',
      metadata: { order: 'CM-2026-000001' },
    });

    // A second click does not pay twice.
    expect((await pay(created.id)).status).toBe(303);
    await emulator.idle();
    expect(receiver.deliveries).toHaveLength(1);
    expect((await stripe.events.list({ type: 'checkout.session.completed' })).data).toHaveLength(1);
  });

  it('Cancel 303s to cancel_url and leaves the session open', async () => {
    const created = await stripe.checkout.sessions.create(vndSession());
    const res = await fetch(`${emulator.url}/pay/${created.id}/cancel`, {
      method: 'POST',
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('http://localhost:3000/vi/cart');
    expect((await stripe.checkout.sessions.retrieve(created.id)).status).toBe('open');
  });

  it('shows a message instead of the form for expired sessions', async () => {
    const created = await stripe.checkout.sessions.create(vndSession({ locale: 'en' }));
    await stripe.checkout.sessions.expire(created.id);
    const res = await fetch(`${emulator.url}/pay/${created.id}`);
    expect(res.status).toBe(410);
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('has expired');
    expect(html).not.toContain('<form');
    expect((await pay(created.id)).status).toBe(410);
  });
});

describe('refunds and events', () => {
  beforeEach(() => start());

  it('refunds part and then the rest of a paid session, idempotently, and refuses too much', async () => {
    const session = await paidSession();
    const paymentIntent = String(session.payment_intent);
    const refund = await stripe.refunds.create(
      { payment_intent: paymentIntent, amount: 100_000, metadata: { why: 'vỡ' } },
      { idempotencyKey: 'refund-1' },
    );
    expect(refund).toMatchObject({
      id: expect.stringMatching(/^re_test_/),
      status: 'succeeded',
      amount: 100_000,
      currency: 'vnd',
      payment_intent: paymentIntent,
    });
    const replay = await stripe.refunds.create(
      { payment_intent: paymentIntent, amount: 100_000, metadata: { why: 'vỡ' } },
      { idempotencyKey: 'refund-1' },
    );
    expect(replay.id).toBe(refund.id);

    await expect(
      stripe.refunds.create({ payment_intent: paymentIntent, amount: 300_000 }),
    ).rejects.toMatchObject({
      statusCode: 400,
      code: 'amount_too_large',
      param: 'amount',
    });
    const rest = await stripe.refunds.create({ payment_intent: paymentIntent });
    expect(rest.amount).toBe(355_000 - 100_000);
    await expect(
      stripe.refunds.create({ payment_intent: paymentIntent, amount: 1 }),
    ).rejects.toMatchObject({ code: 'charge_already_refunded' });
    await expect(
      stripe.refunds.create({ payment_intent: 'pi_test_unknown' }),
    ).rejects.toMatchObject({
      code: 'resource_missing',
      param: 'payment_intent',
    });
    expect(
      (await stripe.refunds.list({ payment_intent: paymentIntent })).data.map((r) => r.id),
    ).toEqual([rest.id, refund.id]);
  });

  it('lists events by type and creation time', async () => {
    const before = nowS();
    await paidSession();
    const open = await stripe.checkout.sessions.create(vndSession());
    await stripe.checkout.sessions.expire(open.id);
    const all = await stripe.events.list({ created: { gte: before } });
    expect(all.data.map((e) => e.type)).toEqual([
      'checkout.session.expired',
      'checkout.session.completed',
    ]);
    expect((await stripe.events.list({ type: 'checkout.session.completed' })).data).toHaveLength(1);
    expect((await stripe.events.list({ type: 'checkout.session.*' })).data).toHaveLength(2);
    expect((await stripe.events.list({ created: { gte: before + 3600 } })).data).toHaveLength(0);
    const one = all.data[0];
    expect(await stripe.events.retrieve(String(one?.id))).toMatchObject({
      id: one?.id,
      object: 'event',
      livemode: false,
    });
  });

  it('expires sessions on its own clock once expires_at passes', async () => {
    await emulator.close();
    let clock = Date.now();
    await start({ now: () => clock });
    const session = await stripe.checkout.sessions.create(vndSession({ expires_at: undefined }));
    expect(session.expires_at - session.created).toBe(24 * 3600); // Stripe's default
    clock += 25 * 3600 * 1000;
    expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe('expired');
    await waitFor(() => receiver.deliveries.length === 1);
    expect(receiver.deliveries[0]?.event).toMatchObject({
      type: 'checkout.session.expired',
      request: { id: null },
    });
  });
});

describe('faults', () => {
  beforeEach(() => start());

  it('fail500: the next N calls answer 500 api_error; they are not saved under the idempotency key', async () => {
    emulator.setFaults({ fail500: 1 });
    await expect(stripe.checkout.sessions.list()).rejects.toMatchObject({
      type: 'StripeAPIError',
      statusCode: 500,
    });
    await expect(stripe.checkout.sessions.list()).resolves.toMatchObject({ object: 'list' });

    // The SDK retries a 500 with the same idempotency key, and the retry goes through once.
    emulator.setFaults({ fail500: 1 });
    const session = await client(API_KEY, 1).checkout.sessions.create(vndSession());
    expect(session.status).toBe('open');
    expect(emulator.state.sessions.size).toBe(1);
  });

  it('delayMs: every API answer is late', async () => {
    emulator.setFaults({ delayMs: 150 });
    const started = Date.now();
    await stripe.checkout.sessions.list();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('dropWebhooks: events are recorded but never delivered', async () => {
    emulator.setFaults({ dropWebhooks: true });
    await paidSession();
    await emulator.idle();
    expect(receiver.deliveries).toHaveLength(0);
    expect(emulator.state.deliveries.map((d) => d.outcome)).toEqual(['dropped']);
    expect((await stripe.events.list()).data.map((e) => e.type)).toEqual([
      'checkout.session.completed',
    ]);
  });

  it('duplicateWebhooks: the same event arrives N times', async () => {
    emulator.setFaults({ duplicateWebhooks: 3 });
    await paidSession();
    expect(receiver.types()).toEqual(Array(3).fill('checkout.session.completed'));
    expect(new Set(receiver.deliveries.map((d) => d.event.id)).size).toBe(1);
  });

  it('reorderWebhooks: events are held and arrive newest first, with the next event or on flush', async () => {
    const a = await stripe.checkout.sessions.create(vndSession());
    const b = await stripe.checkout.sessions.create(vndSession());
    const c = await stripe.checkout.sessions.create(vndSession());
    emulator.setFaults({ reorderWebhooks: true });
    await stripe.checkout.sessions.expire(a.id);
    await emulator.idle();
    expect(receiver.deliveries).toHaveLength(0);
    await stripe.checkout.sessions.expire(b.id);
    await waitFor(() => receiver.deliveries.length === 2);
    expect(
      receiver.deliveries.map((d) => (d.event.data.object as Stripe.Checkout.Session).id),
    ).toEqual([b.id, a.id]);

    await stripe.checkout.sessions.expire(c.id);
    await emulator.idle();
    expect(receiver.deliveries).toHaveLength(2);
    const res = await fetch(`${emulator.url}/__emulator/flush`, { method: 'POST' });
    expect(await res.json()).toEqual({ flushed: 1 });
    expect((receiver.deliveries[2]?.event.data.object as Stripe.Checkout.Session).id).toBe(c.id);
  });

  it('slowWebhook: the buyer reaches success_url before the webhook arrives', async () => {
    emulator.setFaults({ slowWebhook: 500 }); // long enough to lose no race on a busy machine
    const session = await stripe.checkout.sessions.create(vndSession());
    const res = await pay(session.id);
    expect(res.status).toBe(303);
    expect(receiver.deliveries).toHaveLength(0);
    await emulator.idle();
    expect(receiver.types()).toEqual(['checkout.session.completed']);
  });

  it('retries a failed delivery with backoff until the endpoint answers 2xx', async () => {
    receiver.failNext = 2;
    const session = await stripe.checkout.sessions.create(vndSession());
    expect((await pay(session.id)).status).toBe(303);
    await emulator.idle();
    expect(receiver.types()).toEqual(['checkout.session.completed']);
    expect(emulator.state.deliveries.map((d) => [d.attempt, d.outcome, d.status])).toEqual([
      [1, 'failed', 500],
      [2, 'failed', 500],
      [3, 'delivered', 200],
    ]);
    expect(emulator.state.events[0]?.pending_webhooks).toBe(0);
  });

  it("gives up after 3 retries, and never fails the buyer's redirect", async () => {
    await emulator.close();
    await start({ webhookUrl: 'http://127.0.0.1:9/unreachable' });
    const session = await stripe.checkout.sessions.create(vndSession());
    expect((await pay(session.id)).status).toBe(303);
    await emulator.idle();
    expect(emulator.state.deliveries.map((d) => d.outcome)).toEqual([
      'failed',
      'failed',
      'failed',
      'failed',
    ]);
    expect(emulator.state.events[0]?.pending_webhooks).toBe(1);
  });

  it('takes faults over HTTP, shows them in /__emulator/state, and resets', async () => {
    const set = await fetch(`${emulator.url}/__emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ fail500: 1, delayMs: 0 }),
    });
    expect(await set.json()).toMatchObject({ fail500: 1, dropWebhooks: false });
    await expect(stripe.checkout.sessions.list()).rejects.toMatchObject({ statusCode: 500 });
    const bad = await fetch(`${emulator.url}/__emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ explode: true }),
    });
    expect(bad.status).toBe(400);

    await stripe.checkout.sessions.create(vndSession());
    emulator.setFaults({ dropWebhooks: true });
    const state = (await (await fetch(`${emulator.url}/__emulator/state`)).json()) as {
      sessions: unknown[];
      faults: { dropWebhooks: boolean; fail500: number };
    };
    expect(state.sessions).toHaveLength(1);
    expect(state.faults).toMatchObject({ dropWebhooks: true, fail500: 0 });

    await fetch(`${emulator.url}/__emulator/reset`, { method: 'POST' });
    expect(emulator.state.sessions.size).toBe(0);
    expect(emulator.faults().dropWebhooks).toBe(false);
  });
});
