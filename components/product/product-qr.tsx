import { Link } from '@/components/ui/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Product } from '@/lib/content';
import { paths } from '@/lib/paths';

/** The product's permanent QR code, its downloads, and the label sheet for this one product. */
export async function ProductQr({
  product,
  locale,
  scans,
}: {
  product: Product;
  locale: Locale;
  scans?: number;
}) {
  const t = await getTranslations({ locale, namespace: 'Product' });
  return (
    <section
      aria-labelledby="qr"
      className="border-bamboo-200 flex gap-4 rounded-lg border bg-white p-4 text-sm"
    >
      {/* eslint-disable-next-line @next/next/no-img-element -- a cached SVG; next/image adds nothing here */}
      <img
        src={paths.qrSvg(product.sku)}
        alt=""
        width={112}
        height={112}
        loading="lazy"
        className="size-28 flex-none"
      />
      <div className="flex flex-col gap-1">
        <h2 id="qr" className="font-bold">
          {t('qr')}
        </h2>
        <p>{t('qrHelp')}</p>
        <p className="flex flex-wrap gap-3">
          <a
            href={paths.qrSvg(product.sku)}
            download={`${product.sku}.svg`}
            className="text-leaf-700 underline"
          >
            {t('qrSvg')}
          </a>
          <a
            href={paths.qrPng(product.sku)}
            download={`${product.sku}.png`}
            className="text-leaf-700 underline"
          >
            {t('qrPng')}
          </a>
          <Link
            href={paths.labels(locale, [product.sku])}
            className="text-leaf-700 underline"
            prefetch={false}
          >
            {t('label')}
          </Link>
        </p>
        {scans !== undefined && <p className="text-bamboo-800">{t('scanned', { count: scans })}</p>}
      </div>
    </section>
  );
}
