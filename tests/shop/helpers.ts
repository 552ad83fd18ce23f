import type Stripe from 'stripe';
import type { Db } from '@/lib/db/client';
import { createOrder } from '@/lib/orders/create';
import { eq } from 'drizzle-orm';
import { inventory, orders } from '@/lib/db/schema';

export { freshDb } from '../support/db';

export async function stockOf(db: Db, sku: string) {
  return (await db.select().from(inventory).where(eq(inventory.sku, sku)))[0];
}

/** A pending card order for `quantity` of a product with `onShelf` in content, tied to `sessionId`. */
export async function pendingCardOrder(
  db: Db,
  opts: {
    sku?: string;
    onShelf?: number;
    quantity?: number;
    sessionId?: string;
    unitPriceVnd?: number;
  } = {},
) {
  const {
    sku = 'PV-0001',
    onShelf = 3,
    quantity = 1,
    sessionId = 'cs_test_1',
    unitPriceVnd = 120000,
  } = opts;
  const order = await createOrder(db, {
    method: 'card',
    locale: 'vi',
    lines: [
      {
        sku,
        name: 'Giỏ',
        village: 'phu-vinh',
        unitPriceVnd,
        quantity,
        contentStock: onShelf,
      },
    ],
    shipping: { id: 'pickup', priceVnd: 0 },
    reservedUntil: Date.now() + 3_600_000,
  });
  await db.update(orders).set({ stripeSessionId: sessionId }).where(eq(orders.id, order.id));
  return order;
}

/** A session as Stripe sends it; by default it charged what pendingCardOrder's default order costs. */
export function paidSession(
  id: string,
  paymentStatus: Stripe.Checkout.Session.PaymentStatus = 'paid',
  charge: { amount_total: number | null; currency: string | null } = {
    amount_total: 120000,
    currency: 'vnd',
  },
): Stripe.Checkout.Session {
  return {
    id,
    object: 'checkout.session',
    payment_status: paymentStatus,
    ...charge,
    status: paymentStatus === 'paid' ? 'complete' : 'open',
    payment_intent: 'pi_test_1',
    customer_details: {
      name: 'Test Buyer',
      email: 'buyer@example.com',
      phone: null,
      address: null,
      tax_exempt: 'none',
      tax_ids: [],
    },
  } as unknown as Stripe.Checkout.Session;
}
