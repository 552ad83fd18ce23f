import type { Locale } from '@/i18n/routing';
import type { orderEvents } from '@/lib/db/schema';
import {
  ORDER_STATUSES,
  PAYMENT_METHODS,
  SHIPMENT_STATUSES,
  type PaymentMethod,
} from '@/lib/orders/states';
import { formatVnd } from '@/lib/format';
import { chargeMismatches, formatCharge } from '@/lib/orders/payment-mismatch';
import { fill, type DeskMessages } from './i18n';
import { formatDeskTime } from './time';

export type OrderEvent = typeof orderEvents.$inferSelect;

/** A history row as a person reads it: what happened, anything worth knowing, who did it, when. */
export interface HistoryEntry {
  id: number;
  at: number;
  when: string;
  title: string;
  details: string[];
  who: string;
}

/** A desk account named in the history, by its username. */
export interface DeskPerson {
  displayName: string;
  village: string | null;
}

export interface HistoryContext {
  m: DeskMessages;
  lang: Locale;
  method: PaymentMethod;
  villageNames: Record<string, string>;
  people: Record<string, DeskPerson>;
}

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined =>
  list.find((x) => x === v);

// The notes below are written by lib/orders/transitions.ts, lib/desk/actions.ts and
// lib/desk/cancel.ts in English; tests/desk/history.test.ts runs those paths, so a changed
// wording fails there rather than reaching a representative raw.
const TRANSFER = /bank transfer received: (\d+) VND/;
const SHORT = /not in stock any more: (.+?) \(refund or make\)/;
const COD_CASH = /cash collected: (\d+) VND/;
const STRIPE_REFUND = /; Stripe refund (\S+) \((\d+) VND\)$/;
const REFUND_TO_MAKE = /; refund to make to the buyer: (\d+) VND$/;
const REASON = /^(cancelled|returned): ([\s\S]*)$/;

type Verb = 'confirmedBy' | 'shippedBy' | 'deliveredBy' | 'cancelledBy';

/** A cancellation's reason and refund, from "cancelled: ‹reason›; Stripe refund re_… (N VND)". */
function cancellation(note: string, c: HistoryContext): { returned: boolean; details: string[] } {
  const h = c.m.history;
  const money = (n: string | undefined) => formatVnd(Number(n), c.lang);
  const stripe = STRIPE_REFUND.exec(note);
  const manual = REFUND_TO_MAKE.exec(note);
  const rest = note.slice(0, (stripe ?? manual)?.index ?? note.length);
  const reason = REASON.exec(rest);
  const details = [];
  if (reason?.[2]) details.push(fill(h.reason, { reason: reason[2] }));
  else if (!reason && rest) details.push(rest);
  if (stripe) details.push(fill(h.stripeRefund, { amount: money(stripe[2]), id: stripe[1] ?? '' }));
  if (manual) details.push(fill(h.refundToMake, { amount: money(manual[1]) }));
  return { returned: reason?.[1] === 'returned', details };
}

/** A row about the whole order (its payment, or a status that follows from its parts). */
function orderRow(
  e: OrderEvent,
  c: HistoryContext,
): { title: string; details: string[]; verb?: Verb } {
  const h = c.m.history;
  const note = e.note ?? '';
  const to = oneOf(ORDER_STATUSES, e.toStatus);
  const [charge] = chargeMismatches([e]);
  if (charge)
    return { title: fill(h.mismatch, { received: formatCharge(charge, c.lang) }), details: [] };
  if (e.fromStatus === null && to === 'pending') {
    // The note holds the method; a partial view has no notes, and the order says it too.
    const method = oneOf(PAYMENT_METHODS, note) ?? c.method;
    return { title: fill(h.createdWith, { method: c.m.methods[method] }), details: [] };
  }
  const payment =
    e.fromStatus === null || ['pending', 'expired', 'cancelled'].includes(e.fromStatus);
  if (to === 'paid' && payment) {
    const transfer = TRANSFER.exec(note);
    const short = SHORT.exec(note);
    const details = [
      ...(note.includes('paid after the hold lapsed') ? [h.paidLate] : []),
      ...(short?.[1] ? [fill(h.shortStock, { items: short[1] })] : []),
    ];
    const title = transfer
      ? fill(h.paidTransfer, { amount: formatVnd(Number(transfer[1]), c.lang) })
      : e.actor === 'stripe'
        ? h.paidCard
        : c.method === 'bank_transfer'
          ? h.paidTransferNoAmount
          : h.paid;
    return { title, details, verb: 'confirmedBy' };
  }
  if (to === 'expired')
    return { title: note.includes('checkout session') ? h.sessionExpired : h.expired, details: [] };
  if (to === 'cancelled') {
    if (note === 'payment failed') return { title: h.paymentFailed, details: [] };
    if (note === 'left the payment page') return { title: h.leftPayment, details: [] };
    return {
      title: h.cancelled,
      details: note ? cancellation(note, c).details : [],
      verb: 'cancelledBy',
    };
  }
  return {
    title: fill(h.orderStatus, { status: to ? c.m.statuses[to] : e.toStatus }),
    details: note ? [note] : [],
  };
}

