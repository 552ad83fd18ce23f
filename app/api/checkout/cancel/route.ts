import { NextResponse } from 'next/server';
import { isLocale, routing } from '@/i18n/routing';
import { abandonCardCheckout } from '@/lib/checkout/card-payment';
import { env } from '@/lib/env';

/**
 * Stripe's cancel_url: the buyer left the hosted page. Goes back to the cart, which still has its
 * items. Always redirects to our own cart page: nothing in the request chooses where.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const locale = await abandonCardCheckout(
    url.searchParams.get('ref') ?? '',
    url.searchParams.get('token'),
  );
  const target = locale && isLocale(locale) ? locale : routing.defaultLocale;
  return NextResponse.redirect(new URL(`/${target}/cart?cancelled=1`, env.SITE_URL), 303);
}
