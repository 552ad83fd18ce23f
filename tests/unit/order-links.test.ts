import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';

// The env module reads process.env once, at import: point the database at a fresh file first.
process.env.DATABASE_PATH = path.join(mkdtempSync(path.join(tmpdir(), 'order-links-')), 'shop.db');
const { default: proxy } = await import('@/proxy');
const { getDb } = await import('@/lib/db/client');
const { createOrder } = await import('@/lib/orders/create');
const { newOrderSecret, orderToken, orderTokenMatches } = await import('@/lib/orders/link');
const { pendingCardOrder } = await import('../shop/helpers');

const access = newOrderSecret();
const order = await createOrder(getDb(), {
  method: 'cod',
  locale: 'vi',
  lines: [
    {
      sku: 'PV-0001',
      name: 'Giỏ',
      village: 'phu-vinh',
      unitPriceVnd: 120000,
      quantity: 1,
      contentStock: 3,
    },
  ],
  shipping: { id: 'pickup', priceVnd: 0 },
  reservedUntil: Date.now() + 3_600_000,
  accessTokenHash: access.hash,
});
const token = orderToken(order.reference, access.secret);

// A card order, as the checkout leaves it before the buyer comes back from Stripe.
const session = 'cs_test_a1B2c3D4e5';
const card = await pendingCardOrder(getDb(), { sessionId: session });

const get = (url: string) => proxy(new NextRequest(new URL(url, 'http://localhost:3000')));
const rewrittenTo = (res: Response) => {
  const target = res.headers.get('x-middleware-rewrite');
  return target && new URL(target).pathname;
};

describe('proxy: a buyer’s order link', () => {
  it('passes the link from the confirmation (reference and token) on to the order page', () => {
    for (const locale of ['vi', 'en']) {
      const res = get(`/${locale}/orders/${order.reference}?token=${token}`);
      expect(res.status).toBe(200);
      expect(rewrittenTo(res)).not.toBe(`/${locale}/not-found`);
      expect(res.headers.get('content-security-policy')).toMatch(/'nonce-/);
    }
  });

  it('answers a wrong, missing or truncated token, or another reference, with the 404 page in the link’s language', () => {
    const next = order.reference.replace(/\d+$/, (n) =>
      String(Number(n) + 1).padStart(n.length, '0'),
    );
    for (const [url, locale] of [
      [`/vi/orders/${order.reference}?token=${'A'.repeat(43)}`, 'vi'],
      [`/vi/orders/${order.reference}`, 'vi'],
      [`/en/orders/${order.reference}?token=${token.slice(0, 30)}`, 'en'],
      [`/en/orders/${next}?token=${token}`, 'en'],
      [`/vi/orders/khong-phai-ma-don?token=${token}`, 'vi'],
    ] as const) {
      const res = get(url);
      expect(res.status, url).toBe(404);
      expect(rewrittenTo(res), url).toBe(`/${locale}/not-found`);
    }
  });
});

describe('proxy: the return from Stripe Checkout', () => {
  it('passes a session of one of our orders on to the result page', () => {
    const res = get(`/en/checkout/success?session_id=${session}&order=${card.reference}`);
    expect(res.status).toBe(200);
    expect(rewrittenTo(res)).not.toBe('/en/not-found');
  });

  it('answers a missing, malformed or unknown session with the 404 page in the link’s language', () => {
    for (const [url, locale] of [
      ['/en/checkout/success', 'en'],
      ['/vi/checkout/success?session_id=', 'vi'],
      ['/vi/checkout/success?session_id=cs_test_unknown', 'vi'],
      [`/en/checkout/success?session_id=${session}%27--`, 'en'],
      [`/en/checkout/success?session_id=${session.slice(0, -1)}`, 'en'],
      [`/en/checkout/success?session_id=${session}&order=${card.reference.slice(0, -2)}`, 'en'],
    ] as const) {
      const res = get(url);
      expect(res.status, url).toBe(404);
      expect(rewrittenTo(res), url).toBe(`/${locale}/not-found`);
    }
  });
});

describe('the token in a buyer’s link', () => {
  it('opens its own order only: the checksum alone, which anyone can compute, opens nothing', () => {
    expect(orderTokenMatches(order.reference, token, order.accessTokenHash)).toBe(true);
    // A token made up for this reference passes the proxy's look at the link, not the order's
    // stored hash: the page answers 404.
    const forged = orderToken(order.reference, newOrderSecret().secret);
    const res = get(`/vi/orders/${order.reference}?token=${forged}`);
    expect(res.status).toBe(200);
    expect(orderTokenMatches(order.reference, forged, order.accessTokenHash)).toBe(false);
    expect(orderTokenMatches(order.reference, token, card.accessTokenHash)).toBe(false);
    expect(orderTokenMatches(order.reference, token, null)).toBe(false);
  });
});
