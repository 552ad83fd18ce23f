import { afterAll, describe, expect, it } from 'vitest';
import { startEmulator } from '@/scripts/stripe-emulator/server';

// The env module reads process.env once, at import: set it before importing anything that uses it.
const emulator = await startEmulator({ port: 0, webhookUrl: null, webhookSecret: 'whsec_unit' });
process.env.STRIPE_SECRET_KEY = 'sk_test_unit';
process.env.STRIPE_WEBHOOK_SECRET = 'whsec_unit';
process.env.STRIPE_API_URL = emulator.url;

const { startCheckout } = await import('@/lib/checkout');
const { getProducts } = await import('@/lib/content');
const { freshDb } = await import('../support/db');
const { orders } = await import('@/lib/db/schema');
const { eq } = await import('drizzle-orm');
const { releaseLease, tryLease } = await import('@/lib/db/lock');
const { sweep, stockDrift, isSweepToken } = await import('@/lib/checkout/schedule');

afterAll(() => emulator.close());
const origin = 'http://localhost:3000';
const inStock = getProducts('vi').find(
  (p) => p.availability === 'in_stock' && (p.stock ?? 0) >= 2,
)!;

describe("the server's own sweep (no command, no cron)", () => {
  it('pays a card payment completed while the server was down, and refreshes its product', async () => {
    const db = await freshDb();
    emulator.setFaults({ dropWebhooks: true });
    const { url } = await startCheckout(
      { items: [{ sku: inStock.sku, quantity: 1 }], locale: 'vi', method: 'card' },
      origin,
      db,
    );
    const id = new URL(url).pathname.split('/').pop()!;
    await fetch(`${emulator.url}/pay/${id}/complete`, {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams(),
    });
    const status = async () =>
      (
        await db
          .select({ status: orders.status })
          .from(orders)
          .where(eq(orders.stripeSessionId, id))
      )[0]?.status;
    expect(await status()).toBe('pending');
    // What startup runs, three seconds after the server listens again.
    const result = await sweep(db);
    expect(result).toEqual({ ran: true, skus: [inStock.sku] });
    expect(await status()).toBe('paid');
    emulator.setFaults({ dropWebhooks: false });
  });

  it('releases lapsed holds and names the products whose pages must change', async () => {
    const db = await freshDb();
    await startCheckout(
      {
        items: [{ sku: inStock.sku, quantity: 2 }],
        locale: 'vi',
        method: 'bank_transfer',
        customer: {
          name: 'Nguyễn Thị Hoa',
          phone: '0912345678',
          address: { line: '12 Đường Láng', commune: 'Phường Láng', province: 'Hà Nội' },
        },
      },
      origin,
      db,
    );
    const later = Date.now() + 49 * 3_600_000;
    // A new process refreshes every product once (an earlier process's expirations died with it),
    // then only what changed.
    expect(await stockDrift(db, Date.now())).toHaveLength(getProducts('vi').length);
    expect(await stockDrift(db, Date.now())).toEqual([]);
    expect(await sweep(db, later)).toMatchObject({ ran: true, skus: [inStock.sku] });
    expect(await stockDrift(db, later)).toEqual([inStock.sku]);
    expect(await db.select().from(orders).where(eq(orders.status, 'expired'))).toHaveLength(1);
  });

  it('runs in one process at a time: a second sweep while the lease is held does nothing', async () => {
    const db = await freshDb();
    expect(await tryLease(db, 'scheduled-sweep', 'other-instance', 60_000)).toBe(true);
    expect(await sweep(db)).toEqual({ ran: false, skus: [] });
    // A holder that died: its lease runs out and the next sweep goes ahead.
    expect(await sweep(db, Date.now() + 61_000)).toMatchObject({ ran: true });
    await releaseLease(db, 'scheduled-sweep', 'other-instance');
  });

  it('is reachable only with the per-process token', () => {
    expect(isSweepToken(null)).toBe(false);
    expect(isSweepToken('x'.repeat(64))).toBe(false);
  });
});
