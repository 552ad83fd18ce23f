/** Checkout Session create, with Stripe's validation of every parameter. */
import type { FormObject } from './form';
import {
  newId,
  nowSeconds,
  type CheckoutSessionObject,
  type EmulatorContext,
  type LineItemObject,
  type ProductObject,
  type SessionRecord,
  type ShippingRateObject,
} from './state';
import {
  Reader,
  invalidRequest,
  isHttpUrl,
  missingParam,
  readCurrency,
  readEmail,
  readHttpUrl,
  resourceMissing,
} from './validate';

const CREATE_PARAMS = [
  'mode',
  'line_items',
  'success_url',
  'cancel_url',
  'expires_at',
  'metadata',
  'shipping_address_collection',
  'shipping_options',
  'client_reference_id',
  'customer_email',
  'locale',
  'payment_intent_data',
  'expand',
  'payment_method_types',
  'ui_mode',
  'submit_type',
  'billing_address_collection',
] as const;

/** Locales Checkout accepts (from the SDK's SessionCreateParams.Locale). */
const LOCALES = (
  'auto bg cs da de el en en-GB es es-419 et fi fil fr fr-CA hi-IN hr hu id it ja ko lt lv ms mt nb nl ' +
  'pl pt pt-BR ro ru sk sl sv th tr vi zh zh-HK zh-TW'
).split(' ');

const MIN_EXPIRY_S = 30 * 60;
const MAX_EXPIRY_S = 24 * 60 * 60;
/** A client computing now+30 min can land a second short by the time we look; allow that. */
const EXPIRY_SLACK_S = 10;

interface DraftLineItem {
  name: string;
  description: string | null;
  images: string[];
  productMetadata: Record<string, string>;
  itemMetadata: Record<string, string>;
  taxBehavior: string;
  currency: string;
  unitAmount: number;
  quantity: number;
}

type DraftShipping =
  | { kind: 'existing'; rate: ShippingRateObject }
  | { kind: 'new'; rate: Omit<ShippingRateObject, 'id' | 'created'> };

