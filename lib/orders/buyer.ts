import 'server-only';
import { getDb } from '@/lib/db/client';
import { orderByReference, orderBySession, orderHistory } from './queries';
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

/** A Stripe Checkout session id, as the card checkout's return link carries it. */
export const SESSION_ID = /^cs_(test|live)_[A-Za-z0-9]{1,200}$/;

/** Whether a return from Stripe Checkout names one of our orders' sessions: proxy.ts answers every other one with the 404 page. */
export function checkoutReturnOpensOrder(sessionId: string | undefined): boolean {
  return (
    sessionId !== undefined &&
    SESSION_ID.test(sessionId) &&
    orderBySession(getDb(), sessionId) !== undefined
  );
}

function findOrder(reference: string, token: string | undefined) {
  if (!REFERENCE_PATTERN.test(reference)) return undefined;
  const order = orderByReference(getDb(), reference);
  return order && tokenMatches(token, order.accessTokenHash) ? order : undefined;
}
