import 'server-only';
import { eq } from 'drizzle-orm';
import type { Locale } from '@/i18n/routing';
import type { Db } from '@/lib/db/client';
import { orderEvents } from '@/lib/db/schema';
import { formatVnd } from '@/lib/format';
import type { Order } from './types';

/** Every order is priced in đồng; VND is zero-decimal for Stripe, so amounts compare as they are. */
export const ORDER_CURRENCY = 'vnd';

/** What a payment provider says it charged, in the currency's smallest unit (100 usd = 1 USD). */
export interface Charge {
  amount: number | null;
  currency: string | null;
}

export const chargeMatches = (order: Pick<Order, 'totalVnd'>, charge: Charge): boolean =>
  charge.amount === order.totalVnd && charge.currency?.toLowerCase() === ORDER_CURRENCY;

// The flag is an order event whose note starts with this; the desk reads it back with chargeMismatches().
const PREFIX = 'payment_mismatch: Stripe charged';
const NOTE = /^payment_mismatch: Stripe charged (\d+|\?) ([a-z]{3}|\?) /;

const amountOf = (charge: Charge) =>
  Number.isSafeInteger(charge.amount) && (charge.amount ?? -1) >= 0 ? String(charge.amount) : '?';
const currencyOf = (charge: Charge) => {
  const c = charge.currency?.toLowerCase() ?? '';
  return /^[a-z]{3}$/.test(c) ? c : '?';
};

/**
 * Records, once per order and charge, that a payment did not match the order, so the desk checks it
 * on Stripe. The order's status and held stock stay as they were.
 */
export async function flagChargeMismatch(
  tx: Pick<Db, 'select' | 'insert'>,
  order: Order,
  charge: Charge,
  source: string,
  now = Date.now(),
): Promise<void> {
  const head = `${PREFIX} ${amountOf(charge)} ${currencyOf(charge)} `;
  const notes = await tx
    .select({ note: orderEvents.note })
    .from(orderEvents)
    .where(eq(orderEvents.orderId, order.id));
  if (notes.some((e) => e.note?.startsWith(head))) return;
  await tx.insert(orderEvents).values({
    orderId: order.id,
    at: now,
    fromStatus: null,
    toStatus: order.status,
    actor: 'stripe',
    note: `${head}for a ${order.totalVnd} ${ORDER_CURRENCY} order; not marked paid (${source})`,
  });
}

/** The mismatched charges recorded in an order's history. */
export function chargeMismatches(history: { note: string | null }[]): Charge[] {
  return history.flatMap((e) => {
    const m = e.note && NOTE.exec(e.note);
    if (!m) return [];
    const [, amount = '?', currency = '?'] = m;
    return [
      {
        amount: amount === '?' ? null : Number(amount),
        currency: currency === '?' ? null : currency,
      },
    ];
  });
}

// Stripe counts in the smallest unit; Intl knows how many decimals each ISO currency has.
function minorDigits(code: string): number {
  try {
    const options = new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return options.resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2; // not a code Intl knows
  }
}

/** "1 USD", "1.000 ₫"; "?" for what Stripe did not say. */
export function formatCharge(charge: Charge, lang: Locale): string {
  const { amount, currency } = charge;
  if (currency === ORDER_CURRENCY && amount !== null) return formatVnd(amount, lang);
  const code = currency?.toUpperCase() ?? '?';
  if (amount === null) return `? ${code}`;
  const digits = currency ? minorDigits(code) : 0;
  const number = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', {
    maximumFractionDigits: digits,
  }).format(amount / 10 ** digits);
  return `${number} ${code}`;
}