export function createSession(
  ctx: EmulatorContext,
  params: FormObject,
  apiVersion: string,
): SessionRecord {
  const r = Reader.root(params).only(CREATE_PARAMS);

  const mode = r.oneOf('mode', ['payment', 'setup', 'subscription'] as const, { required: true });
  if (mode !== 'payment')
    throw invalidRequest(`The Stripe emulator only supports mode=payment (got ${mode}).`, 'mode');
  const uiMode = r.oneOf('ui_mode', [
    'hosted_page',
    'hosted',
    'embedded_page',
    'elements',
  ] as const);
  if (uiMode !== undefined && uiMode !== 'hosted_page' && uiMode !== 'hosted') {
    throw invalidRequest(
      `The Stripe emulator only supports the hosted page (ui_mode=hosted_page), not ${uiMode}.`,
      'ui_mode',
    );
  }

  const items = r
    .list('line_items', { required: true, min: 1, max: 100 })
    .map((item) => readLineItem(item.value, item.name));
  const currency = items[0]?.currency ?? '';
  items.forEach((item, i) => {
    // Stripe cannot charge one session in two currencies.
    if (item.currency !== currency) {
      throw invalidRequest(
        `All line items must have the same currency: line_items[0] is in ${currency}, line_items[${i}] in ${item.currency}.`,
        `line_items[${i}][price_data][currency]`,
      );
    }
  });

  const successUrl = readHttpUrl(r, 'success_url', { required: true }) ?? '';
  const cancelUrl = readHttpUrl(r, 'cancel_url') ?? null;

  const now = nowSeconds(ctx);
  const expiresAt = r.integer('expires_at') ?? now + MAX_EXPIRY_S;
  if (expiresAt < now + MIN_EXPIRY_S - EXPIRY_SLACK_S) {
    throw invalidRequest(
      'The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.',
      'expires_at',
    );
  }
  if (expiresAt > now + MAX_EXPIRY_S) {
    throw invalidRequest(
      'The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.',
      'expires_at',
    );
  }

  const metadata = r.metadata('metadata');
  const clientReferenceId = r.string('client_reference_id', { maxLength: 200 }) ?? null;
  const customerEmail = readEmail(r, 'customer_email') ?? null;
  const locale = r.oneOf('locale', LOCALES) ?? null;
  const submitType = r.oneOf('submit_type', ['auto', 'book', 'donate', 'pay'] as const) ?? null;
  const billingAddressCollection =
    r.oneOf('billing_address_collection', ['auto', 'required'] as const) ?? null;
  const paymentMethodTypes = r.stringList('payment_method_types');
  paymentMethodTypes.forEach((t, i) => {
    if (t !== 'card')
      throw invalidRequest(
        `The Stripe emulator only supports card payments, not ${t}.`,
        `payment_method_types[${i}]`,
      );
  });

  let allowedCountries: string[] | null = null;
  const sac = r.object('shipping_address_collection');
  if (sac) {
    sac.only(['allowed_countries']);
    allowedCountries = sac.stringList('allowed_countries').map((c, i) => {
      if (!/^[A-Z]{2}$/.test(c))
        throw invalidRequest(
          `Invalid country: ${c}`,
          `shipping_address_collection[allowed_countries][${i}]`,
        );
      return c;
    });
    if (allowedCountries.length === 0)
      throw missingParam('shipping_address_collection[allowed_countries]');
  }

  const shipping = r
    .list('shipping_options', { max: 5 })
    .map((o) => readShippingOption(ctx, o.value, o.name, currency));

  const pid = r.object('payment_intent_data')?.only(['metadata', 'description']);
  const paymentIntentData: SessionRecord['paymentIntentData'] = {
    metadata: pid?.metadata('metadata') ?? {},
    description: pid?.string('description', { maxLength: 1000 }) ?? null,
  };

  const subtotal = items.reduce((sum, item) => sum + item.unitAmount * item.quantity, 0);
  if (!Number.isSafeInteger(subtotal))
    throw invalidRequest('The total amount is too large.', 'line_items');

  // ---- all checks passed: create the objects
  const id = newId('cs_test_', 58);
  const rates = shipping.map((draft) => {
    if (draft.kind === 'existing') return draft.rate;
    const rate: ShippingRateObject = { id: newId('shr_test_'), created: now, ...draft.rate };
    ctx.state.shippingRates.set(rate.id, rate);
    return rate;
  });
  const products = new Map<string, ProductObject>();
  const lineItems = items.map((item): LineItemObject => {
    const product: ProductObject = {
      id: newId('prod_test_', 14),
      object: 'product',
      active: false, // inline product_data/price_data objects are created inactive
      created: now,
      description: item.description,
      images: item.images,
      livemode: false,
      metadata: item.productMetadata,
      name: item.name,
      tax_code: null,
      unit_label: null,
      updated: now,
      url: null,
    };
    products.set(product.id, product);
    const amount = item.unitAmount * item.quantity;
    return {
      id: newId('li_test_'),
      object: 'item',
      amount_discount: 0,
      amount_subtotal: amount,
      amount_tax: 0,
      amount_total: amount,
      currency: item.currency,
      description: item.name,
      metadata: item.itemMetadata,
      price: {
        id: newId('price_test_'),
        object: 'price',
        active: false,
        billing_scheme: 'per_unit',
        created: now,
        currency: item.currency,
        livemode: false,
        lookup_key: null,
        metadata: {},
        nickname: null,
        product: product.id,
        recurring: null,
        tax_behavior: item.taxBehavior,
        type: 'one_time',
        unit_amount: item.unitAmount,
        unit_amount_decimal: String(item.unitAmount),
      },
      quantity: item.quantity,
    };
  });

  const session: CheckoutSessionObject = {
    id,
    object: 'checkout.session',
    after_expiration: null,
    allow_promotion_codes: null,
    amount_subtotal: subtotal,
    amount_total: subtotal,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: billingAddressCollection,
    cancel_url: cancelUrl,
    client_reference_id: clientReferenceId,
    client_secret: null,
    collected_information: null,
    consent: null,
    consent_collection: null,
    created: now,
    currency,
    currency_conversion: null,
    custom_fields: [],
    custom_text: {
      after_submit: null,
      shipping_address: null,
      submit: null,
      terms_of_service_acceptance: null,
    },
    customer: null,
    customer_creation: 'if_required',
    customer_details: null,
    customer_email: customerEmail,
    discounts: [],
    expires_at: expiresAt,
    invoice: null,
    invoice_creation: null,
    livemode: false,
    locale,
    metadata,
    mode: 'payment',
    payment_intent: null,
    payment_link: null,
    payment_method_collection: 'if_required',
    payment_method_configuration_details: null,
    payment_method_options: {},
    payment_method_types: ['card'],
    payment_status: 'unpaid',
    phone_number_collection: { enabled: false },
    recovered_from: null,
    saved_payment_method_options: null,
    setup_intent: null,
    shipping_address_collection: allowedCountries ? { allowed_countries: allowedCountries } : null,
    shipping_cost: null,
    shipping_options: rates.map((rate) => ({
      shipping_amount: rate.fixed_amount.amount,
      shipping_rate: rate.id,
    })),
    status: 'open',
    submit_type: submitType,
    subscription: null,
    success_url: successUrl,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: 'hosted_page',
    url: `${ctx.config.publicUrl ?? ''}/pay/${id}`,
    wallet_options: null,
  };
  // Until the buyer picks one, the first shipping option is the one in the totals (as on Stripe).
  const firstRate = rates[0];
  if (firstRate) applyShipping(session, firstRate);

  const record: SessionRecord = { session, lineItems, products, paymentIntentData, apiVersion };
  ctx.state.sessions.set(id, record);
  return record;
}

