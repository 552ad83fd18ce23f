import 'server-only';
import type { Locale } from '@/i18n/routing';
import type { Db } from '@/lib/db/client';
import { orderEvents, orderLines, orders } from '@/lib/db/schema';
import { reserveStock, syncStock } from '@/lib/inventory';
import { nextReference } from './reference';
import type { Customer, Order, PaymentMethod, PricedLine } from './types';

export interface NewOrder {
  method: PaymentMethod;
  locale: Locale;
  lines: PricedLine[];
  shipping: { id: string; priceVnd: number };
  customer?: Customer;
  accessTokenHash?: string;
  /** When the held stock goes back on sale if the order is not paid; null holds until the desk decides. */
  reservedUntil: number | null;
  now?: number;
}

/**
 * Creates a pending order and holds its stock, all in one IMMEDIATE transaction: if any line is
 * short (OutOfStockError), nothing at all is written.
 */
export function createOrder(db: Db, input: NewOrder): Order {
  const now = input.now ?? Date.now();
  const subtotal = input.lines.reduce((sum, l) => sum + l.unitPriceVnd * l.quantity, 0);
  return db.transaction(
    (tx) => {
      for (const line of input.lines) {
        if (line.contentStock === null) continue;
        syncStock(tx, line.sku, line.contentStock);
        reserveStock(tx, line.sku, line.quantity);
      }
      const c = input.customer;
      const order = tx
        .insert(orders)
        .values({
          reference: nextReference(tx, now),
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
          addressLine: c?.address.line,
          addressCommune: c?.address.commune,
          addressProvince: c?.address.province,
          addressCountry: c?.address.country ?? (c ? 'VN' : undefined),
          customerNote: c?.note,
          accessTokenHash: input.accessTokenHash,
          reservedUntil: input.reservedUntil,
          createdAt: now,
          updatedAt: now,
        })
        .returning()
        .get();
      tx.insert(orderLines)
        .values(
          input.lines.map((l) => ({
            orderId: order.id,
            sku: l.sku,
            name: l.name,
            village: l.village,
            unitPriceVnd: l.unitPriceVnd,
            quantity: l.quantity,
            reservesStock: l.contentStock !== null,
          })),
        )
        .run();
      tx.insert(orderEvents)
        .values({
          orderId: order.id,
          at: now,
          fromStatus: null,
          toStatus: 'pending',
          actor: 'buyer',
          note: input.method,
        })
        .run();
      return order;
    },
    { behavior: 'immediate' },
  );
}
