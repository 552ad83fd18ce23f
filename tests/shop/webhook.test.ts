import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import Stripe from 'stripe';
import { describe, expect, it, vi } from 'vitest';
import deskVi from '@/messages/desk/vi.json';

// Outside Next there is no cache to revalidate.
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

// Env is read once at import: configure before loading the route.
process.env.DATABASE_PATH = path.join(mkdtempSync(path.join(tmpdir(), 'webhook-')), 'shop.db');
process.env.STRIPE_SECRET_KEY = 'sk_test_webhook';
process.env.STRIPE_WEBHOOK_SECRET = 'whsec_webhook';
const { POST } = await import('@/app/api/stripe/webhook/route');
const { paidSession, pendingCardOrder, stockOf } = await import('./helpers');
const { getDb } = await import('@/lib/db/client');
const { orders, stripeEvents } = await import('@/lib/db/schema');
const { orderHistory } = await import('@/lib/orders/queries');
const { chargeMismatches, formatCharge } = await import('@/lib/orders/payment-mismatch');
const { fill } = await import('@/lib/desk/i18n');
const { formatVnd } = await import('@/lib/format');

const stripe = new Stripe('sk_test_webhook');
const now = () => Math.floor(Date.now() / 1000);
let serial = 0;

/** A pending card order of 290,000 ₫, one unit held; its own session id and SKU. */
async function order290k() {
  const n = ++serial;
  const sessionId = `cs_test_w${n}`;
  const sku = `WH-${String(n).padStart(4, '0')}`;
  const order = await pendingCardOrder(getDb(), {
    sessionId,
    sku,
    unitPriceVnd: 290_000,
    onShelf: 3,
  });
  return { order, sessionId, sku };
}

function signed(session: Stripe.Checkout.Session, opts: { id?: string; timestamp?: number } = {}) {
  const payload = JSON.stringify({
    id: opts.id ?? `evt_w${++serial}`,
    object: 'event',
    type: 'checkout.session.completed',
    data: { object: session },
  });
  const header = stripe.webhooks.generateTestHeaderString({
    payload,
    secret: 'whsec_webhook',
    timestamp: opts.timestamp ?? now(),
  });
  return { payload, header };
}

async function deliver({ payload, header }: { payload: string; header: string }) {
  const res = await POST(
    new Request('http://localhost/api/stripe/webhook', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': header },
      body: payload,
    }),
  );
  return { status: res.status, message: ((await res.json()) as { message: string }).message };
}

const statusOf = async (id: number) =>
  (await getDb().select().from(orders).where(eq(orders.id, id)))[0]?.status;

