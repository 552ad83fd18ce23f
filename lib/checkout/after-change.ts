import 'server-only';
import { revalidateTag } from 'next/cache';
import type { Db } from '@/lib/db/client';
import { notifyOrder } from '@/lib/notify';
import type { NotifyKind } from '@/lib/notify/messages';
import { productTag } from '@/lib/orders/tags';

export interface Change {
  /** Products whose availability may have changed. */
  skus: Iterable<string>;
  /**
   * The order event the village and the buyer hear about, if any; with the buyer's token (known
   * only when the order is placed), their mail carries the link to their order page.
   */
  message?: { orderId: number; kind: NotifyKind; buyerToken?: string };
  db?: Db;
}

/**
 * The one step every use case ends with: the pages that show each changed product (its pages in
 * both languages, its village, the catalogue, home when featured, the catalogue API) carry the
 * product's tag, and expiring it makes the next request render afresh; then the messages for the
 * order event are queued and sent in the background.
 */
export async function afterChange(change: Change): Promise<void> {
  for (const sku of new Set(change.skus)) {
    try {
      revalidateTag(productTag(sku), { expire: 0 });
    } catch (error) {
      // Outside a request (a command, a test) there is no cache to expire: the scheduled sweep in
      // the server (lib/checkout/schedule.ts) picks the change up from the database instead.
      if (!String(error).includes('static generation store missing')) throw error;
    }
  }
  if (change.message)
    await notifyOrder(change.message.orderId, change.message.kind, change.db, {
      buyerToken: change.message.buyerToken,
    });
}
