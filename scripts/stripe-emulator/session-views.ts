/** Checkout Sessions as the API shows them: retrieve, list, line items, expansions. */
import type { FormObject } from './form';
import { LIST_PARAMS, inRange, paginate, readListParams } from './list';
import {
  clone,
  type CheckoutSessionObject,
  type EmulatorContext,
  type LineItemObject,
  type ListObject,
  type SessionRecord,
  type ShippingRateObject,
} from './state';
import { Reader, invalidRequest, resourceMissing } from './validate';

export function getSessionRecord(ctx: EmulatorContext, id: string): SessionRecord {
  const record = ctx.state.sessions.get(id);
  if (!record) throw resourceMissing('checkout.session', id, 'session');
  return record;
}

const EXPANDABLE = [
  'line_items',
  'line_items.data.price.product',
  'payment_intent',
  'shipping_cost.shipping_rate',
  'shipping_options.shipping_rate',
] as const;

export function readExpand(r: Reader, prefix = ''): string[] {
  return r.stringList('expand').map((path, i) => {
    const bare = path.startsWith(prefix) ? path.slice(prefix.length) : null;
    if (bare === null || !EXPANDABLE.some((e) => e === bare)) {
      throw invalidRequest(
        `This property cannot be expanded (${path}). The emulator expands: ${EXPANDABLE.map((e) => prefix + e).join(', ')}.`,
        `expand[${i}]`,
      );
    }
    return bare;
  });
}

/** A copy of the session with the requested fields expanded. */
export function renderSession(
  ctx: EmulatorContext,
  record: SessionRecord,
  expand: readonly string[],
): CheckoutSessionObject {
  const out = clone(record.session);
  const withProducts = expand.includes('line_items.data.price.product');
  if (withProducts || expand.includes('line_items')) {
    out.line_items = paginate(
      renderLineItems(record, withProducts),
      { limit: 100 },
      `/v1/checkout/sessions/${out.id}/line_items`,
      'item',
    );
  }
  if (expand.includes('payment_intent') && typeof out.payment_intent === 'string') {
    out.payment_intent = clone(
      ctx.state.paymentIntents.get(out.payment_intent)?.paymentIntent ?? null,
    );
  }
  const rateOf = (id: string | ShippingRateObject) =>
    typeof id === 'string' ? (ctx.state.shippingRates.get(id) ?? id) : id;
  if (expand.includes('shipping_cost.shipping_rate') && out.shipping_cost) {
    out.shipping_cost.shipping_rate = clone(rateOf(out.shipping_cost.shipping_rate));
  }
  if (expand.includes('shipping_options.shipping_rate')) {
    for (const option of out.shipping_options)
      option.shipping_rate = clone(rateOf(option.shipping_rate));
  }
  return out;
}

function renderLineItems(record: SessionRecord, withProducts: boolean): LineItemObject[] {
  return record.lineItems.map((item) => {
    const copy = clone(item);
    const product =
      typeof copy.price.product === 'string' ? record.products.get(copy.price.product) : undefined;
    if (withProducts && product) copy.price.product = clone(product);
    return copy;
  });
}

export function listLineItems(
  ctx: EmulatorContext,
  id: string,
  params: FormObject,
): ListObject<LineItemObject> {
  const record = getSessionRecord(ctx, id);
  const r = Reader.root(params).only(['limit', 'starting_after', 'ending_before', 'expand']);
  const list = readListParams(r);
  const expand = r.stringList('expand');
  expand.forEach((path, i) => {
    if (path !== 'data.price.product')
      throw invalidRequest(`This property cannot be expanded (${path}).`, `expand[${i}]`);
  });
  return paginate(
    renderLineItems(record, expand.length > 0),
    list,
    `/v1/checkout/sessions/${id}/line_items`,
    'item',
  );
}

export function listSessions(
  ctx: EmulatorContext,
  params: FormObject,
): ListObject<CheckoutSessionObject> {
  const r = Reader.root(params).only([...LIST_PARAMS, 'status', 'payment_intent']);
  const list = readListParams(r);
  const status = r.oneOf('status', ['open', 'complete', 'expired'] as const);
  const paymentIntent = r.string('payment_intent');
  const expand = readExpand(r, 'data.');
  const records = [...ctx.state.sessions.values()]
    .filter(({ session }) => inRange(session.created, list.created))
    .filter(({ session }) => status === undefined || session.status === status)
    .filter(
      ({ session }) => paymentIntent === undefined || session.payment_intent === paymentIntent,
    )
    .reverse();
  const page = paginate(
    records.map((rec) => rec.session),
    list,
    '/v1/checkout/sessions',
    'checkout.session',
  );
  return {
    ...page,
    data: page.data.map((s) => renderSession(ctx, getSessionRecord(ctx, s.id), expand)),
  };
}

export function getShippingRate(ctx: EmulatorContext, id: string): ShippingRateObject {
  const rate = ctx.state.shippingRates.get(id);
  if (!rate) throw resourceMissing('shipping_rate', id, 'shipping_rate_token');
  return rate;
}
