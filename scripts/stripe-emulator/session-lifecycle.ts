/** What happens to a Checkout Session after create: it expires, or the buyer pays. */
import { NO_REQUEST, emitEvent, recordEvent, type EventRequest } from './events';
import { applyShipping } from './sessions';
import {
  newId,
  nowSeconds,
  type Address,
  type CheckoutSessionObject,
  type EmulatorContext,
  type EventObject,
  type PaymentIntentObject,
  type SessionRecord,
} from './state';
import { invalidRequest } from './validate';

/** Only open sessions can be expired (API call, or expires_at passing). Emits checkout.session.expired. */
export function expireSession(
  ctx: EmulatorContext,
  record: SessionRecord,
  request: EventRequest,
  apiVersion: string,
): EventObject {
  const session = record.session;
  if (session.status !== 'open') {
    throw invalidRequest(
      `Only Checkout Sessions with a status of "open" can be expired. This Checkout Session has status "${session.status}".`,
      'session',
    );
  }
  session.status = 'expired';
  session.url = null;
  return emitEvent(ctx, 'checkout.session.expired', session, request, apiVersion);
}

/** Expires open sessions whose expires_at has passed; Stripe does this on its own clock too. */
export function sweepExpired(ctx: EmulatorContext): void {
  const now = nowSeconds(ctx);
  for (const record of ctx.state.sessions.values()) {
    if (record.session.status === 'open' && record.session.expires_at <= now) {
      expireSession(ctx, record, NO_REQUEST, record.apiVersion);
    }
  }
}

export interface BuyerInput {
  shippingRateId?: string;
  name?: string;
  email?: string;
  line1?: string;
  city?: string;
  state?: string;
  country?: string;
}

export const TEST_BUYER = {
  name: 'Nguyễn Văn Thử',
  email: 'buyer@example.com',
  line1: 'Số 1 đường Thử Nghiệm',
  city: 'Chương Mỹ', // Stripe's address for Vietnam: city = district/commune, state = province
  state: 'Hà Nội',
  country: 'VN',
  postalCode: '100000',
} as const;

/**
 * The buyer paid on the hosted page: the session completes, a PaymentIntent exists, and
 * checkout.session.completed is recorded (the caller delivers it). Throws a plain Error with a
 * message for the page if the input does not fit the session.
 */
export function completeSession(
  ctx: EmulatorContext,
  record: SessionRecord,
  input: BuyerInput,
): EventObject {
  const session = record.session;
  const rates = session.shipping_options.map((o) =>
    typeof o.shipping_rate === 'string' ? o.shipping_rate : o.shipping_rate.id,
  );
  const rateId = input.shippingRateId || rates[0];
  if (rateId !== undefined && !rates.includes(rateId))
    throw new Error(`Unknown shipping option: ${rateId}`);
  const rate = rateId === undefined ? undefined : ctx.state.shippingRates.get(rateId);

  const allowed = session.shipping_address_collection?.allowed_countries ?? null;
  const defaultCountry =
    allowed === null || allowed.includes(TEST_BUYER.country)
      ? TEST_BUYER.country
      : (allowed[0] ?? TEST_BUYER.country);
  const country = input.country || defaultCountry;
  if (allowed !== null && !allowed.includes(country))
    throw new Error(`Shipping to ${country} is not offered.`);
  const inVietnam = country === TEST_BUYER.country;
  const address: Address = {
    city: input.city || (inVietnam ? TEST_BUYER.city : 'Test City'),
    country,
    line1: input.line1 || (inVietnam ? TEST_BUYER.line1 : '1 Test Street'),
    line2: null,
    postal_code: inVietnam ? TEST_BUYER.postalCode : '10000',
    state: input.state || (inVietnam ? TEST_BUYER.state : null),
  };
  const name = input.name || TEST_BUYER.name;
  // A customer_email given at creation is fixed on Stripe's page; the buyer cannot change it.
  const email = session.customer_email ?? (input.email || TEST_BUYER.email);
  const shippingDetails = allowed !== null ? { address, name } : null;

  // Everything checked: from here on the session changes.
  if (rate) applyShipping(session, rate);
  session.customer_details = {
    address,
    business_name: null,
    email,
    individual_name: null,
    name,
    phone: null,
    tax_exempt: 'none',
    tax_ids: [],
  };
  session.collected_information = {
    business_name: null,
    individual_name: null,
    shipping_details: shippingDetails,
  };
  session.status = 'complete';
  session.url = null;

  if (session.amount_total > 0) {
    const paymentIntent: PaymentIntentObject = {
      id: newId('pi_test_'),
      object: 'payment_intent',
      amount: session.amount_total,
      amount_capturable: 0,
      amount_received: session.amount_total,
      capture_method: 'automatic_async',
      created: nowSeconds(ctx),
      currency: session.currency,
      customer: null,
      description: record.paymentIntentData.description,
      latest_charge: newId('ch_test_'),
      livemode: false,
      metadata: record.paymentIntentData.metadata,
      payment_method_types: ['card'],
      receipt_email: null,
      shipping: shippingDetails,
      status: 'succeeded',
    };
    ctx.state.paymentIntents.set(paymentIntent.id, { paymentIntent, sessionId: session.id });
    session.payment_intent = paymentIntent.id;
    session.payment_status = 'paid';
  } else {
    // A free order: Stripe completes it without a PaymentIntent.
    session.payment_status = 'no_payment_required';
  }
  return recordEvent(ctx, 'checkout.session.completed', session, NO_REQUEST, record.apiVersion);
}

/** success_url with Stripe's `{CHECKOUT_SESSION_ID}` template filled in. */
export function successRedirect(session: CheckoutSessionObject): string {
  return session.success_url.split('{CHECKOUT_SESSION_ID}').join(session.id);
}
