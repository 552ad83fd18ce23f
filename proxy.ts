import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from '@/i18n/routing';
import { LOCALE_COOKIE, pickLocale } from '@/lib/locale';

const intl = createMiddleware(routing);

/**
 * Locale routing only. A path without a locale prefix goes to the visitor's language (vi for
 * Vietnamese, en otherwise — next-intl alone would fall back to the default, vi, for a tourist).
 * Authorization never lives here.
 */
export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const first = pathname.split('/')[1] ?? '';
  if ((routing.locales as readonly string[]).includes(first)) return intl(request);

  const locale = pickLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get('accept-language'));
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}${pathname === '/' ? '' : pathname}`;
  url.search = search;
  return NextResponse.redirect(url, 307);
}

export const config = {
  // Leaves QR links, QR images, APIs, the desk, Next internals and files with an extension alone.
  matcher: ['/((?!api|q/|Q/|qr/|desk|_next|_vercel|.*\\..*).*)'],
};
