import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { inventory, orderEvents, orders } from '@/lib/db/schema';
import { confirmTransfer, markDelivered, markShipped } from '@/lib/desk/actions';
import { expireLapsed } from '@/lib/orders/transitions';
import { freshDb, order, rep, snapshot } from './helpers';

const stock = async (db: Db, sku: string) =>
  (await db.select().from(inventory).where(eq(inventory.sku, sku)))[0];
const statusOf = async (db: Db, id: number) =>
  (await db.select().from(orders).where(eq(orders.id, id)))[0]?.status;
const events = async (db: Db, id: number) =>
  db.select().from(orderEvents).where(eq(orderEvents.orderId, id));

async function setup(method: 'bank_transfer' | 'cod' | 'card' = 'bank_transfer') {
  const db = await freshDb();
  const lan = await rep(db, 'phu-vinh', 'lan');
  const o = await order(db, method, [
    { sku: 'PV-0001', village: 'phu-vinh', quantity: 2, onShelf: 5 },
  ]);
  return { db, lan, o };
}

describe('confirm a bank transfer', () => {
  it('a wrong amount is refused and changes nothing', async () => {
    const { db, lan, o } = await setup();
    const before = await snapshot(db);
    expect(await confirmTransfer(db, lan, o.reference, o.totalVnd - 1000)).toEqual({
      ok: false,
      error: 'amount_mismatch',
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('the exact amount pays the order once, sells the held units and records who and how much', async () => {
    const { db, lan, o } = await setup();
    expect(o.totalVnd).toBe(230_000);
    expect(await confirmTransfer(db, lan, o.reference, 230_000)).toMatchObject({
      ok: true,
      order: { status: 'paid' },
    });
    expect(await confirmTransfer(db, lan, o.reference, 230_000)).toEqual({
      ok: false,
      error: 'wrong_state',
    }); // double click
    expect(await stock(db, 'PV-0001')).toMatchObject({ sold: 2, reserved: 0 });
    const paid = (await events(db, o.id)).filter((e) => e.toStatus === 'paid');
    expect(paid).toEqual([
      expect.objectContaining({
        fromStatus: 'pending',
        actor: 'desk:lan',
        note: 'bank transfer received: 230000 VND',
      }),
    ]);
    expect(paid[0]?.at).toBeGreaterThan(0);
  });

  it('a transfer that arrives after the hold lapsed is still accepted', async () => {
    const { db, lan, o } = await setup();
    await expireLapsed(db, Date.now() + 49 * 3_600_000);
    expect(await statusOf(db, o.id)).toBe('expired');
    expect(await confirmTransfer(db, lan, o.reference, o.totalVnd)).toMatchObject({ ok: true });
    expect(await stock(db, 'PV-0001')).toMatchObject({ sold: 2, reserved: 0 });
  });

  it('is refused for other methods', async () => {
    const { db, lan, o } = await setup('cod');
    expect(await confirmTransfer(db, lan, o.reference, o.totalVnd)).toEqual({
      ok: false,
      error: 'wrong_state',
    });
  });
});

describe('ship and deliver', () => {
  it('paid → shipped with carrier and tracking number, once', async () => {
    const { db, lan, o } = await setup();
    await confirmTransfer(db, lan, o.reference, o.totalVnd);
    const shipment = { carrier: 'Viettel Post', trackingNumber: 'VTP123456' };
    expect(await markShipped(db, lan, o.reference, shipment)).toMatchObject({
      ok: true,
      order: { status: 'shipped', shippingCarrier: 'Viettel Post', trackingNumber: 'VTP123456' },
    });
    expect(await markShipped(db, lan, o.reference, shipment)).toEqual({
      ok: false,
      error: 'wrong_state',
    });
    expect(await stock(db, 'PV-0001')).toMatchObject({ sold: 2, reserved: 0 });
    // The village's part moves, with the parcel; the order follows it.
    expect((await events(db, o.id)).slice(-2)).toMatchObject([
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

  it('an unpaid bank transfer cannot be shipped', async () => {
    const { db, lan, o } = await setup();
    const before = await snapshot(db);
    expect(
      await markShipped(db, lan, o.reference, { carrier: 'VNPost', trackingNumber: 'X' }),
    ).toEqual({
      ok: false,
      error: 'wrong_state',
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('COD pending → shipped turns the held units into sold ones; delivered means cash collected', async () => {
    const { db, lan, o } = await setup('cod');
    expect(await stock(db, 'PV-0001')).toMatchObject({ reserved: 2, sold: 0 });
    expect(await markDelivered(db, lan, o.reference)).toEqual({ ok: false, error: 'wrong_state' });
    expect(
      await markShipped(db, lan, o.reference, { carrier: 'GHN', trackingNumber: 'GHN1' }),
    ).toMatchObject({ ok: true });
    expect(
      await markShipped(db, lan, o.reference, { carrier: 'GHN', trackingNumber: 'GHN1' }),
    ).toMatchObject({ ok: false });
    expect(await stock(db, 'PV-0001')).toMatchObject({ reserved: 0, sold: 2 });
    expect(await markDelivered(db, lan, o.reference)).toMatchObject({
      ok: true,
      order: { status: 'delivered' },
    });
    expect(await markDelivered(db, lan, o.reference)).toEqual({ ok: false, error: 'wrong_state' });
    expect((await events(db, o.id)).map((e) => [e.toStatus, e.actor, e.note, e.village])).toEqual([
      ['pending', 'buyer', 'cod', null],
      ['shipped', 'desk:lan', 'GHN GHN1', 'phu-vinh'],
      ['shipped', 'desk:lan', null, null],
      ['delivered', 'desk:lan', `delivered, cash collected: ${o.totalVnd} VND`, 'phu-vinh'],
      ['delivered', 'desk:lan', null, null],
    ]);
  });

  it('a pending card order cannot be shipped', async () => {
    const { db, lan, o } = await setup('card');
    expect(
      await markShipped(db, lan, o.reference, { carrier: 'GHN', trackingNumber: 'GHN1' }),
    ).toEqual({
      ok: false,
      error: 'wrong_state',
    });
  });
});
