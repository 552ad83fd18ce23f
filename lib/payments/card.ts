import 'server-only';
import type Stripe from 'stripe';
import type { Locale } from '@/i18n/routing';
import type { Db } from '@/lib/db/client';
import { stripeEvents } from '@/lib/db/schema';
import { orderBySession } from '@/lib/orders/queries';
import { markPaid, releaseOrder } from '@/lib/orders/transitions';
import type { Order, OrderLine } from '@/lib/orders/types';
import type { ShippingOption } from '@/lib/settings';
import { stripe } from './stripe-client';

/** Stripe requires expires_at at least 30 minutes ahead; a minute more absorbs clock skew. */
export const CARD_HOLD_MS = 31 * 60_000;

export interface CardCheckout {
  order: Order;
  lines: (Pick<OrderLine, 'name' | 'sku' | 'unitPriceVnd' | 'quantity'> & { image?: string })[];
  shipping: ShippingOption;
  locale: Locale;
  origin: string;
  cancelToken: string;
}

/** Creates the hosted Checkout Session. VND is zero-decimal: 120 000 ₫ is unit_amount 120000. */
export async function createCardSession(c: CardCheckout): Promise<Stripe.Checkout.Session> {
  const client = stripe();
  if (!client) throw new Error('card payments are not configured');
  const ref = c.order.reference;
  return client.checkout.sessions.create(
    {
      mode: 'payment',
      client_reference_id: ref,
      locale: c.locale,
      line_items: c.lines.map((l) => ({
        quantity: l.quantity,
        price_data: {
          currency: 'vnd',
          unit_amount: l.unitPriceVnd,
          product_data: {
            name: l.name,
            metadata: { sku: l.sku },
            ...(l.image && { images: [`${c.origin}${l.image}`] }),
          },
        },
      })),
      ...(c.shipping.countries && {
        shipping_address_collection: {
          allowed_countries: c.shipping
            .countries as Stripe.Checkout.SessionCreateParams.ShippingAddressCollection.AllowedCountry[],
        },
      }),
      shipping_options: [
        {
          shipping_rate_data: {
            type: 'fixed_amount',
            display_name: c.shipping.name[c.locale],
            fixed_amount: { amount: c.shipping.priceVnd, currency: 'vnd' },
            metadata: { id: c.shipping.id },
          },
        },
      ],
      expires_at: Math.floor((c.order.createdAt + CARD_HOLD_MS) / 1000),
      metadata: { order_reference: ref },
      payment_intent_data: { metadata: { order_reference: ref } },
      success_url: `${c.origin}/${c.locale}/checkout/success?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${c.origin}/api/checkout/cancel?ref=${ref}&token=${c.cancelToken}`,
    },
    // Retries of this request (the SDK retries on network errors) create no second session. The
    // random part keeps keys unique even if references restart (a new database, the same account).
    {
      idempotencyKey: `checkout-${ref}-${c.order.accessTokenHash?.slice(0, 16) ?? c.order.createdAt}`,
    },
  );
}

export type FulfilResult = 'applied' | 'unchanged' | 'duplicate' | 'unknown';

const PAID_EVENTS = new Set([
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
]);

function customerPatch(s: Stripe.Checkout.Session) {
  const shipping = s.collected_information?.shipping_details;
  const address = shipping?.address ?? s.customer_details?.address;
  return {
    stripePaymentIntentId:
      typeof s.payment_intent === 'string' ? s.payment_intent : (s.payment_intent?.id ?? undefined),
    customerName: shipping?.name ?? s.customer_details?.name ?? undefined,
    customerEmail: s.customer_details?.email ?? undefined,
    customerPhone: s.customer_details?.phone ?? undefined,
    addressLine: [address?.line1, address?.line2].filter(Boolean).join(', ') || undefined,
    addressCommune: address?.city ?? undefined,
    addressProvince: address?.state ?? undefined,
    addressCountry: address?.country ?? undefined,
  };
}

/**
 * The one fulfilment function: the webhook, the success page and `npm run reconcile` all call it.
 * Idempotent and safe under concurrency: the event id is a primary key written in the same
 * IMMEDIATE transaction as the order change, and the order moves with a conditional UPDATE.
 */
export function fulfilSession(
  db: Db,
  session: Stripe.Checkout.Session,
  event?: { id: string; type: string },
): FulfilResult {
  return db.transaction(
    (tx) => {
      if (event) {
        const fresh = tx
          .insert(stripeEvents)
          .values({
            eventId: event.id,
            type: event.type,
            sessionId: session.id,
            receivedAt: Date.now(),
          })
          .onConflictDoNothing()
          .returning()
          .get();
        if (!fresh) return 'duplicate';
      }
      const order = orderBySession(tx, session.id);
      if (!order) return 'unknown';
      const type = event?.type ?? 'checkout.session.completed';
      let changed;
      if (
        PAID_EVENTS.has(type) &&
        (session.payment_status === 'paid' || session.payment_status === 'no_payment_required')
      ) {
        changed = markPaid(tx, order.id, 'stripe', customerPatch(session));
      } else if (type === 'checkout.session.async_payment_failed') {
        changed = releaseOrder(tx, order.id, 'cancelled', 'stripe', 'payment failed');
      } else if (type === 'checkout.session.expired') {
        changed = releaseOrder(tx, order.id, 'expired', 'stripe', 'checkout session expired');
      }
      return changed ? 'applied' : 'unchanged';
    },
    { behavior: 'immediate' },
  );
}
