import 'server-only';
import { transaction, type Db } from '@/lib/db/client';
import type { Tx } from '@/lib/orders/stock';
import type { Order } from '@/lib/orders/types';
import { scopedOrder, type DeskOrder } from './orders';
import type { Viewer } from './viewer';

export const DESK_ERRORS = [
  'not_found',
  'wrong_state',
  'amount_mismatch',
  'invalid',
  'card_unavailable',
  'card_failed',
] as const;
export type DeskError = (typeof DESK_ERRORS)[number];

export type DeskResult =
  { ok: true; order: Order } | { ok: false; error: DeskError; detail?: string };

export const refuse = (error: DeskError, detail?: string): DeskResult => ({
  ok: false,
  error,
  ...(detail && { detail }),
});

/**
 * Runs `change` on the order only if the viewer may see it, in one IMMEDIATE transaction: another
 * village's order is refused exactly like a missing one, and nothing is written.
 */
export function inScope(
  db: Db,
  viewer: Viewer,
  reference: string,
  change: (tx: Tx, order: DeskOrder) => Promise<DeskResult>,
): Promise<DeskResult> {
  return transaction(db, async (tx) => {
    const order = await scopedOrder(tx, viewer, reference);
    return order ? change(tx, order) : refuse('not_found');
  });
}

/** A transition that did not happen was beaten by another (a double click, a webhook): nothing changed. */
export const changedOr = (order: Order | undefined): DeskResult =>
  order ? { ok: true, order } : refuse('wrong_state');
