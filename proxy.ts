import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { isLocale, routing } from '@/i18n/routing';
import { noncePolicy, rendersPerRequest } from '@/lib/csp';
import { isKnownPage, notFoundDocument, notFoundPath, prerenderedPages } from '@/lib/known-pages';
import { LOCALE_COOKIE, pickLocale } from '@/lib/locale';
import { linkChecksOut, returnChecksOut } from '@/lib/orders/link';
import { safeDecode } from '@/lib/url';

const intl = createMiddleware(routing);

// Not pages: QR images, APIs and the desk are never locale-routed.
const PASS_THROUGH = new Set(['api', 'qr', 'desk']);

/**
 * Locale routing, and a fresh CSP nonce for pages rendered per request; authorization never lives here.
 * - /q/{SKU}, /Q/{SKU}: shown in the scanner's language, by rewriting (not redirecting) to
 *   /{locale}/q/{SKU}, which answers the one redirect to the product page.
 * - Paths without a locale go to the visitor's language: vi for Vietnamese, en otherwise
 *   (next-intl alone would fall back to the default, vi, for a tourist).
 * - Unknown pages, slugs and codes, order links whose token was not issued for their reference and
 *   card-checkout returns that are not shaped as ours get the prerendered localized 404 page, status 404, with its markup
 *   (lib/known-pages.ts): readable before any script arrives.
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // Next answers a malformed percent-encoding (%C0%AE, %ZZ) with a bare 500; say what is wrong instead.
  const decoded = safeDecode(pathname);
  if (decoded === undefined) {
    return new NextResponse(
      '400 Bad Request: the address is not valid percent-encoded UTF-8. / Địa chỉ không hợp lệ.\n',
      {
        status: 400,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      },
    );
  }
  const first = pathname.split('/')[1] ?? '';
  if (rendersPerRequest(pathname)) {
    if (
      isLocale(first) &&
      !(isKnownPage(decoded, prerenderedPages()) && opensOrder(decoded, request))
    )
      return notFoundPage(request, first);
    return withNonce(request, first === 'desk' ? undefined : intl);
  }
  if (PASS_THROUGH.has(first) || /\.[^/]*$/.test(pathname)) return NextResponse.next();
  if (isLocale(first))
    return isKnownPage(decoded, prerenderedPages()) ? intl(request) : notFoundPage(request, first);

  const locale = pickLocale(
    request.cookies.get(LOCALE_COOKIE)?.value,
    request.headers.get('accept-language'),
  );
  const url = request.nextUrl.clone();
  if (first === 'q' || first === 'Q') {
    const rest = pathname.slice(3);
    url.pathname = `/${locale}/q/${rest}`;
    if (!isKnownPage(`/${locale}/q/${decoded.slice(3)}`, prerenderedPages()))
      return notFoundPage(request, locale);
    return NextResponse.rewrite(url);
  }
  url.pathname = `/${locale}${pathname === '/' ? '' : pathname}`;
  return NextResponse.redirect(url, 307);
}

const ORDER_PAGE = /^\/[^/]+\/orders\/([^/]+)\/?$/;
const CHECKOUT_RETURN = /^\/[^/]+\/checkout\/success\/?$/;

/**
 * A buyer's order link must carry a token issued for its reference, and a return from card
 * checkout a Stripe session id and an order reference; a mistyped, truncated or made-up link gets
 * the readable 404 page, not the page's own notFound() (an empty document until scripts run). Both
 * are judged from the link alone (lib/orders/link.ts), without the database: the pages then check
 * the order itself. Other paths pass.
 */
function opensOrder(path: string, request: NextRequest): boolean {
  const query = request.nextUrl.searchParams;
  const reference = path.match(ORDER_PAGE)?.[1];
  if (reference !== undefined) return linkChecksOut(reference, query.get('token'));
  if (CHECKOUT_RETURN.test(path))
    return returnChecksOut(query.get('session_id'), query.get('order'));
  return true;
}

/** The localized 404 page, served at the requested address with status 404. */
function notFoundPage(request: NextRequest, locale: string) {
  const html = notFoundDocument(locale);
  let response: NextResponse;
  if (html) {
    response = new NextResponse(html, {
      status: 404,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
  } else {
    const url = request.nextUrl.clone();
    url.pathname = notFoundPath(locale);
    url.search = '';
    response = NextResponse.rewrite(url, { status: 404 });
  }
  // Shared caches keep a 404 briefly, not a year as for other static pages: the address may become a
  // page at the next content change.
  response.headers.set('cache-control', 'public, max-age=0, s-maxage=300');
  return response;
}

/**
 * A page rendered per request gets a nonce policy: Next reads the nonce from the request's
 * Content-Security-Policy header and stamps it on its scripts; the response carries the same policy.
 */
function withNonce(request: NextRequest, next?: (request: NextRequest) => NextResponse) {
  const { policy } = noncePolicy();
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = next
    ? next(new NextRequest(request, { headers }))
    : NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  // Everything but Next's own assets: even paths passed through get the encoding check above.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
