import 'server-only';
import { and, desc, eq, gte, inArray, like, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { orderLines, orders, staff } from '@/lib/db/schema';
import type { Tx } from '@/lib/orders/stock';
import { orderHistory, withLines } from '@/lib/orders/queries';
import type { OrderWithLines } from '@/lib/orders/types';
import { dayRange, type OrderFilters } from './filters';
import { deskUsernames, type DeskPerson, type OrderEvent } from './history';
import type { Viewer } from './viewer';

const hasLineFrom = (village: string) =>
  sql`exists (select 1 from ${orderLines} where ${orderLines.orderId} = ${orders.id} and ${orderLines.village} = ${village})`;

/**
 * The orders a viewer may see: everything for the administrator; for a representative, orders with
 * at least one line from their village. Every desk query and action goes through this.
 */
export function villageScope(viewer: Viewer): SQL | undefined {
  if (viewer.role === 'admin') return undefined;
  return viewer.village ? hasLineFrom(viewer.village) : sql`false`;
}

function search(q: string): SQL | undefined {
  const reference = `%${q.toUpperCase().replace(/[\\%_]/g, '\\$&')}%`;
  // Phones are stored in E.164 ("+84912345678"; older orders "0912345678"): search by the digits
  // after the country code or trunk 0, so "+84 912 345 678", "0912 345 678" and "010-1234-5678"
  // (a Korean mobile, stored "+821012345678") all find their order.
  const digits = q
    .replace(/\D/g, '')
    .replace(/^84(?=\d{9}$)/, '')
    .replace(/^0+/, '');
  return or(
    sql`${orders.reference} like ${reference} escape '\\'`,
    digits.length >= 3 ? like(orders.customerPhone, `%${digits}%`) : undefined,
  );
}

function conditions(viewer: Viewer, f: OrderFilters): SQL | undefined {
  const { since, until } = dayRange(f);
  return and(
    villageScope(viewer),
    viewer.role === 'admin' && f.village ? hasLineFrom(f.village) : undefined,
    f.status ? eq(orders.status, f.status) : undefined,
    f.method ? eq(orders.method, f.method) : undefined,
    since === undefined ? undefined : gte(orders.createdAt, since),
    until === undefined ? undefined : lt(orders.createdAt, until),
    f.q ? search(f.q) : undefined,
  );
}

/** Newest first; `more` says the list was cut at `limit`. */
export async function listOrders(
  db: Db,
  viewer: Viewer,
  f: OrderFilters,
  limit = 500,
): Promise<{ orders: DeskOrder[]; more: boolean }> {
  const rows = await db
    .select()
    .from(orders)
    .where(conditions(viewer, f))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(limit + 1);
  return {
    orders: (await withLines(db, rows.slice(0, limit))).map((o) => partView(o, viewer)),
    more: rows.length > limit,
  };
}

/** An order as one desk user may see it. */
export interface DeskOrder extends OrderWithLines {
  /** The user sees every part: the administrator, or the order's only village. */
  wholeOrder: boolean;
}

/**
 * A representative sees their village's part only: its lines, its shipment, the buyer's name,
 * phone and address — and, when the order has other villages' parts, a total of their own lines
 * with no shipping, so no other village's lines or amounts are ever shown to them.
 */
export function partView(order: OrderWithLines, viewer: Viewer): DeskOrder {
  if (viewer.role === 'admin') return { ...order, wholeOrder: true };
  const lines = order.lines.filter((l) => l.village === viewer.village);
  const shipments = order.shipments.filter((s) => s.village === viewer.village);
  const wholeOrder = order.shipments.every((s) => s.village === viewer.village);
  if (wholeOrder) return { ...order, wholeOrder };
  const subtotal = lines.reduce((sum, l) => sum + l.unitPriceVnd * l.quantity, 0);
  return {
    ...order,
    lines,
    shipments,
    subtotalVnd: subtotal,
    shippingVnd: 0,
    totalVnd: subtotal,
    shippingCarrier: shipments[0]?.carrier ?? null,
    trackingNumber: shipments[0]?.trackingNumber ?? null,
    wholeOrder,
  };
}

/** One order if the viewer may see it; undefined alike for a missing order and another village's. */
export async function scopedOrder(
  tx: Tx,
  viewer: Viewer,
  reference: string,
): Promise<DeskOrder | undefined> {
  const [row] = await tx
    .select()
    .from(orders)
    .where(and(eq(orders.reference, reference), villageScope(viewer)));
  const order = row && (await withLines(tx, [row]))[0];
  return order && partView(order, viewer);
}

/** The history a viewer may read: order-wide rows and their own part's (amounts only for the whole order). */
export async function orderDetail(db: Db, viewer: Viewer, reference: string) {
  const order = await scopedOrder(db, viewer, reference);
  if (!order) return undefined;
  const history = (await orderHistory(db, order.id))
    .filter((e) => order.wholeOrder || e.village === null || e.village === viewer.village)
    .map((e) => (order.wholeOrder || e.village !== null ? e : { ...e, note: null }));
  return { order, history };
}

/** The villages whose products a viewer's scan counts cover; null for all. */
export const viewerVillages = (viewer: Viewer): string[] | null =>
  viewer.role === 'admin' ? null : viewer.village ? [viewer.village] : [];

/** The names of the desk accounts a history mentions, so it says "Thảo (Phú Vinh)", not "desk:thao". */
export async function historyPeople(db: Db, events: Pick<OrderEvent, 'actor'>[]) {
  const usernames = deskUsernames(events);
  if (usernames.length === 0) return {};
  const rows = await db
    .select({ username: staff.username, displayName: staff.displayName, village: staff.village })
    .from(staff)
    .where(inArray(staff.username, usernames));
  return Object.fromEntries(
    rows.map((r): [string, DeskPerson] => [
      r.username,
      { displayName: r.displayName, village: r.village },
    ]),
  );
}
