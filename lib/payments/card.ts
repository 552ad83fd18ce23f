import 'server-only';
import type Stripe from 'stripe';
import type { Locale } from '@/i18n/routing';
import { transaction, type Db } from '@/lib/db/client';
import { stripeEvents } from '@/lib/db/schema';
import { CARD_HOLD_MS } from '@/lib/orders/holds';
import { chargeMatches, flagChargeMismatch } from '@/lib/orders/payment-mismatch';
import { orderBySession } from '@/lib/orders/queries';
import { markPaid, releaseOrder } from '@/lib/orders/transitions';
import type { Order, OrderLine } from '@/lib/orders/types';
import type { ShippingOption } from '@/lib/settings';
import { cleanEmail, cleanLine } from '@/lib/validation/text';
import { stripe } from './stripe-client';

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
      // The session id first: a link cut short loses the reference, and proxy.ts answers it with the 404 page.
      success_url: `${c.origin}/${c.locale}/checkout/success?session_id={CHECKOUT_SESSION_ID}&order=${ref}`,
      cancel_url: `${c.origin}/api/checkout/cancel?ref=${ref}&token=${c.cancelToken}`,
    },
    // Retries of this request (the SDK retries on network errors) create no second session. The
    // random part keeps keys unique even if references restart (a new database, the same account).
    {
      idempotencyKey: `checkout-${ref}-${c.order.accessTokenHash?.slice(0, 16) ?? c.order.createdAt}`,
    },
  );
}

/** `flagged`: paid, but not the order's amount or currency — left unpaid for the desk to check. */
export type FulfilResult = 'applied' | 'unchanged' | 'duplicate' | 'unknown' | 'flagged';

const PAID_EVENTS = new Set([
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
]);

// What the buyer typed on Stripe's page is buyer input like any other: the same cleaning as our forms.
const typed = (value: string | null | undefined, clean = cleanLine) =>
  (value && clean(value)) || undefined;

function customerPatch(s: Stripe.Checkout.Session) {
  const shipping = s.collected_information?.shipping_details;
  const address = shipping?.address ?? s.customer_details?.address;
  return {
    stripePaymentIntentId:
      typeof s.payment_intent === 'string' ? s.payment_intent : (s.payment_intent?.id ?? undefined),
    customerName: typed(shipping?.name ?? s.customer_details?.name),
    customerEmail: typed(s.customer_details?.email, cleanEmail),
    customerPhone: typed(s.customer_details?.phone),
    addressLine: typed([address?.line1, address?.line2].filter(Boolean).join(', ')),
    addressCommune: typed(address?.city),
    addressProvince: typed(address?.state),
    addressCountry: typed(address?.country),
  };
}

/**
 * The one fulfilment function: the webhook, the success page and `npm run reconcile` all call it.
 * Idempotent and safe under concurrency: the event id is a primary key written in the same
 * IMMEDIATE transaction as the order change, and the order moves with a conditional UPDATE.
 */
export async function fulfilSession(
  db: Db,
  session: Stripe.Checkout.Session,
  event?: { id: string; type: string },
): Promise<FulfilResult> {
  return transaction(db, async (tx) => {
    if (event) {
      const [fresh] = await tx
        .insert(stripeEvents)
        .values({
          eventId: event.id,
          type: event.type,
          sessionId: session.id,
          receivedAt: Date.now(),
        })
        .onConflictDoNothing()
        .returning();
      if (!fresh) return 'duplicate';
    }
    const order = await orderBySession(tx, session.id);
    if (!order) return 'unknown';
    const type = event?.type ?? 'checkout.session.completed';
    let changed;
    if (
      PAID_EVENTS.has(type) &&
      (session.payment_status === 'paid' || session.payment_status === 'no_payment_required')
    ) {
      // A signed event is Stripe's word on what was charged, not proof that it was our price.
      const charge = { amount: session.amount_total, currency: session.currency };
      if (!chargeMatches(order, charge)) {
        await flagChargeMismatch(
          tx,
          order,
          charge,
          event ? `event ${event.id}` : `session ${session.id}`,
        );
        return 'flagged';
      }
      changed = await markPaid(tx, order.id, 'stripe', customerPatch(session));
    } else if (type === 'checkout.session.async_payment_failed') {
      changed = await releaseOrder(tx, order.id, 'cancelled', 'stripe', 'payment failed');
    } else if (type === 'checkout.session.expired') {
      changed = await releaseOrder(tx, order.id, 'expired', 'stripe', 'checkout session expired');
    }
    return changed ? 'applied' : 'unchanged';
  });
}
