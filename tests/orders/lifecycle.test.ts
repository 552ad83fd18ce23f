import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import type { Db } from '@/lib/db/client';
import { inventory, orders } from '@/lib/db/schema';
import { confirmCod, confirmTransfer, markDelivered, markShipped } from '@/lib/desk/actions';
import { cancelOrder, type CardGateway } from '@/lib/desk/cancel';
import { ordersCsv } from '@/lib/desk/csv';
import { listOrders, orderDetail } from '@/lib/desk/orders';
import { availableStock } from '@/lib/orders/stock';
import { expireLapsed, markPaid } from '@/lib/orders/transitions';
import { admin, freshDb, order, rep, snapshot } from '../desk/helpers';

const HOUR = 3_600_000;
const stock = async (db: Db, sku: string) =>
  (await db.select().from(inventory).where(eq(inventory.sku, sku)))[0];
const statusOf = async (db: Db, id: number) =>
  (await db.select().from(orders).where(eq(orders.id, id)))[0]?.status;

/** Two villages' pieces in one basket: 2 × 100 000 from Phú Vinh, 1 × 250 000 from Phú Yên. */
async function mixed(method: 'card' | 'bank_transfer' | 'cod' = 'bank_transfer') {
  const db = await freshDb();
  const lan = await rep(db, 'phu-vinh', 'lan');
  const minh = await rep(db, 'phu-yen', 'minh');
  const boss = await admin(db);
  const o = await order(db, method, [
    { sku: 'PV-0001', village: 'phu-vinh', quantity: 2, onShelf: 5 },
    { sku: 'PY-0001', village: 'phu-yen', quantity: 1, price: 250_000, onShelf: 3 },
  ]);
  return { db, lan, minh, boss, o };
}

describe('per-village fulfilment', () => {
  it('a representative sees their part only: its lines, its total, the buyer — never the other village', async () => {
    const { db, lan, minh, o } = await mixed();
    const forLan = (await orderDetail(db, lan, o.reference))!.order;
    expect(forLan.lines.map((l) => l.sku)).toEqual(['PV-0001']);
    expect(forLan.shipments.map((s) => s.village)).toEqual(['phu-vinh']);
    expect(forLan.totalVnd).toBe(200_000);
    expect(forLan.customerPhone).toBe('0912345678');
    const forMinh = (await listOrders(db, minh, {})).orders[0]!;
    expect(forMinh.lines.map((l) => l.sku)).toEqual(['PY-0001']);
    expect(forMinh.totalVnd).toBe(250_000);
    const csv = ordersCsv([forMinh]);
    expect(csv).toContain('PY-0001');
    expect(csv).not.toContain('PV-0001');
    expect(csv).not.toContain(String(o.totalVnd));
  });

  it('only someone who sees the whole order confirms its one transfer', async () => {
    const { db, lan, boss, o } = await mixed();
    const before = await snapshot(db);
    expect(await confirmTransfer(db, lan, o.reference, o.totalVnd)).toEqual({
      ok: false,
      error: 'wrong_state',
    });
    expect(await snapshot(db)).toEqual(before);
    expect(await confirmTransfer(db, boss, o.reference, o.totalVnd)).toMatchObject({
      ok: true,
      order: { status: 'paid' },
    });
  });

  it('each village ships its own part; the order is shipped when both are; the other cannot touch it', async () => {
    const { db, lan, minh, boss, o } = await mixed();
    await confirmTransfer(db, boss, o.reference, o.totalVnd);
    expect(
      await markShipped(db, lan, o.reference, { carrier: 'GHN', trackingNumber: 'GHN1' }),
    ).toMatchObject({ ok: true, order: { status: 'paid' } });
    // Minh names Lan's part: refused as if the order were not his, and nothing changes.
    const before = await snapshot(db);
    expect(await markDelivered(db, minh, o.reference, 'phu-vinh')).toEqual({
      ok: false,
      error: 'not_found',
    });
    expect(
      await markShipped(db, minh, o.reference, {
        carrier: 'Giả',
        trackingNumber: 'X1',
        village: 'phu-vinh',
      }),
    ).toEqual({ ok: false, error: 'not_found' });
    expect(await cancelOrder(db, minh, o.reference, 'x', null, 'phu-vinh')).toEqual({
      ok: false,
      error: 'not_found',
    });
    expect(await snapshot(db)).toEqual(before);
    expect(
      await markShipped(db, minh, o.reference, {
        carrier: 'VNPost',
        trackingNumber: 'VN9',
        village: 'phu-yen',
      }),
    ).toMatchObject({ ok: true, order: { status: 'shipped' } });
    const parts = (await orderDetail(db, boss, o.reference))!.order.shipments;
    expect(parts.map((s) => [s.village, s.status, s.trackingNumber])).toEqual([
      ['phu-vinh', 'shipped', 'GHN1'],
      ['phu-yen', 'shipped', 'VN9'],
    ]);
    // Minh's history shows his part and the order's own rows, not Lan's parcel.
    const history = (await orderDetail(db, minh, o.reference))!.history;
    expect(history.some((e) => e.village === 'phu-vinh')).toBe(false);
    expect(history.some((e) => e.village === 'phu-yen' && e.toStatus === 'shipped')).toBe(true);
  });

  it("cancelling one village's part of a paid card order refunds its lines and returns its stock only", async () => {
    const { db, lan, o } = await mixed('card');
    await markPaid(db, o.id, 'stripe', { stripePaymentIntentId: 'pi_1' });
    const gateway: CardGateway = {
      refund: vi.fn(async () => ({ id: 're_1' })),
      expireSession: vi.fn(async () => undefined),
    };
    expect(await cancelOrder(db, lan, o.reference, 'vỡ', gateway)).toMatchObject({ ok: true });
    expect(gateway.refund).toHaveBeenCalledWith('pi_1', `${o.reference}-phu-vinh`, 200_000);
    expect(await stock(db, 'PV-0001')).toMatchObject({ sold: 0 });
    expect(await stock(db, 'PY-0001')).toMatchObject({ sold: 1 });
    expect(await statusOf(db, o.id)).toBe('paid');
  });

  it('an unpaid mixed order is one payment: a representative cannot cancel part of it', async () => {
    const { db, lan, boss, o } = await mixed();
    const before = await snapshot(db);
    expect(await cancelOrder(db, lan, o.reference, 'x', null)).toEqual({
      ok: false,
      error: 'wrong_state',
    });
    expect(await snapshot(db)).toEqual(before);
    expect(await cancelOrder(db, boss, o.reference, 'x', null, 'phu-vinh')).toMatchObject({
      ok: true,
      order: { status: 'cancelled' },
    });
    expect(await stock(db, 'PY-0001')).toMatchObject({ reserved: 0 });
  });
});

