import fc from 'fast-check';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { orderEvents, orders, stripeEvents } from '@/lib/db/schema';
import { expireLapsed } from '@/lib/orders/transitions';
import { fulfilSession } from '@/lib/payments/card';
import { freshDb, paidSession, pendingCardOrder, stockOf } from './helpers';

const paidTransitions = async (db: Db, orderId: number) =>
  (await db.select().from(orderEvents).where(eq(orderEvents.orderId, orderId))).filter(
    (e) => e.toStatus === 'paid',
  ).length;

const twoUnits = { amount_total: 240000, currency: 'vnd' };

describe('fulfilment', () => {
  it('the same event delivered 10 times pays the order once', async () => {
    const db = await freshDb();
    const order = await pendingCardOrder(db, { quantity: 2, onShelf: 3 });
    const results = [];
    for (let i = 0; i < 10; i++)
      results.push(
        await fulfilSession(db, paidSession('cs_test_1', 'paid', twoUnits), {
          id: 'evt_1',
          type: 'checkout.session.completed',
        }),
      );
    expect(results).toEqual(['applied', ...Array(9).fill('duplicate')]);
    expect((await db.select().from(orders).where(eq(orders.id, order.id)))[0]?.status).toBe('paid');
    expect(await paidTransitions(db, order.id)).toBe(1);
    expect(await stockOf(db, 'PV-0001')).toMatchObject({ sold: 2, reserved: 0 });
    expect(await db.select().from(stripeEvents)).toHaveLength(1);
  });

  it('the webhook, the success page and reconcile together still pay once', async () => {
    const db = await freshDb();
    const order = await pendingCardOrder(db);
    expect(await fulfilSession(db, paidSession('cs_test_1'))).toBe('applied'); // success page, no event
    expect(
      await fulfilSession(db, paidSession('cs_test_1'), {
        id: 'evt_9',
        type: 'checkout.session.completed',
      }),
    ).toBe('unchanged');
    expect(await fulfilSession(db, paidSession('cs_test_1'))).toBe('unchanged'); // reconcile
    expect(await paidTransitions(db, order.id)).toBe(1);
    expect(await stockOf(db, 'PV-0001')).toMatchObject({ sold: 1, reserved: 0 });
  });

  it('an unpaid completed session (delayed payment method) keeps the order pending', async () => {
    const db = await freshDb();
    const order = await pendingCardOrder(db);
    expect(
      await fulfilSession(db, paidSession('cs_test_1', 'unpaid'), {
        id: 'evt_1',
        type: 'checkout.session.completed',
      }),
    ).toBe('unchanged');
    expect((await db.select().from(orders).where(eq(orders.id, order.id)))[0]?.status).toBe(
      'pending',
    );
  });

  it('expiry releases the hold; a failed async payment cancels and releases', async () => {
    const db = await freshDb();
    await pendingCardOrder(db, { sessionId: 'cs_test_a', quantity: 1, onShelf: 2 });
    await pendingCardOrder(db, { sessionId: 'cs_test_b', quantity: 1, onShelf: 2 });
    expect(await stockOf(db, 'PV-0001')).toMatchObject({ reserved: 2 });
    await fulfilSession(db, paidSession('cs_test_a', 'unpaid'), {
      id: 'evt_a',
      type: 'checkout.session.expired',
    });
    await fulfilSession(db, paidSession('cs_test_b', 'unpaid'), {
      id: 'evt_b',
      type: 'checkout.session.async_payment_failed',
    });
    expect(await stockOf(db, 'PV-0001')).toMatchObject({ reserved: 0, sold: 0 });
    expect((await db.select({ s: orders.status }).from(orders)).map((o) => o.s).sort()).toEqual([
      'cancelled',
      'expired',
    ]);
  });

  it('a hold that lapses with no word from Stripe goes back on sale', async () => {
    const db = await freshDb();
    const order = await pendingCardOrder(db);
    expect(await expireLapsed(db, Date.now())).toBe(0);
    expect(await expireLapsed(db, Date.now() + 2 * 3_600_000)).toBe(1);
    expect((await db.select().from(orders).where(eq(orders.id, order.id)))[0]?.status).toBe(
      'expired',
    );
    expect(await stockOf(db, 'PV-0001')).toMatchObject({ reserved: 0 });
  });

  it('unknown sessions change nothing', async () => {
    const db = await freshDb();
    await pendingCardOrder(db);
    expect(
      await fulfilSession(db, paidSession('cs_test_other'), {
        id: 'evt_x',
        type: 'checkout.session.completed',
      }),
    ).toBe('unknown');
    expect(await stockOf(db, 'PV-0001')).toMatchObject({ reserved: 1, sold: 0 });
  });

  it('1–5 deliveries of any events, in any order, give exactly one paid order and stock sold once', async () => {
    const types = [
      'checkout.session.completed',
      'checkout.session.async_payment_succeeded',
      'checkout.session.expired',
    ] as const;
    const delivery = fc.record({
      type: fc.constantFrom(...types),
      id: fc.constantFrom('evt_1', 'evt_2', 'evt_3', 'evt_4'),
    });
    await fc.assert(
      fc.asyncProperty(
        fc
          .array(delivery, { minLength: 1, maxLength: 5 })
          .filter((d) => d.some((e) => e.type !== 'checkout.session.expired')),
        async (deliveries) => {
          const db = await freshDb();
          const order = await pendingCardOrder(db, { quantity: 2, onShelf: 2 });
          for (const d of deliveries)
            await fulfilSession(db, paidSession('cs_test_1', 'paid', twoUnits), d);
          // Every later delivery, including the first of each event id, may only repeat what is done.
          const status = (await db.select().from(orders).where(eq(orders.id, order.id)))[0]?.status;
          const applied = new Set(deliveries.map((d) => d.id));
          const firstOfEach = [...applied].map((id) => deliveries.find((d) => d.id === id)!);
          if (firstOfEach.some((d) => d.type !== 'checkout.session.expired')) {
            expect(status).toBe('paid');
            expect(await paidTransitions(db, order.id)).toBe(1);
            expect(await stockOf(db, 'PV-0001')).toMatchObject({ sold: 2, reserved: 0 });
          }
          const s = (await stockOf(db, 'PV-0001'))!;
          expect(s.onHand - s.sold - s.reserved).toBeGreaterThanOrEqual(0);
          expect(await db.select().from(orders)).toHaveLength(1);
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});
