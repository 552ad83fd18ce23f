import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { after } from 'next/server';
import { isLocale } from '@/i18n/routing';
import { getProductBySku } from '@/lib/content';
import { paths } from '@/lib/paths';
import { isPreviewBot, recordScan } from '@/lib/scans';
import { safeDecode } from '@/lib/url';

/**
 * The printed short link. proxy.ts rewrites /q/{SKU} and /Q/{SKU} here in the scanner's language;
 * this answers 307 to the product's current page, or the localized 404 that offers the catalogue.
 * The redirect target is built from content only, never from the request, so it cannot leave the site.
 */
export default async function ShortLink({ params }: PageProps<'/[locale]/q/[sku]'>) {
  const { locale, sku } = await params;
  if (!isLocale(locale)) notFound();
  const code = safeDecode(sku);
  const product = code ? getProductBySku(code, locale) : undefined;
  if (!product) notFound();

  const h = await headers();
  if (h.get('x-qr-method') !== 'HEAD' && !isPreviewBot(h.get('user-agent'))) {
    // Counting never blocks or breaks a scan: it runs after the response, and failures are only logged.
    after(() => {
      try {
        recordScan(product.sku);
      } catch (error) {
        console.error(`[scans] could not count a scan of ${product.sku}:`, error);
      }
    });
  }
  redirect(paths.product(locale, product.slug));
}
