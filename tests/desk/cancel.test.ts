import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import type { Db } from '@/lib/db/client';
import { inventory, orderEvents, orders } from '@/lib/db/schema';
import { confirmTransfer, markShipped } from '@/lib/desk/actions';
import { cancelOrder, type CardGateway } from '@/lib/desk/cancel';
import { markPaid } from '@/lib/orders/transitions';
import { freshDb, order, rep, snapshot } from './helpers';

const stock = async (db: Db, sku: string) =>
  (await db.select().from(inventory).where(eq(inventory.sku, sku)))[0];
const cancelEvents = async (db: Db, id: number) =>
  (await db.select().from(orderEvents).where(eq(orderEvents.orderId, id))).filter(
    (e) => e.toStatus === 'cancelled',
  );

function gateway(
  fail?: Error,
): CardGateway & { refund: ReturnType<typeof vi.fn>; expireSession: ReturnType<typeof vi.fn> } {
  return {
    refund: vi.fn(async (_pi: string, reference: string) => {
      if (fail) throw fail;
      return { id: `re_${reference}` };
    }),
    expireSession: vi.fn(async () => undefined),
  };
}

async function paidCard() {
  const db = await freshDb();
  const lan = await rep(db, 'phu-vinh', 'lan');
  const o = await order(db, 'card', [
    { sku: 'PV-0001', village: 'phu-vinh', quantity: 2, onShelf: 5 },
  ]);
  await db.update(orders).set({ stripeSessionId: 'cs_test_1' }).where(eq(orders.id, o.id));
  await markPaid(db, o.id, 'stripe', { stripePaymentIntentId: 'pi_test_1' });
  return { db, lan, o };
}

describe('cancel', () => {
  it('pending bank transfer: the held units go back on sale', async () => {
    const db = await freshDb();
    const lan = await rep(db, 'phu-vinh', 'lan');
    const o = await order(db, 'bank_transfer', [
      { sku: 'PV-0001', village: 'phu-vinh', quantity: 2, onShelf: 5 },
    ]);
    expect(await cancelOrder(db, lan, o.reference, 'khách đổi ý', null)).toMatchObject({
      ok: true,
      order: { status: 'cancelled' },
    });
    expect(await stock(db, 'PV-0001')).toMatchObject({ reserved: 0, sold: 0 });
    expect(await cancelEvents(db, o.id)).toEqual([
      expect.objectContaining({ actor: 'desk:lan', note: 'cancelled: khách đổi ý' }),
    ]);
    expect(await cancelOrder(db, lan, o.reference, 'khách đổi ý', null)).toEqual({
      ok: false,
      error: 'wrong_state',
    });
  });

  it('paid card order: refunds through the gateway first, then returns the sold units', async () => {
    const { db, lan, o } = await paidCard();
    expect(await stock(db, 'PV-0001')).toMatchObject({ sold: 2 });
    const g = gateway();
    expect(await cancelOrder(db, lan, o.reference, 'hết hàng', g)).toMatchObject({ ok: true });
    // The whole order is one part: all of it comes back, shipping included.
    expect(g.refund).toHaveBeenCalledWith('pi_test_1', o.reference, o.totalVnd);
    expect(await stock(db, 'PV-0001')).toMatchObject({ sold: 0, reserved: 0 });
    expect((await cancelEvents(db, o.id))[0]).toMatchObject({
      village: 'phu-vinh',
      note: `cancelled: hết hàng; Stripe refund re_${o.reference} (${o.totalVnd} VND)`,
    });
  });

  it('a refused refund changes nothing', async () => {
    const { db, lan, o } = await paidCard();
    const before = await snapshot(db);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const refused = Object.assign(new Error('Charge already refunded'), {
      code: 'charge_already_refunded',
    });
    expect(await cancelOrder(db, lan, o.reference, 'hết hàng', gateway(refused))).toEqual({
      ok: false,
      error: 'card_failed',
      detail: 'charge_already_refunded',
    });
    expect(await cancelOrder(db, lan, o.reference, 'hết hàng', null)).toEqual({
      ok: false,
      error: 'card_unavailable',
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('a double click refunds with the same reference and cancels once', async () => {
    const { db, lan, o } = await paidCard();
    const g = gateway();
    const results = await Promise.all([
      cancelOrder(db, lan, o.reference, 'x', g),
      cancelOrder(db, lan, o.reference, 'x', g),
    ]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(g.refund.mock.calls).toEqual([
      ['pi_test_1', o.reference, o.totalVnd],
      ['pi_test_1', o.reference, o.totalVnd],
    ]);
    // One row for the village's part, one for the order that followed it.
    expect((await cancelEvents(db, o.id)).map((e) => e.village)).toEqual(['phu-vinh', null]);
    expect(await stock(db, 'PV-0001')).toMatchObject({ sold: 0 });
  });

  it('pending card order: the checkout is closed so it cannot be paid afterwards', async () => {
    const db = await freshDb();
    const lan = await rep(db, 'phu-vinh', 'lan');
    const o = await order(db, 'card', [{ sku: 'PV-0001', village: 'phu-vinh' }]);
    await db.update(orders).set({ stripeSessionId: 'cs_test_9' }).where(eq(orders.id, o.id));
    const g = gateway();
    expect(await cancelOrder(db, lan, o.reference, 'x', g)).toMatchObject({ ok: true });
    expect(g.expireSession).toHaveBeenCalledWith('cs_test_9');
    expect(g.refund).not.toHaveBeenCalled();
  });

  it('shipped bank transfer and shipped COD: sold units come back; delivered orders cannot be cancelled', async () => {
    const db = await freshDb();
    const lan = await rep(db, 'phu-vinh', 'lan');
    const bank = await order(db, 'bank_transfer', [
      { sku: 'PV-0001', village: 'phu-vinh', quantity: 1, onShelf: 5 },
    ]);
    const cod = await order(db, 'cod', [
      { sku: 'PV-0001', village: 'phu-vinh', quantity: 2, onShelf: 5 },
    ]);
    await confirmTransfer(db, lan, bank.reference, bank.totalVnd);
    await markShipped(db, lan, bank.reference, { carrier: 'VNPost', trackingNumber: 'EE1' });
    await markShipped(db, lan, cod.reference, { carrier: 'GHN', trackingNumber: 'G1' });
    expect(await stock(db, 'PV-0001')).toMatchObject({ sold: 3, reserved: 0 });
    expect(await cancelOrder(db, lan, bank.reference, 'thất lạc', null)).toMatchObject({
      ok: true,
    });
    expect(await cancelOrder(db, lan, cod.reference, 'khách không nhận', null)).toMatchObject({
      ok: true,
    });
    expect(await stock(db, 'PV-0001')).toMatchObject({ sold: 0, reserved: 0 });
    await db.update(orders).set({ status: 'delivered' }).where(eq(orders.id, bank.id));
    expect(await cancelOrder(db, lan, bank.reference, 'x', null)).toEqual({
      ok: false,
      error: 'wrong_state',
    });
  });
});
