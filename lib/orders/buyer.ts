import 'server-only';
import { getDb } from '@/lib/db/client';
import { orderTokenMatches, REFERENCE_PATTERN } from './link';
import { orderByReference, orderHistory } from './queries';

/**
 * The buyer's view of one order. Without the right token there is no order at all (the same
 * answer as a wrong reference), so changing the reference in the URL reveals nothing.
 */
export async function orderForBuyer(reference: string, token: string | undefined) {
  if (!REFERENCE_PATTERN.test(reference)) return undefined;
  const db = getDb();
  const order = await orderByReference(db, reference);
  if (!order || !orderTokenMatches(reference, token, order.accessTokenHash)) return undefined;
  return { order, history: await orderHistory(db, order.id) };
}