/** A row about one village's part (its shipment). */
function partRow(
  e: OrderEvent,
  village: string,
  c: HistoryContext,
): { title: string; details: string[]; verb?: Verb } {
  const h = c.m.history;
  const name = { village: c.villageNames[village] ?? village };
  const note = e.note ?? '';
  switch (oneOf(SHIPMENT_STATUSES, e.toStatus)) {
    case 'confirmed':
      return { title: fill(h.partConfirmed, name), details: [], verb: 'confirmedBy' };
    case 'shipped':
      return {
        title: fill(h.partShipped, name),
        details: note ? [fill(h.parcel, { parcel: note })] : [],
        verb: 'shippedBy',
      };
    case 'delivered': {
      const cash = COD_CASH.exec(note);
      const title = cash
        ? fill(h.partCodCollected, { ...name, amount: formatVnd(Number(cash[1]), c.lang) })
        : fill(h.partDelivered, name);
      return { title, details: [], verb: 'deliveredBy' };
    }
    case 'cancelled': {
      if (note === 'hold lapsed') return { title: fill(h.partLapsed, name), details: [] };
      const { returned, details } = cancellation(note, c);
      const title = fill(returned ? h.partReturned : h.partCancelled, name);
      return { title, details, verb: 'cancelledBy' };
    }
    default: {
      const status = oneOf(SHIPMENT_STATUSES, e.toStatus);
      return {
        title: fill(h.partStatus, {
          ...name,
          status: status ? c.m.shipmentStatuses[status] : e.toStatus,
        }),
        details: note ? [note] : [],
      };
    }
  }
}

/** "Thảo (Phú Vinh)", "Khách hàng", "Hệ thống (tự động)" — never "desk:thao" or "buyer". */
export function actorName(actor: string, c: Pick<HistoryContext, 'm' | 'villageNames' | 'people'>) {
  const h = c.m.history;
  if (actor === 'buyer' || actor === 'stripe' || actor === 'system') return h[actor];
  const username = actor.startsWith('desk:') ? actor.slice(5) : actor;
  const person = c.people[username];
  if (!person) return username;
  return person.village
    ? fill(h.staff, {
        name: person.displayName,
        village: c.villageNames[person.village] ?? person.village,
      })
    : fill(h.admin, { name: person.displayName });
}

/** The order's history in the reader's language: the one place desk pages turn events into words. */
export function formatHistory(events: OrderEvent[], c: HistoryContext): HistoryEntry[] {
  return events.map((e) => {
    const row = e.village === null ? orderRow(e, c) : partRow(e, e.village, c);
    const name = actorName(e.actor, c);
    const who =
      row.verb && e.actor.startsWith('desk:') ? fill(c.m.history[row.verb], { who: name }) : name;
    return {
      id: e.id,
      at: e.at,
      when: formatDeskTime(e.at, c.lang),
      title: row.title,
      details: row.details,
      who,
    };
  });
}

/** The desk usernames named in these events, to look their names up. */
export const deskUsernames = (events: Pick<OrderEvent, 'actor'>[]): string[] => [
  ...new Set(events.filter((e) => e.actor.startsWith('desk:')).map((e) => e.actor.slice(5))),
];
