import 'server-only';
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { orderEvents, orderLines, orders, shipments } from '@/lib/db/schema';
import type { Tx } from '@/lib/orders/stock';
import type { OrderWithLines } from './types';

export async function withLines(
  tx: Tx,
  list: (typeof orders.$inferSelect)[],
): Promise<OrderWithLines[]> {
  if (list.length === 0) return [];
  const lines = await tx
    .select()
    .from(orderLines)
    .where(
      inArray(
        orderLines.orderId,
        list.map((o) => o.id),
      ),
    )
    .orderBy(asc(orderLines.id));
  const parts = await tx
    .select()
    .from(shipments)
    .where(
      inArray(
        shipments.orderId,
        list.map((o) => o.id),
      ),
    )
    .orderBy(asc(shipments.id));
  return list.map((o) => ({
    ...o,
    lines: lines.filter((l) => l.orderId === o.id),
    shipments: parts.filter((s) => s.orderId === o.id),
  }));
}

export async function orderByReference(
  db: Db,
  reference: string,
): Promise<OrderWithLines | undefined> {
  const [order] = await db.select().from(orders).where(eq(orders.reference, reference));
  return order ? (await withLines(db, [order]))[0] : undefined;
}

export async function orderBySession(tx: Tx, sessionId: string) {
  return (await tx.select().from(orders).where(eq(orders.stripeSessionId, sessionId)))[0];
}

export async function allOrders(db: Db): Promise<OrderWithLines[]> {
  return withLines(db, await db.select().from(orders).orderBy(desc(orders.id)));
}

export async function orderHistory(db: Db, orderId: number) {
  return db
    .select()
    .from(orderEvents)
    .where(eq(orderEvents.orderId, orderId))
    .orderBy(asc(orderEvents.id));
}
