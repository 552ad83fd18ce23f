import { after } from 'next/server';
import { isLocale } from '@/i18n/routing';
import { getProductBySku } from '@/lib/content';
import { paths } from '@/lib/paths';
import { isPreviewBot, recordScan } from '@/lib/scans';
import { safeDecode } from '@/lib/url';

/**
 * The printed short link. proxy.ts rewrites /q/{SKU} and /Q/{SKU} here in the scanner's language, and
 * answers unknown codes itself with the localized 404 page; this answers 307 to the product's current
 * page and counts the scan. A route handler, not a page: a scan is a bare redirect, with no document to
 * render or to send down a weak signal.
 * The Location is a path built from content only, never from the request, so it cannot leave the site.
 */
async function shortLink(
  request: Request,
  { params }: RouteContext<'/[locale]/q/[sku]'>,
  count: boolean,
) {
  const { locale, sku } = await params;
  const code = safeDecode(sku);
  const product = isLocale(locale) && code ? getProductBySku(code, locale) : undefined;
  if (!product) return unknownCode();
  if (count && !isPreviewBot(request.headers.get('user-agent'))) {
    // Counting never blocks or breaks a scan: it runs after the response, and failures are only logged.
    after(async () => {
      try {
        await recordScan(product.sku);
      } catch (error) {
        console.error(`[scans] could not count a scan of ${product.sku}:`, error);
      }
    });
  }
  // Not cached anywhere: the language depends on the scanner, and every scan is counted.
  return new Response(null, {
    status: 307,
    headers: {
      location: paths.product(product.locale, product.slug),
      'cache-control': 'private, no-store',
    },
  });
}

// Only reached when the proxy has not run first: proxy.ts answers unknown codes with the 404 page.
function unknownCode() {
  return new Response('404: no product has this code. / Không có sản phẩm nào mang mã này.\n', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}

export const GET = (request: Request, context: RouteContext<'/[locale]/q/[sku]'>) =>
  shortLink(request, context, true);
// Some scanner apps check a link with HEAD first: answered the same, not counted.
export const HEAD = (request: Request, context: RouteContext<'/[locale]/q/[sku]'>) =>
  shortLink(request, context, false);
