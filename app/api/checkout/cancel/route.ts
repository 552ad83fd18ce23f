import { NextResponse } from 'next/server';
import { isLocale, routing } from '@/i18n/routing';
import { getDb } from '@/lib/db/client';
import { env } from '@/lib/env';
import { orderByReference } from '@/lib/orders/queries';
import { REFERENCE_PATTERN } from '@/lib/orders/reference';
import { tokenMatches } from '@/lib/orders/token';
import { releaseOrder } from '@/lib/orders/transitions';
import { stripe } from '@/lib/payments/stripe-client';
import { afterChange } from '@/lib/checkout/after-change';

/**
 * Stripe's cancel_url: the buyer left the hosted page. Releases the hold (only the holder of the
 * order's token may) and goes back to the cart, which still has its items. Always redirects to our
 * own cart page: nothing in the request chooses where.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const ref = url.searchParams.get('ref') ?? '';
  const db = getDb();
  const found = REFERENCE_PATTERN.test(ref) ? orderByReference(db, ref) : undefined;
  // Without the token the order does not exist for this request: nothing about it may show.
  const order =
    found && tokenMatches(url.searchParams.get('token'), found.accessTokenHash) ? found : undefined;
  const locale = order && isLocale(order.locale) ? order.locale : routing.defaultLocale;
  if (order && order.status === 'pending') {
    const released = db.transaction(
      (tx) => releaseOrder(tx, order.id, 'cancelled', 'buyer', 'left the payment page'),
      { behavior: 'immediate' },
    );
    if (released) afterChange({ skus: order.lines.map((l) => l.sku) });
    // Close the session too, so it cannot be paid after its stock went back on sale.
    if (order.stripeSessionId)
      await stripe()
        ?.checkout.sessions.expire(order.stripeSessionId)
        .catch(() => undefined);
  }
  return NextResponse.redirect(new URL(`/${locale}/cart?cancelled=1`, env.SITE_URL), 303);
}
