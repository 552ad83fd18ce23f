import 'server-only';
import { getDb } from '@/lib/db/client';
import { orderByReference, orderHistory } from './queries';
import { REFERENCE_PATTERN } from './reference';
import { tokenMatches } from './token';

/**
 * The buyer's view of one order. Without the right token there is no order at all (the same
 * answer as a wrong reference), so changing the reference in the URL reveals nothing.
 */
export function orderForBuyer(reference: string, token: string | undefined) {
  const order = findOrder(reference, token);
  return order && { order, history: orderHistory(getDb(), order.id) };
}

/** Whether a buyer's link opens an order: proxy.ts answers every other one with the 404 page. */
export function buyerLinkOpensOrder(reference: string, token: string | undefined): boolean {
  return findOrder(reference, token) !== undefined;
}

function findOrder(reference: string, token: string | undefined) {
  if (!REFERENCE_PATTERN.test(reference)) return undefined;
  const order = orderByReference(getDb(), reference);
  return order && tokenMatches(token, order.accessTokenHash) ? order : undefined;
}
