import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from '@/i18n/routing';
import { LOCALE_COOKIE, pickLocale } from '@/lib/locale';

const intl = createMiddleware(routing);

/**
 * Locale routing only; authorization never lives here.
 * - /q/{SKU}, /Q/{SKU}: shown in the scanner's language, by rewriting (not redirecting) to
 *   /{locale}/q/{SKU}, which answers the one redirect to the product page.
 * - Paths without a locale go to the visitor's language: vi for Vietnamese, en otherwise
 *   (next-intl alone would fall back to the default, vi, for a tourist).
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const first = pathname.split('/')[1] ?? '';
  if ((routing.locales as readonly string[]).includes(first)) return intl(request);

  const locale = pickLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get('accept-language'));
  const url = request.nextUrl.clone();
  if (first === 'q' || first === 'Q') {
    const rest = pathname.slice(3);
    url.pathname = `/${locale}/q/${rest}`;
    const headers = new Headers(request.headers);
    headers.set('x-qr-method', request.method);
    return NextResponse.rewrite(url, { request: { headers } });
  }
  url.pathname = `/${locale}${pathname === '/' ? '' : pathname}`;
  return NextResponse.redirect(url, 307);
}

export const config = {
  // Leaves QR images, APIs, the desk, Next internals and files with an extension alone.
  matcher: ['/((?!api|qr/|desk|_next|_vercel|.*\\..*).*)'],
};
