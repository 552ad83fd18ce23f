import 'server-only';
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { orderEvents, orderLines, orders, shipments } from '@/lib/db/schema';
import type { Tx } from '@/lib/orders/stock';
import type { OrderWithLines } from './types';

export function withLines(tx: Tx, list: (typeof orders.$inferSelect)[]): OrderWithLines[] {
  if (list.length === 0) return [];
  const lines = tx
    .select()
    .from(orderLines)
    .where(
      inArray(
        orderLines.orderId,
        list.map((o) => o.id),
      ),
    )
    .orderBy(asc(orderLines.id))
    .all();
  const parts = tx
    .select()
    .from(shipments)
    .where(
      inArray(
        shipments.orderId,
        list.map((o) => o.id),
      ),
    )
    .orderBy(asc(shipments.id))
    .all();
  return list.map((o) => ({
    ...o,
    lines: lines.filter((l) => l.orderId === o.id),
    shipments: parts.filter((s) => s.orderId === o.id),
  }));
}

export function orderByReference(db: Db, reference: string): OrderWithLines | undefined {
  const order = db.select().from(orders).where(eq(orders.reference, reference)).get();
  return order ? withLines(db, [order])[0] : undefined;
}

export function orderBySession(tx: Tx, sessionId: string) {
  return tx.select().from(orders).where(eq(orders.stripeSessionId, sessionId)).get();
}

export function allOrders(db: Db): OrderWithLines[] {
  return withLines(db, db.select().from(orders).orderBy(desc(orders.id)).all());
}

export function orderHistory(db: Db, orderId: number) {
  return db
    .select()
    .from(orderEvents)
    .where(eq(orderEvents.orderId, orderId))
    .orderBy(asc(orderEvents.id))
    .all();
}
