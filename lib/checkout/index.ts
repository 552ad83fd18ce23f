import 'server-only';
import { eq } from 'drizzle-orm';
import { getProductBySku } from '@/lib/content';
import { getDb, type Db } from '@/lib/db/client';
import { orders } from '@/lib/db/schema';
import { RequestError } from '@/lib/http/errors';
import { OutOfStockError } from '@/lib/orders/stock';
import { createOrder, TooManyOpenOrdersError } from '@/lib/orders/create';
import { discardOrder } from '@/lib/orders/transitions';
import { newOrderSecret, orderToken } from '@/lib/orders/link';
import { orderPagePath } from '@/lib/paths';
import type { PricedLine } from '@/lib/orders/types';
import { createCardSession } from '@/lib/payments/card';
import { stripe } from '@/lib/payments/stripe-client';
import { shopSettings } from '@/lib/settings';
import { availableStock, contentStock, type Tx } from '@/lib/orders/stock';
import { afterChange } from './after-change';
import { fieldIssue, InvalidFields } from './field-errors';
import { checkoutSchema, MAX_PER_LINE, type CheckoutRequest } from './schema';

export function parseCheckout(body: unknown): CheckoutRequest {
  const parsed = checkoutSchema.safeParse(body);
  if (!parsed.success) throw new InvalidFields(parsed.error.issues.map(fieldIssue));
  return parsed.data;
}

/** More than is left: the answer names the piece and how many remain, beside its quantity. */
function outOfStock(req: CheckoutRequest, sku: string, available: number): RequestError {
  const index = req.items.findIndex((i) => i.sku.trim().toUpperCase() === sku);
  return new RequestError(409, 'out_of_stock', {
    sku,
    name: getProductBySku(sku, req.locale)?.name ?? sku,
    available,
    field: `items[${Math.max(0, index)}].quantity`,
  });
}

/** Prices every line from content (never from the request); the same SKU twice becomes one line. */
export async function priceLines(req: CheckoutRequest, db: Tx = getDb()): Promise<PricedLine[]> {
  const merged = new Map<string, { index: number; quantity: number }>();
  req.items.forEach((item, index) => {
    const sku = item.sku.toUpperCase();
    const prev = merged.get(sku);
    merged.set(sku, {
      index: prev?.index ?? index,
      quantity: (prev?.quantity ?? 0) + item.quantity,
    });
  });
  const lines: PricedLine[] = [];
  for (const [sku, { index, quantity }] of merged) {
    const product = getProductBySku(sku, req.locale);
    if (!product) throw new RequestError(400, 'unknown_sku', { field: `items[${index}].sku`, sku });
    const onShelf = contentStock(product);
    if (onShelf === 0) throw outOfStock(req, sku, 0);
    if (quantity > MAX_PER_LINE) {
      // Fewer left than the limit: saying how many is the answer the buyer can act on.
      const left = onShelf === null ? quantity : await availableStock(db, sku, Date.now(), onShelf);
      if (left < quantity) throw outOfStock(req, sku, left);
      throw new RequestError(400, 'invalid_field', {
        field: `items[${index}].quantity`,
        reason: 'quantity',
      });
    }
    lines.push({
      sku,
      name: product.name,
      village: product.village,
      unitPriceVnd: product.priceVnd,
      quantity,
      contentStock: onShelf,
    });
  }
  return lines;
}

export function chooseShipping(id: string | undefined) {
  const options = shopSettings().shipping;
  const option = id === undefined ? options[0] : options.find((o) => o.id === id);
  if (!option)
    throw new RequestError(400, 'invalid_field', { field: 'shipping', reason: 'invalid_value' });
  return option;
}

/** POST /api/checkout: validate, price from content, hold stock, then start the chosen payment. */
export async function startCheckout(
  body: unknown,
  origin: string,
  db: Db = getDb(),
): Promise<{ url: string }> {
  const req = parseCheckout(body);
  const lines = await priceLines(req, db);
  const shipping = chooseShipping(req.shipping);
  if (req.method === 'card' && !stripe()) throw new RequestError(503, 'card_unavailable');

  const { secret, hash } = newOrderSecret();
  const changed = new Set<string>();
  let order;
  try {
    order = await createOrder(db, {
      method: req.method,
      locale: req.locale,
      lines,
      shipping,
      customer: req.customer,
      accessTokenHash: hash,
      changed,
    });
  } catch (error) {
    if (error instanceof OutOfStockError) throw outOfStock(req, error.sku, error.available);
    if (error instanceof TooManyOpenOrdersError)
      throw new RequestError(409, 'too_many_open_orders', { max: error.max });
    throw error;
  }
  const token = orderToken(order.reference, secret);
  // A card order is news only once paid (./card-payment.ts); the others are news now.
  await afterChange({
    skus: changed,
    message:
      req.method === 'card' ? undefined : { orderId: order.id, kind: 'placed', buyerToken: token },
    db,
  });
  if (req.method !== 'card') {
    return { url: orderPagePath(req.locale, order.reference, token) };
  }
  try {
    const images = new Map(
      lines.map((l) => [l.sku, getProductBySku(l.sku, req.locale)?.images[0]?.src]),
    );
    const session = await createCardSession({
      order,
      lines: lines.map((l) => ({ ...l, image: images.get(l.sku) })),
      shipping,
      locale: req.locale,
      origin,
      cancelToken: token,
    });
    if (!session.url) throw new Error('Stripe returned a session without a URL');
    await db.update(orders).set({ stripeSessionId: session.id }).where(eq(orders.id, order.id));
    return { url: session.url };
  } catch (error) {
    // Nothing may stay reserved or written when the payment cannot start.
    await discardOrder(db, order.id);
    await afterChange({ skus: lines.map((l) => l.sku) });
    console.error(`[checkout] could not start card payment for ${order.reference}:`, error);
    throw new RequestError(502, 'payment_provider');
  }
}