describe('Stripe webhook: the charge must be the order', () => {
  it('matching amount and currency (any case) pays the order and sells the held unit', async () => {
    const { order, sessionId, sku } = await order290k();
    const res = await deliver(
      signed(paidSession(sessionId, 'paid', { amount_total: 290_000, currency: 'VND' })),
    );
    expect(res).toEqual({ status: 200, message: 'applied' });
    expect(await statusOf(order.id)).toBe('paid');
    expect(await stockOf(getDb(), sku)).toMatchObject({ reserved: 0, sold: 1 });
  });

  it('1 USD for a 290,000 ₫ order: not paid, flagged for the desk, stock held as before', async () => {
    const { order, sessionId, sku } = await order290k();
    const held = await stockOf(getDb(), sku);
    const event = signed(paidSession(sessionId, 'paid', { amount_total: 100, currency: 'usd' }));
    const res = await deliver(event);
    expect(res.status).toBe(200); // Stripe must not retry for ever
    expect(res.message).toMatch(/^flagged/);
    expect(await statusOf(order.id)).toBe('pending');
    expect(await stockOf(getDb(), sku)).toEqual(held);
    expect(held).toMatchObject({ reserved: 1, sold: 0 });

    const history = await orderHistory(getDb(), order.id);
    expect(history.at(-1)).toMatchObject({ actor: 'stripe', toStatus: 'pending' });
    expect(history.at(-1)?.note).toContain('evt_w');
    const [charge] = chargeMismatches(history);
    expect(charge).toEqual({ amount: 100, currency: 'usd' });
    // What the desk's order page shows.
    const text = fill(deskVi.detail.paymentMismatch, {
      received: formatCharge(charge!, 'vi'),
      total: formatVnd(order.totalVnd, 'vi'),
    });
    expect(text.replace(/\u00A0/g, ' ')).toBe(
      'Stripe báo số tiền 1 USD, khác với đơn 290.000 ₫ — kiểm tra trên Stripe trước khi giao hàng.',
    );

    // The same event again is a duplicate; another event with the same charge adds no second flag.
    expect((await deliver(event)).message).toBe('duplicate');
    const again = await deliver(
      signed(paidSession(sessionId, 'paid', { amount_total: 100, currency: 'usd' })),
    );
    expect(again.message).toMatch(/^flagged/);
    expect(chargeMismatches(await orderHistory(getDb(), order.id))).toHaveLength(1);
    expect(await statusOf(order.id)).toBe('pending');
  });

  it('the right currency but another amount is flagged too, as is a session without one', async () => {
    for (const charge of [
      { amount_total: 1_000, currency: 'vnd' },
      { amount_total: 290_001, currency: 'vnd' },
      { amount_total: 290_000, currency: 'usd' },
      { amount_total: null, currency: null },
    ]) {
      const { order, sessionId, sku } = await order290k();
      const res = await deliver(signed(paidSession(sessionId, 'paid', charge)));
      expect(res.message, JSON.stringify(charge)).toMatch(/^flagged/);
      expect(await statusOf(order.id)).toBe('pending');
      expect(await stockOf(getDb(), sku)).toMatchObject({ reserved: 1, sold: 0 });
      expect(chargeMismatches(await orderHistory(getDb(), order.id))).toEqual([
        { amount: charge.amount_total, currency: charge.currency },
      ]);
    }
    expect(formatCharge({ amount: 1_000, currency: 'vnd' }, 'vi').replace(/\u00A0/g, ' ')).toBe(
      '1.000 ₫',
    );
    expect(formatCharge({ amount: null, currency: null }, 'en')).toBe('? ?');
  });

  it('what the buyer typed on Stripe is cleaned like our own forms', async () => {
    const { order, sessionId } = await order290k();
    const session = paidSession(sessionId);
    Object.assign(session, {
      amount_total: 290_000,
      currency: 'vnd',
      customer_details: { name: 'Ali\u202Ecod.exe\u202C', email: 'Bob@EXAMPLE.com', phone: null },
    });
    expect((await deliver(signed(session))).message).toBe('applied');
    const [row] = await getDb().select().from(orders).where(eq(orders.id, order.id));
    expect(row).toMatchObject({ customerName: 'Alicod.exe', customerEmail: 'Bob@example.com' });
  });
});

describe('Stripe webhook: signed time', () => {
  const matching = (sessionId: string) =>
    paidSession(sessionId, 'paid', { amount_total: 290_000, currency: 'vnd' });

  it('stripe-node itself accepts a signature dated an hour ahead — hence our own check', () => {
    const { payload, header } = signed(matching('cs_test_future'), { timestamp: now() + 3600 });
    expect(() => stripe.webhooks.constructEvent(payload, header, 'whsec_webhook')).not.toThrow();
  });

  it('an event signed 3600 s in the future is refused and changes nothing', async () => {
    const { order, sessionId } = await order290k();
    const events = (await getDb().select().from(stripeEvents)).length;
    const res = await deliver(signed(matching(sessionId), { timestamp: now() + 3600 }));
    expect(res.status).toBe(400);
    expect(await statusOf(order.id)).toBe('pending');
    expect(await getDb().select().from(stripeEvents)).toHaveLength(events);
  });

  it('200 s ahead (clock skew) is accepted; 301 s old is refused', async () => {
    const ahead = await order290k();
    expect(await deliver(signed(matching(ahead.sessionId), { timestamp: now() + 200 }))).toEqual({
      status: 200,
      message: 'applied',
    });
    const old = await order290k();
    const res = await deliver(signed(matching(old.sessionId), { timestamp: now() - 301 }));
    expect(res.status).toBe(400);
    expect(await statusOf(old.order.id)).toBe('pending');
  });

  it('a header with a second t=, in the future, is refused (the SDK reads only the last)', async () => {
    const { sessionId } = await order290k();
    const { payload, header } = signed(matching(sessionId));
    const res = await deliver({ payload, header: `t=${now() + 3600},${header}` });
    expect(res.status).toBe(400);
  });
});