function readLineItem(value: FormObject[string], name: string): DraftLineItem {
  const r = Reader.of(value, name).only(['price_data', 'quantity', 'price', 'metadata']);
  const price = r.string('price');
  if (price !== undefined) throw resourceMissing('price', price, r.name('price'), 400); // no Price objects exist here
  const pd = r.object('price_data', { required: true });
  if (!pd) throw missingParam(r.name('price_data'));
  pd.only(['currency', 'unit_amount', 'product_data', 'product', 'tax_behavior']);
  const product = pd.string('product');
  if (product !== undefined) throw resourceMissing('product', product, pd.name('product'), 400);
  const currency = readCurrency(pd, 'currency');
  const unitAmount = pd.integer('unit_amount', { required: true, min: 0, currency }) ?? 0;
  const taxBehavior =
    pd.oneOf('tax_behavior', ['inclusive', 'exclusive', 'unspecified'] as const) ?? 'unspecified';
  const productData = pd.object('product_data', { required: true });
  if (!productData) throw missingParam(pd.name('product_data'));
  productData.only(['name', 'description', 'images', 'metadata', 'unit_label', 'tax_code']);
  const images = productData.stringList('images', { max: 8, maxLength: 2048 });
  images.forEach((url, i) => {
    if (!isHttpUrl(url))
      throw invalidRequest('Not a valid URL', `${productData.name('images')}[${i}]`, 'url_invalid');
  });
  productData.string('unit_label', { maxLength: 12 });
  productData.string('tax_code');
  return {
    name: productData.string('name', { required: true, maxLength: 5000 }) ?? '',
    description: productData.string('description', { maxLength: 40000 }) ?? null,
    images,
    productMetadata: productData.metadata('metadata'),
    itemMetadata: r.metadata('metadata'),
    taxBehavior,
    currency,
    unitAmount,
    quantity: r.integer('quantity', { required: true, min: 1, max: 999_999 }) ?? 1,
  };
}

function readShippingOption(
  ctx: EmulatorContext,
  value: FormObject[string],
  name: string,
  currency: string,
): DraftShipping {
  const r = Reader.of(value, name).only(['shipping_rate', 'shipping_rate_data']);
  const existingId = r.string('shipping_rate');
  if (existingId !== undefined) {
    if (r.has('shipping_rate_data')) {
      throw invalidRequest(
        'You may only specify one of these parameters: shipping_rate, shipping_rate_data.',
        r.name('shipping_rate_data'),
      );
    }
    const rate = ctx.state.shippingRates.get(existingId);
    if (!rate) throw resourceMissing('shipping_rate', existingId, r.name('shipping_rate'), 400);
    if (rate.fixed_amount.currency !== currency) {
      throw invalidRequest(
        `Shipping rate ${existingId} is in ${rate.fixed_amount.currency}, but the session is in ${currency}.`,
        r.name('shipping_rate'),
      );
    }
    return { kind: 'existing', rate };
  }
  const d = r.object('shipping_rate_data', { required: true });
  if (!d) throw missingParam(r.name('shipping_rate_data'));
  d.only([
    'type',
    'display_name',
    'fixed_amount',
    'metadata',
    'delivery_estimate',
    'tax_behavior',
    'tax_code',
  ]);
  d.oneOf('type', ['fixed_amount'] as const);
  const displayName = d.string('display_name', { required: true, maxLength: 100 }) ?? '';
  const fixed = d.object('fixed_amount', { required: true });
  if (!fixed) throw missingParam(d.name('fixed_amount'));
  fixed.only(['amount', 'currency']);
  const rateCurrency = readCurrency(fixed, 'currency');
  const amount = fixed.integer('amount', { required: true, min: 0, currency: rateCurrency }) ?? 0;
  if (rateCurrency !== currency) {
    throw invalidRequest(
      `The shipping rate currency (${rateCurrency}) must match the line items' currency (${currency}).`,
      fixed.name('currency'),
    );
  }
  let deliveryEstimate: ShippingRateObject['delivery_estimate'] = null;
  const estimate = d.object('delivery_estimate');
  if (estimate) {
    estimate.only(['minimum', 'maximum']);
    const bound = (key: string) => {
      const b = estimate.object(key);
      if (!b) return null;
      b.only(['unit', 'value']);
      const unit =
        b.oneOf('unit', ['hour', 'day', 'business_day', 'week', 'month'] as const, {
          required: true,
        }) ?? 'day';
      return { unit, value: b.integer('value', { required: true, min: 1 }) ?? 1 };
    };
    deliveryEstimate = { minimum: bound('minimum'), maximum: bound('maximum') };
  }
  return {
    kind: 'new',
    rate: {
      object: 'shipping_rate',
      active: true,
      delivery_estimate: deliveryEstimate,
      display_name: displayName,
      fixed_amount: { amount, currency },
      livemode: false,
      metadata: d.metadata('metadata'),
      tax_behavior:
        d.oneOf('tax_behavior', ['inclusive', 'exclusive', 'unspecified'] as const) ??
        'unspecified',
      tax_code: d.string('tax_code') ?? null,
      type: 'fixed_amount',
    },
  };
}

export function applyShipping(session: CheckoutSessionObject, rate: ShippingRateObject): void {
  const amount = rate.fixed_amount.amount;
  session.shipping_cost = {
    amount_subtotal: amount,
    amount_tax: 0,
    amount_total: amount,
    shipping_rate: rate.id,
  };
  session.total_details = { ...session.total_details, amount_shipping: amount };
  session.amount_total = session.amount_subtotal + amount;
}
