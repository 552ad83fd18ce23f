import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { freshDb } from '../support/db';
import { startMailSink } from '../support/smtp';
import { outbox } from '@/lib/db/schema';
import { getProducts } from '@/lib/content';
import { CLAIM_MS, flushOutbox, MAX_ATTEMPTS, queueOrderMessages } from '@/lib/notify';
import { createOrder } from '@/lib/orders/create';

// A real SMTP server on loopback that accepts everything and keeps what it got.
let sink: Awaited<ReturnType<typeof startMailSink>>;
beforeAll(async () => {
  sink = await startMailSink();
});
afterAll(() => sink.close());
/** A sender's own connection to that server. */
const toSink = () =>
  nodemailer.createTransport({
    host: '127.0.0.1',
    port: sink.port,
    secure: false,
    ignoreTLS: true,
  });

function bankOrder(db: Db, email?: string) {
  const p = getProducts('vi').find(
    (x) => x.village === 'phu-vinh' && x.availability === 'in_stock',
  )!;
  return createOrder(db, {
    method: 'bank_transfer',
    locale: 'en',
    lines: [
      {
        sku: p.sku,
        name: p.name,
        village: p.village,
        unitPriceVnd: p.priceVnd,
        quantity: 1,
        contentStock: p.stock ?? 1,
      },
    ],
    shipping: { id: 'pickup', priceVnd: 0 },
    customer: {
      name: 'Buyer',
      phone: '0912345678',
      email,
      address: { line: 'x', commune: 'y', province: 'z' },
    },
    reservedUntil: Date.now() + 1000,
  });
}

describe('order notifications', () => {
  it('queues a Vietnamese message for the village and one in the buyer’s language, then delivers them over SMTP', async () => {
    const db = await freshDb();
    const order = await bankOrder(db, 'buyer@example.com');
    expect(await queueOrderMessages(db, order.id, 'placed')).toBe(2);
    const transport = toSink();
    expect(await flushOutbox(db, transport)).toEqual({ sent: 2, failed: 0 });

    const rows = await db.select().from(outbox);
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent']);
    const village = sink.received.find((m) => m.to.includes('phuvinh@example.vn'));
    const buyer = sink.received.find((m) => m.to.includes('buyer@example.com'));
    expect(village?.raw).toContain(order.reference);
    expect(buyer?.raw).toContain(`New order ${order.reference}`);
    expect(await flushOutbox(db, transport)).toEqual({ sent: 0, failed: 0 });
  });

  it('senders running at once (two orders placed together, the sweep, a second instance) deliver each message once', async () => {
    const db = await freshDb();
    const order = await bankOrder(db, 'once@example.com');
    await queueOrderMessages(db, order.id, 'placed');
    const before = sink.received.length;
    const results = await Promise.all([1, 2, 3].map(() => flushOutbox(db, toSink())));
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(2);
    const got = sink.received.slice(before);
    expect(got.map((m) => m.to[0]).sort()).toEqual(['once@example.com', 'phuvinh@example.vn']);
  });

  it('a message whose sender died mid-send is delivered by the next sweep once its claim runs out', async () => {
    const db = await freshDb();
    const order = await bankOrder(db);
    await queueOrderMessages(db, order.id, 'paid');
    const transport = toSink();
    // What a sender that took the message and then died leaves behind.
    await db.update(outbox).set({ claimedUntil: Date.now() + CLAIM_MS });
    expect(await flushOutbox(db, transport)).toEqual({ sent: 0, failed: 0 });
    await db.update(outbox).set({ claimedUntil: Date.now() - 1 });
    expect(await flushOutbox(db, transport)).toEqual({ sent: 1, failed: 0 });
    const [row] = await db.select().from(outbox);
    expect(row).toMatchObject({ status: 'sent', claimedUntil: null });
  });

  it('without an email from the buyer, only the village hears', async () => {
    const db = await freshDb();
    const order = await bankOrder(db);
    expect(await queueOrderMessages(db, order.id, 'paid')).toBe(1);
  });

  it('a failing SMTP server never loses a message: retried, then marked failed and shown in the desk', async () => {
    const db = await freshDb();
    const order = await bankOrder(db, 'buyer@example.com');
    await queueOrderMessages(db, order.id, 'shipped');
    const broken = nodemailer.createTransport({
      host: '127.0.0.1',
      port: 1,
      secure: false,
      connectionTimeout: 500,
    });
    for (let i = 0; i < MAX_ATTEMPTS; i++) expect((await flushOutbox(db, broken)).failed).toBe(2);
    const rows = await db.select().from(outbox);
    expect(
      rows.every((r) => r.status === 'failed' && r.attempts === MAX_ATTEMPTS && r.lastError),
    ).toBe(true);
    expect(await flushOutbox(db, broken)).toEqual({ sent: 0, failed: 0 });
  });

  it('without SMTP configured, messages wait in the outbox', async () => {
    const db = await freshDb();
    const order = await bankOrder(db);
    await queueOrderMessages(db, order.id, 'placed');
    expect(await flushOutbox(db, undefined)).toEqual({ sent: 0, failed: 0 });
    expect((await db.select().from(outbox)).map((r) => r.status)).toEqual(['pending']);
  });
});
