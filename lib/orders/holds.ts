import 'server-only';
import { env } from '@/lib/env';
import type { PaymentMethod } from './types';

/** A card hold ends with the Stripe Checkout session, open this long: Stripe needs at least 30 min, a minute more absorbs clock skew. */
export const CARD_HOLD_MS = 31 * 60_000;

/**
 * How long an unconfirmed order holds its units: a card until its session ends, a bank transfer
 * for HOLD_BANK_TRANSFER_HOURS, cash on delivery for HOLD_COD_HOURS unless the village confirms.
 */
export function holdUntil(method: PaymentMethod, now: number): number {
  const hours = { bank_transfer: env.HOLD_BANK_TRANSFER_HOURS, cod: env.HOLD_COD_HOURS };
  return now + (method === 'card' ? CARD_HOLD_MS : Math.round(hours[method] * 3_600_000));
}
