/** The emulator's in-memory objects (shaped like Stripe's JSON) and the shared context. */
import { randomBytes } from 'node:crypto';
import type { EmulatorConfig, Faults } from './config';
import type { WebhookDispatcher } from './webhook';

export type Metadata = Record<string, string>;

export interface Address {
  city: string | null;
  country: string | null;
  line1: string | null;
  line2: string | null;
  postal_code: string | null;
  state: string | null;
}

export interface ListObject<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
  url: string;
}

export interface ShippingRateObject {
  id: string;
  object: 'shipping_rate';
  active: boolean;
  created: number;
  delivery_estimate: {
    minimum: { unit: string; value: number } | null;
    maximum: { unit: string; value: number } | null;
  } | null;
  display_name: string;
  fixed_amount: { amount: number; currency: string };
  livemode: false;
  metadata: Metadata;
  tax_behavior: string;
  tax_code: string | null;
  type: 'fixed_amount';
}

export interface ProductObject {
  id: string;
  object: 'product';
  active: boolean;
  created: number;
  description: string | null;
  images: string[];
  livemode: false;
  metadata: Metadata;
  name: string;
  tax_code: string | null;
  unit_label: string | null;
  updated: number;
  url: string | null;
}

export interface PriceObject {
  id: string;
  object: 'price';
  active: boolean;
  billing_scheme: 'per_unit';
  created: number;
  currency: string;
  livemode: false;
  lookup_key: null;
  metadata: Metadata;
  nickname: null;
  product: string | ProductObject;
  recurring: null;
  tax_behavior: string;
  type: 'one_time';
  unit_amount: number;
  unit_amount_decimal: string;
}

export interface LineItemObject {
  id: string;
  object: 'item';
  amount_discount: number;
  amount_subtotal: number;
  amount_tax: number;
  amount_total: number;
  currency: string;
  description: string;
  metadata: Metadata;
  price: PriceObject;
  quantity: number;
}

export interface CustomerDetails {
  address: Address | null;
  business_name: string | null;
  email: string | null;
  individual_name: string | null;
  name: string | null;
  phone: string | null;
  tax_exempt: 'none';
  tax_ids: [];
}

export interface ShippingCost {
  amount_subtotal: number;
  amount_tax: number;
  amount_total: number;
  shipping_rate: string | ShippingRateObject;
}

export interface CheckoutSessionObject {
  id: string;
  object: 'checkout.session';
  after_expiration: null;
  allow_promotion_codes: null;
  amount_subtotal: number;
  amount_total: number;
  automatic_tax: { enabled: false; liability: null; provider: null; status: null };
  billing_address_collection: string | null;
  cancel_url: string | null;
  client_reference_id: string | null;
  client_secret: null;
  /** Since API version 2025-03-31 the shipping address lives here, not in a top-level shipping_details. */
  collected_information: {
    business_name: null;
    individual_name: null;
    shipping_details: { address: Address; name: string } | null;
  } | null;
  consent: null;
  consent_collection: null;
  created: number;
  currency: string;
  currency_conversion: null;
  custom_fields: [];
  custom_text: {
    after_submit: null;
    shipping_address: null;
    submit: null;
    terms_of_service_acceptance: null;
  };
  customer: null;
  customer_creation: 'if_required';
  customer_details: CustomerDetails | null;
  customer_email: string | null;
  discounts: [];
  expires_at: number;
  invoice: null;
  invoice_creation: null;
  line_items?: ListObject<LineItemObject>;
  livemode: false;
  locale: string | null;
  metadata: Metadata;
  mode: 'payment';
  payment_intent: string | PaymentIntentObject | null;
  payment_link: null;
  payment_method_collection: 'if_required';
  payment_method_configuration_details: null;
  payment_method_options: Record<string, never>;
  payment_method_types: string[];
  payment_status: 'unpaid' | 'paid' | 'no_payment_required';
  phone_number_collection: { enabled: false };
  recovered_from: null;
  saved_payment_method_options: null;
  setup_intent: null;
  shipping_address_collection: { allowed_countries: string[] } | null;
  shipping_cost: ShippingCost | null;
  shipping_options: { shipping_amount: number; shipping_rate: string | ShippingRateObject }[];
  status: 'open' | 'complete' | 'expired';
  submit_type: string | null;
  subscription: null;
  success_url: string;
  total_details: { amount_discount: number; amount_shipping: number; amount_tax: number };
  ui_mode: 'hosted_page';
  /** Null once the session is complete or expired: there is nothing left to pay. */
  url: string | null;
  wallet_options: null;
}

