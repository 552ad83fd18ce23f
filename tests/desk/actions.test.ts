import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { inventory, orderEvents, orders } from '@/lib/db/schema';
import { confirmTransfer, markDelivered, markShipped } from '@/lib/desk/actions';
import { expireLapsed } from '@/lib/orders/transitions';
import { freshDb, order, rep, snapshot } from './helpers';

const stock = (db: Db, sku: string) =>
  db.select().from(inventory).where(eq(inventory.sku, sku)).get();
const statusOf = (db: Db, id: number) =>
  db.select().from(orders).where(eq(orders.id, id)).get()?.status;
const events = (db: Db, id: number) =>
  db.select().from(orderEvents).where(eq(orderEvents.orderId, id)).all();

function setup(method: 'bank_transfer' | 'cod' | 'card' = 'bank_transfer') {
  const db = freshDb();
  const lan = rep(db, 'phu-vinh', 'lan');
  const o = order(db, method, [{ sku: 'PV-0001', village: 'phu-vinh', quantity: 2, onShelf: 5 }]);
  return { db, lan, o };
}

describe('confirm a bank transfer', () => {
  it('a wrong amount is refused and changes nothing', () => {
    const { db, lan, o } = setup();
    const before = snapshot(db);
    expect(confirmTransfer(db, lan, o.reference, o.totalVnd - 1000)).toEqual({
      ok: false,
      error: 'amount_mismatch',
    });
    expect(snapshot(db)).toEqual(before);
  });

  it('the exact amount pays the order once, sells the held units and records who and how much', () => {
    const { db, lan, o } = setup();
    expect(o.totalVnd).toBe(230_000);
    expect(confirmTransfer(db, lan, o.reference, 230_000)).toMatchObject({
      ok: true,
      order: { status: 'paid' },
    });
    expect(confirmTransfer(db, lan, o.reference, 230_000)).toEqual({
      ok: false,
      error: 'wrong_state',
    }); // double click
    expect(stock(db, 'PV-0001')).toMatchObject({ sold: 2, reserved: 0 });
    const paid = events(db, o.id).filter((e) => e.toStatus === 'paid');
    expect(paid).toEqual([
      expect.objectContaining({
        fromStatus: 'pending',
        actor: 'desk:lan',
        note: 'bank transfer received: 230000 VND',
      }),
    ]);
    expect(paid[0]?.at).toBeGreaterThan(0);
  });

  it('a transfer that arrives after the hold lapsed is still accepted', () => {
    const { db, lan, o } = setup();
    expireLapsed(db, Date.now() + 49 * 3_600_000);
    expect(statusOf(db, o.id)).toBe('expired');
    expect(confirmTransfer(db, lan, o.reference, o.totalVnd)).toMatchObject({ ok: true });
    expect(stock(db, 'PV-0001')).toMatchObject({ sold: 2, reserved: 0 });
  });

  it('is refused for other methods', () => {
    const { db, lan, o } = setup('cod');
    expect(confirmTransfer(db, lan, o.reference, o.totalVnd)).toEqual({
      ok: false,
      error: 'wrong_state',
    });
  });
});

describe('ship and deliver', () => {
  it('paid → shipped with carrier and tracking number, once', () => {
    const { db, lan, o } = setup();
    confirmTransfer(db, lan, o.reference, o.totalVnd);
    const shipment = { carrier: 'Viettel Post', trackingNumber: 'VTP123456' };
    expect(markShipped(db, lan, o.reference, shipment)).toMatchObject({
      ok: true,
      order: { status: 'shipped', shippingCarrier: 'Viettel Post', trackingNumber: 'VTP123456' },
    });
    expect(markShipped(db, lan, o.reference, shipment)).toEqual({
      ok: false,
      error: 'wrong_state',
    });
    expect(stock(db, 'PV-0001')).toMatchObject({ sold: 2, reserved: 0 });
    // The village's part moves, with the parcel; the order follows it.
    expect(events(db, o.id).slice(-2)).toMatchObject([
      {
        fromStatus: 'confirmed',
        toStatus: 'shipped',
        actor: 'desk:lan',
        note: 'Viettel Post VTP123456',
        village: 'phu-vinh',
      },
      { fromStatus: 'paid', toStatus: 'shipped', actor: 'desk:lan', village: null },
    ]);
  });

  it('an unpaid bank transfer cannot be shipped', () => {
    const { db, lan, o } = setup();
    const before = snapshot(db);
    expect(markShipped(db, lan, o.reference, { carrier: 'VNPost', trackingNumber: 'X' })).toEqual({
      ok: false,
      error: 'wrong_state',
    });
    expect(snapshot(db)).toEqual(before);
  });

  it('COD pending → shipped turns the held units into sold ones; delivered means cash collected', () => {
    const { db, lan, o } = setup('cod');
    expect(stock(db, 'PV-0001')).toMatchObject({ reserved: 2, sold: 0 });
    expect(markDelivered(db, lan, o.reference)).toEqual({ ok: false, error: 'wrong_state' });
    expect(
      markShipped(db, lan, o.reference, { carrier: 'GHN', trackingNumber: 'GHN1' }),
    ).toMatchObject({ ok: true });
    expect(
      markShipped(db, lan, o.reference, { carrier: 'GHN', trackingNumber: 'GHN1' }),
    ).toMatchObject({ ok: false });
    expect(stock(db, 'PV-0001')).toMatchObject({ reserved: 0, sold: 2 });
    expect(markDelivered(db, lan, o.reference)).toMatchObject({
      ok: true,
      order: { status: 'delivered' },
    });
    expect(markDelivered(db, lan, o.reference)).toEqual({ ok: false, error: 'wrong_state' });
    expect(events(db, o.id).map((e) => [e.toStatus, e.actor, e.note, e.village])).toEqual([
      ['pending', 'buyer', 'cod', null],
      ['shipped', 'desk:lan', 'GHN GHN1', 'phu-vinh'],
      ['shipped', 'desk:lan', null, null],
      ['delivered', 'desk:lan', `delivered, cash collected: ${o.totalVnd} VND`, 'phu-vinh'],
      ['delivered', 'desk:lan', null, null],
    ]);
  });

  it('a pending card order cannot be shipped', () => {
    const { db, lan, o } = setup('card');
    expect(markShipped(db, lan, o.reference, { carrier: 'GHN', trackingNumber: 'GHN1' })).toEqual({
      ok: false,
      error: 'wrong_state',
    });
  });
});
