import { sql } from 'drizzle-orm';
import { orderCounters } from '@/lib/db/schema';
import type { Tx } from '@/lib/orders/stock';

/** Vietnam's year (an order at 00:30 on 1 January in Hanoi belongs to the new year). */
export function orderYear(now: number): number {
  return Number(
    new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(now),
  );
}

/** The next reference (lib/orders/link.ts REFERENCE_PATTERN), counted per Vietnam year. */
export async function nextReference(tx: Tx, now: number): Promise<string> {
  const year = orderYear(now);
  const [row] = await tx
    .insert(orderCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({
      target: orderCounters.year,
      set: { last: sql`${orderCounters.last} + 1` },
    })
    .returning({ last: orderCounters.last });
  return `CM-${year}-${String(row!.last).padStart(6, '0')}`;
}