export interface PaymentIntentObject {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_capturable: number;
  amount_received: number;
  capture_method: 'automatic_async';
  created: number;
  currency: string;
  customer: null;
  description: string | null;
  latest_charge: string;
  livemode: false;
  metadata: Metadata;
  payment_method_types: string[];
  receipt_email: string | null;
  shipping: { address: Address; name: string } | null;
  status: 'succeeded';
}

export interface RefundObject {
  id: string;
  object: 'refund';
  amount: number;
  balance_transaction: null;
  charge: string;
  created: number;
  currency: string;
  customer: null;
  metadata: Metadata;
  payment_intent: string;
  payment_method: null;
  reason: string | null;
  receipt_number: null;
  source_transfer_reversal: null;
  status: 'succeeded';
  transfer_reversal: null;
}

export type EventDataObject = CheckoutSessionObject | RefundObject;

export interface EventObject {
  id: string;
  object: 'event';
  api_version: string;
  created: number;
  data: { object: EventDataObject };
  livemode: false;
  /** Endpoints that have not yet acknowledged the event: 1 until a delivery succeeds, 0 with no endpoint. */
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: string;
}

export interface SessionRecord {
  session: CheckoutSessionObject;
  lineItems: LineItemObject[];
  products: Map<string, ProductObject>;
  paymentIntentData: { metadata: Metadata; description: string | null };
  /** Stripe-Version of the creating request: completion events are rendered with it. */
  apiVersion: string;
}

export interface PaymentIntentRecord {
  paymentIntent: PaymentIntentObject;
  sessionId: string;
}

export interface DeliveryRecord {
  eventId: string;
  type: string;
  outcome: 'delivered' | 'failed' | 'dropped' | 'held';
  attempt: number;
  copy: number;
  status: number | null;
  error: string | null;
  at: number;
}

export interface IdempotencyEntry {
  method: string;
  path: string;
  params: string;
  status: number;
  body: string;
  requestId: string;
}

export interface EmulatorState {
  sessions: Map<string, SessionRecord>; // insertion order = creation order
  shippingRates: Map<string, ShippingRateObject>;
  paymentIntents: Map<string, PaymentIntentRecord>;
  refunds: Map<string, RefundObject>;
  events: EventObject[];
  deliveries: DeliveryRecord[];
  heldEvents: EventObject[];
  idempotency: Map<string, IdempotencyEntry>;
  inFlightIdempotencyKeys: Set<string>;
}

export function createState(): EmulatorState {
  return {
    sessions: new Map(),
    shippingRates: new Map(),
    paymentIntents: new Map(),
    refunds: new Map(),
    events: [],
    deliveries: [],
    heldEvents: [],
    idempotency: new Map(),
    inFlightIdempotencyKeys: new Set(),
  };
}

/** Empties the state in place, so references held by tests stay valid. */
export function clearState(state: EmulatorState): void {
  state.sessions.clear();
  state.shippingRates.clear();
  state.paymentIntents.clear();
  state.refunds.clear();
  state.events.length = 0;
  state.deliveries.length = 0;
  state.heldEvents.length = 0;
  state.idempotency.clear();
  state.inFlightIdempotencyKeys.clear();
}

export interface EmulatorContext {
  state: EmulatorState;
  config: EmulatorConfig;
  faults: Faults;
  webhooks: WebhookDispatcher;
  now(): number;
}

export function nowSeconds(ctx: EmulatorContext): number {
  return Math.floor(ctx.now() / 1000);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `cs_test_a1B2…`: random base62, like Stripe's ids (which are not sequential either). */
export function newId(prefix: string, length = 24): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return `${prefix}${out}`;
}

export function clone<T>(value: T): T {
  return structuredClone(value);
}
