import 'server-only';
import type { Db } from '@/lib/db/client';
import { flushOutbox, queueOrderMessages } from '@/lib/notify';
import { orderBySession, withLines } from '@/lib/orders/queries';
import { expireLapsed } from '@/lib/orders/transitions';
import { fulfilSession } from '@/lib/payments/card';
import { stripe } from '@/lib/payments/stripe-client';

export interface ReconcileReport {
  checked: number;
  fulfilled: string[];
  expiredHolds: number;
  /** Products whose availability changed: the caller refreshes their pages (afterChange). */
  skus: string[];
  messages?: { sent: number; failed: number };
}

/**
 * Catches up with anything the webhook missed: every completed Checkout Session of the last
 * `hours` hours goes through the same idempotent fulfilment, so running this twice changes nothing.
 * Then lapsed holds (unpaid transfers, abandoned card sessions, unconfirmed cash on delivery) go
 * back on sale. The server runs this by itself (lib/checkout/schedule.ts); `npm run reconcile` is
 * for a person who wants it now.
 */
export async function reconcile(db: Db, hours = 72, now = Date.now()): Promise<ReconcileReport> {
  const client = stripe();
  const changed = new Set<string>();
  const report: ReconcileReport = { checked: 0, fulfilled: [], expiredHolds: 0, skus: [] };
  if (client) {
    const since = Math.floor((now - hours * 3_600_000) / 1000);
    for await (const session of client.checkout.sessions.list({
      created: { gte: since },
      status: 'complete',
      limit: 100,
    })) {
      report.checked += 1;
      if ((await fulfilSession(db, session)) === 'applied') {
        report.fulfilled.push(session.id);
        const order = await orderBySession(db, session.id);
        if (order)
          for (const l of (await withLines(db, [order]))[0]?.lines ?? []) changed.add(l.sku);
        if (order?.status === 'paid') await queueOrderMessages(db, order.id, 'paid');
      }
    }
  }
  report.expiredHolds = await expireLapsed(db, now, changed);
  report.skus = [...changed];
  // Messages that could not be sent earlier get another try here too.
  report.messages = await flushOutbox(db);
  return report;
}