describe('holds lapse by time', () => {
  it('a bank transfer hold stops counting after HOLD_BANK_TRANSFER_HOURS, before anything releases it', async () => {
    const db = await freshDb();
    const now = Date.now();
    await order(
      db,
      'bank_transfer',
      [{ sku: 'PV-0001', village: 'phu-vinh', quantity: 5, onShelf: 5 }],
      {
        hold: 'method',
        now,
      },
    );
    expect(await availableStock(db, 'PV-0001', now + 47 * HOUR)).toBe(0);
    expect(await availableStock(db, 'PV-0001', now + 48 * HOUR + 1)).toBe(5);
  });

  it('a new buyer takes units of a lapsed hold at once, and the lapsed order expires', async () => {
    const db = await freshDb();
    const now = Date.now();
    const first = await order(
      db,
      'bank_transfer',
      [{ sku: 'PV-0001', village: 'phu-vinh', quantity: 5, onShelf: 5 }],
      {
        hold: 'method',
        now,
      },
    );
    await order(
      db,
      'bank_transfer',
      [{ sku: 'PV-0001', village: 'phu-vinh', quantity: 5, onShelf: 5 }],
      {
        hold: 'method',
        now: now + 49 * HOUR,
        phone: '0987654321',
      },
    );
    expect(await statusOf(db, first.id)).toBe('expired');
    expect(await stock(db, 'PV-0001')).toMatchObject({ reserved: 5, sold: 0 });
  });

  it('cash on delivery lapses after HOLD_COD_HOURS unless the village confirmed it', async () => {
    const db = await freshDb();
    const lan = await rep(db, 'phu-vinh', 'lan');
    const now = Date.now();
    const confirmed = await order(
      db,
      'cod',
      [{ sku: 'PV-0001', village: 'phu-vinh', quantity: 2, onShelf: 5 }],
      {
        hold: 'method',
        now,
      },
    );
    const ignored = await order(
      db,
      'cod',
      [{ sku: 'PV-0001', village: 'phu-vinh', quantity: 2, onShelf: 5 }],
      {
        hold: 'method',
        now,
        phone: '0987654321',
      },
    );
    expect(await confirmCod(db, lan, confirmed.reference)).toMatchObject({ ok: true });
    expect(await availableStock(db, 'PV-0001', now + 25 * HOUR)).toBe(3);
    expect(await expireLapsed(db, now + 25 * HOUR)).toBe(1);
    expect(await statusOf(db, ignored.id)).toBe('expired');
    expect(await statusOf(db, confirmed.id)).toBe('pending');
    expect(await stock(db, 'PV-0001')).toMatchObject({ reserved: 2 });
  });

  it('one phone number may have at most COD_MAX_OPEN_ORDERS unconfirmed cash-on-delivery orders', async () => {
    const db = await freshDb();
    const lan = await rep(db, 'phu-vinh', 'lan');
    const line = [{ sku: 'PV-0001', village: 'phu-vinh', quantity: 1, onShelf: 10 }];
    const a = await order(db, 'cod', line, { hold: 'method' });
    await order(db, 'cod', line, { hold: 'method' });
    const before = await snapshot(db);
    await expect(order(db, 'cod', line, { hold: 'method' })).rejects.toThrow(/At most 2/);
    expect(await snapshot(db)).toEqual(before);
    await confirmCod(db, lan, a.reference);
    expect(await order(db, 'cod', line, { hold: 'method' })).toMatchObject({ status: 'pending' });
  });

  it('five cash-on-delivery checkouts of one phone at the same moment: two orders, three refusals', async () => {
    const db = await freshDb();
    const line = [{ sku: 'PV-0001', village: 'phu-vinh', quantity: 1, onShelf: 10 }];
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => order(db, 'cod', line, { hold: 'method' })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused.map((r) => String(r.reason))).toEqual(
      Array(3).fill(expect.stringMatching(/At most 2/)),
    );
    expect(await stock(db, 'PV-0001')).toMatchObject({ reserved: 2 });
  });
});
