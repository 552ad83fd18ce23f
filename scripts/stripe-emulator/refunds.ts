/** Refunds against the PaymentIntent of a paid Checkout Session, and that PaymentIntent. */
import type { FormObject } from './form';
import { emitEvent, type EventRequest } from './events';
import { LIST_PARAMS, inRange, paginate, readListParams } from './list';
import {
  newId,
  nowSeconds,
  type EmulatorContext,
  type ListObject,
  type PaymentIntentObject,
  type RefundObject,
} from './state';
import { Reader, invalidRequest, missingParam, resourceMissing } from './validate';

export function getPaymentIntent(ctx: EmulatorContext, id: string): PaymentIntentObject {
  const record = ctx.state.paymentIntents.get(id);
  if (!record) throw resourceMissing('payment_intent', id, 'intent');
  return record.paymentIntent;
}

function refundedSoFar(ctx: EmulatorContext, paymentIntentId: string): number {
  let sum = 0;
  for (const refund of ctx.state.refunds.values())
    if (refund.payment_intent === paymentIntentId) sum += refund.amount;
  return sum;
}

export function createRefund(
  ctx: EmulatorContext,
  params: FormObject,
  request: EventRequest,
  apiVersion: string,
): RefundObject {
  const r = Reader.root(params).only(['payment_intent', 'amount', 'metadata', 'reason', 'expand']);
  const paymentIntentId = r.string('payment_intent');
  if (paymentIntentId === undefined) throw missingParam('payment_intent');
  // Only sessions paid on the hosted page have a PaymentIntent, so this also means "belongs to a paid session".
  const record = ctx.state.paymentIntents.get(paymentIntentId);
  if (!record) throw resourceMissing('payment_intent', paymentIntentId, 'payment_intent', 400);
  const pi = record.paymentIntent;
  const remaining = pi.amount_received - refundedSoFar(ctx, pi.id);
  const amount = r.integer('amount', { min: 1, currency: pi.currency }) ?? remaining;
  const reason =
    r.oneOf('reason', ['duplicate', 'fraudulent', 'requested_by_customer'] as const) ?? null;
  const metadata = r.metadata('metadata');
  if (r.stringList('expand').length > 0)
    throw invalidRequest('The emulator cannot expand refund fields.', 'expand');
  if (remaining <= 0) {
    throw invalidRequest(
      `Charge ${pi.latest_charge} has already been refunded.`,
      undefined,
      'charge_already_refunded',
    );
  }
  if (amount > remaining) {
    throw invalidRequest(
      `Refund amount (${amount} ${pi.currency}) is greater than unrefunded amount on charge (${remaining} ${pi.currency})`,
      'amount',
      'amount_too_large',
    );
  }
  const refund: RefundObject = {
    id: newId('re_test_'),
    object: 'refund',
    amount,
    balance_transaction: null,
    charge: pi.latest_charge,
    created: nowSeconds(ctx),
    currency: pi.currency,
    customer: null,
    metadata,
    payment_intent: pi.id,
    payment_method: null,
    reason,
    receipt_number: null,
    source_transfer_reversal: null,
    status: 'succeeded', // card refunds in test mode succeed at once
    transfer_reversal: null,
  };
  ctx.state.refunds.set(refund.id, refund);
  emitEvent(ctx, 'refund.created', refund, request, apiVersion);
  return refund;
}

export function getRefund(ctx: EmulatorContext, id: string): RefundObject {
  const refund = ctx.state.refunds.get(id);
  if (!refund) throw resourceMissing('refund', id, 'refund');
  return refund;
}

export function listRefunds(ctx: EmulatorContext, params: FormObject): ListObject<RefundObject> {
  const r = Reader.root(params).only([...LIST_PARAMS, 'payment_intent', 'charge']);
  const list = readListParams(r);
  const paymentIntent = r.string('payment_intent');
  const charge = r.string('charge');
  if (r.stringList('expand').length > 0)
    throw invalidRequest('The emulator cannot expand refund fields.', 'expand');
  const items = [...ctx.state.refunds.values()]
    .filter((refund) => inRange(refund.created, list.created))
    .filter((refund) => paymentIntent === undefined || refund.payment_intent === paymentIntent)
    .filter((refund) => charge === undefined || refund.charge === charge)
    .reverse();
  return paginate(items, list, '/v1/refunds', 'refund');
}
