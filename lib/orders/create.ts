import 'server-only';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Locale } from '@/i18n/routing';
import { transaction, type Db } from '@/lib/db/client';
import { orderEvents, orderLines, orders, shipments } from '@/lib/db/schema';
import { serialize } from '@/lib/db/sql';
import { env } from '@/lib/env';
import { storedPhoneForms } from '@/lib/phone';
import { holdUntil } from './holds';
import { nextReference } from './reference';
import { reserveStock, syncStock, type Tx } from './stock';
import { lapseHolds } from './transitions';
import type { Customer, Order, PaymentMethod, PricedLine } from './types';

export interface NewOrder {
  method: PaymentMethod;
  locale: Locale;
  lines: PricedLine[];
  shipping: { id: string; priceVnd: number };
  customer?: Customer;
  accessTokenHash?: string;
  now?: number;
  /** Overrides the method's hold (lib/orders/holds.ts); null holds until the desk decides. */
  reservedUntil?: number | null;
  /** Filled with the SKUs whose availability changed (this order's, and lapsed holds released). */
  changed?: Set<string>;
}

/** One phone number already has as many unconfirmed cash-on-delivery orders as it may. */
export class TooManyOpenOrdersError extends Error {
  constructor(readonly max: number) {
    super(`At most ${max} unconfirmed cash-on-delivery orders per phone number`);
    this.name = 'TooManyOpenOrdersError';
  }
}

/**
 * Cash-on-delivery orders of this phone no village has confirmed yet, whose hold is still live.
 * Phones are E.164; older orders kept Vietnamese mobiles as 0xxxxxxxxx, and count too.
 */
async function openCodOrders(tx: Tx, phone: string, now: number): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(distinct ${orders.id})` })
    .from(orders)
    .innerJoin(shipments, eq(shipments.orderId, orders.id))
    .where(
      and(
        eq(orders.method, 'cod'),
        eq(orders.status, 'pending'),
        inArray(orders.customerPhone, storedPhoneForms(phone)),
        eq(shipments.status, 'pending'),
        gt(shipments.holdUntil, now),
      ),
    );
  return Number(row?.n ?? 0);
}

/**
 * Creates a pending order, one shipment per village, and holds its stock — all in one IMMEDIATE
 * transaction: if any line is short (OutOfStockError) or the buyer is over the cash-on-delivery
 * limit, nothing at all is written. Lapsed holds on the same products are released first, so a
 * buyer is never told "sold out" because of an order nobody will pay.
 */
export async function createOrder(db: Db, input: NewOrder): Promise<Order> {
  const now = input.now ?? Date.now();
  const subtotal = input.lines.reduce((sum, l) => sum + l.unitPriceVnd * l.quantity, 0);
  const hold =
    input.reservedUntil !== undefined ? input.reservedUntil : holdUntil(input.method, now);
  return transaction(db, async (tx) => {
    const c = input.customer;
    // Two cash-on-delivery checkouts of one phone at once count each other's orders.
    if (input.method === 'cod' && c) await serialize(tx, `cod-open-orders:${c.phone}`);
    if (
      input.method === 'cod' &&
      c &&
      (await openCodOrders(tx, c.phone, now)) >= env.COD_MAX_OPEN_ORDERS
    )
      throw new TooManyOpenOrdersError(env.COD_MAX_OPEN_ORDERS);
    const skus = input.changed ?? new Set<string>();
    for (const line of input.lines) {
      if (line.contentStock === null) continue;
      await syncStock(tx, line.sku, line.contentStock);
      for (const sku of await lapseHolds(tx, now, line.sku)) skus.add(sku);
      await reserveStock(tx, line.sku, line.quantity, now);
      skus.add(line.sku);
    }
    const [created] = await tx
      .insert(orders)
      .values({
        reference: await nextReference(tx, now),
        status: 'pending',
        method: input.method,
        locale: input.locale,
        subtotalVnd: subtotal,
        shippingVnd: input.shipping.priceVnd,
        totalVnd: subtotal + input.shipping.priceVnd,
        shippingOption: input.shipping.id,
        customerName: c?.name,
        customerPhone: c?.phone,
        customerEmail: c?.email,
        addressLine: c?.address?.line,
        addressCommune: c?.address?.commune,
        addressProvince: c?.address?.province,
        addressCountry: c ? (c.country ?? 'VN') : undefined,
        customerNote: c?.note,
        accessTokenHash: input.accessTokenHash,
        reservedUntil: hold,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const order = created!;
    await tx.insert(orderLines).values(
      input.lines.map((l) => ({
        orderId: order.id,
        sku: l.sku,
        name: l.name,
        village: l.village,
        unitPriceVnd: l.unitPriceVnd,
        quantity: l.quantity,
        reservesStock: l.contentStock !== null,
      })),
    );
    await tx.insert(shipments).values(
      [...new Set(input.lines.map((l) => l.village))].map((village) => ({
        orderId: order.id,
        village,
        status: 'pending' as const,
        holdUntil: hold,
        updatedAt: now,
      })),
    );
    await tx.insert(orderEvents).values({
      orderId: order.id,
      at: now,
      fromStatus: null,
      toStatus: 'pending',
      actor: 'buyer',
      note: input.method,
    });
    return order;
  });
}
