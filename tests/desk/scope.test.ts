import { describe, expect, it, vi } from 'vitest';
import { confirmTransfer, markDelivered, markShipped } from '@/lib/desk/actions';
import { cancelOrder, type CardGateway } from '@/lib/desk/cancel';
import { parseFilters } from '@/lib/desk/filters';
import { listOrders, orderDetail } from '@/lib/desk/orders';
import { admin, freshDb, order, rep, snapshot } from './helpers';

async function world() {
  const db = await freshDb();
  const a = await rep(db, 'phu-vinh');
  const b = await rep(db, 'van-vo');
  const boss = await admin(db);
  const ofA = await order(db, 'bank_transfer', [{ sku: 'PV-0001', village: 'phu-vinh' }], {
    phone: '0911111111',
  });
  const ofB = await order(db, 'bank_transfer', [{ sku: 'VV-0001', village: 'van-vo' }], {
    phone: '0922222222',
  });
  const mixed = await order(db, 'cod', [
    { sku: 'PV-0002', village: 'phu-vinh' },
    { sku: 'VV-0002', village: 'van-vo' },
  ]);
  return { db, a, b, boss, ofA, ofB, mixed };
}

const refs = (list: { reference: string }[]) => list.map((o) => o.reference).sort();

describe('a representative sees only orders with a line from their village', () => {
  it('the list excludes other villages; a mixed order shows for both; the admin sees all', async () => {
    const { db, a, b, boss, ofA, ofB, mixed } = await world();
    expect(refs((await listOrders(db, a, {})).orders)).toEqual(refs([ofA, mixed]));
    expect(refs((await listOrders(db, b, {})).orders)).toEqual(refs([ofB, mixed]));
    expect(refs((await listOrders(db, boss, {})).orders)).toEqual(refs([ofA, ofB, mixed]));
  });

  it("a representative's village filter cannot widen the scope; the admin's narrows it", async () => {
    const { db, a, boss, ofB, mixed } = await world();
    expect(
      refs((await listOrders(db, a, parseFilters({ village: 'van-vo' }))).orders),
    ).not.toContain(ofB.reference);
    expect(refs((await listOrders(db, boss, parseFilters({ village: 'van-vo' }))).orders)).toEqual(
      refs([ofB, mixed]),
    );
  });

  it("searching another village's reference or phone finds nothing", async () => {
    const { db, a, boss, ofB } = await world();
    expect((await listOrders(db, a, parseFilters({ q: ofB.reference }))).orders).toEqual([]);
    expect((await listOrders(db, a, parseFilters({ q: '0922 222 222' }))).orders).toEqual([]);
    expect(
      refs((await listOrders(db, boss, parseFilters({ q: '+84 922 222 222' }))).orders),
    ).toEqual([ofB.reference]);
    expect(
      refs((await listOrders(db, boss, parseFilters({ q: ofB.reference.toLowerCase() }))).orders),
    ).toEqual([ofB.reference]);
  });

  it("the detail lookup of another village's order is undefined, like a missing one", async () => {
    const { db, a, ofA, ofB, mixed } = await world();
    expect(await orderDetail(db, a, ofB.reference)).toBeUndefined();
    expect(await orderDetail(db, a, 'CM-2099-999999')).toBeUndefined();
    expect((await orderDetail(db, a, ofA.reference))?.order.reference).toBe(ofA.reference);
    expect((await orderDetail(db, a, mixed.reference))?.history).toHaveLength(1);
  });

  it("every action on another village's order is refused and writes nothing", async () => {
    const { db, a, ofB } = await world();
    const before = await snapshot(db);
    const gateway: CardGateway = { refund: vi.fn(), expireSession: vi.fn() };
    expect(await confirmTransfer(db, a, ofB.reference, ofB.totalVnd)).toEqual({
      ok: false,
      error: 'not_found',
    });
    expect(
      await markShipped(db, a, ofB.reference, { carrier: 'VNPost', trackingNumber: 'X1' }),
    ).toEqual({
      ok: false,
      error: 'not_found',
    });
    expect(await markDelivered(db, a, ofB.reference)).toEqual({ ok: false, error: 'not_found' });
    expect(await cancelOrder(db, a, ofB.reference, 'thử', gateway)).toEqual({
      ok: false,
      error: 'not_found',
    });
    expect(gateway.refund).not.toHaveBeenCalled();
    expect(gateway.expireSession).not.toHaveBeenCalled();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('filters', () => {
  it('status, method and Vietnam-day date ranges', async () => {
    const db = await freshDb();
    const boss = await admin(db);
    // 2026-03-01 23:30 in Hanoi is still 1 March there, though already 16:30 UTC.
    const late = await order(db, 'cod', [{ sku: 'PV-0001', village: 'phu-vinh' }], {
      now: Date.parse('2026-03-01T23:30:00+07:00'),
    });
    const next = await order(db, 'bank_transfer', [{ sku: 'PV-0002', village: 'phu-vinh' }], {
      now: Date.parse('2026-03-02T00:10:00+07:00'),
    });
    expect(
      refs(
        (await listOrders(db, boss, parseFilters({ from: '2026-03-01', to: '2026-03-01' }))).orders,
      ),
    ).toEqual([late.reference]);
    expect(refs((await listOrders(db, boss, parseFilters({ from: '2026-03-02' }))).orders)).toEqual(
      [next.reference],
    );
    expect(refs((await listOrders(db, boss, parseFilters({ method: 'cod' }))).orders)).toEqual([
      late.reference,
    ]);
    expect((await listOrders(db, boss, parseFilters({ status: 'paid' }))).orders).toEqual([]);
    expect(
      (await listOrders(db, boss, parseFilters({ status: 'nonsense', from: '2026-02-31' }))).orders,
    ).toHaveLength(2);
  });
});
