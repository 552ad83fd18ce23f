import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AddToCart } from '@/components/cart/add-to-cart';
import { MadeBy } from '@/components/explore/made-by';
import { Availability } from '@/components/product/availability';
import { ProductFacts } from '@/components/product/product-facts';
import { ProductGallery } from '@/components/product/product-gallery';
import { ProductQr } from '@/components/product/product-qr';
import { ProductJsonLd } from '@/components/seo/product-json-ld';
import { Badge } from '@/components/ui/badge';
import { ContentBody } from '@/components/ui/content-body';
import { TranslationNote } from '@/components/ui/translation-note';
import { isLocale, routing } from '@/i18n/routing';
import { getProduct, getProducts, getVillage } from '@/lib/content';
import { formatVnd } from '@/lib/format';
import { paths } from '@/lib/paths';
import { publicScanCount } from '@/lib/scans';
import { productMetadata } from '@/lib/seo/page-metadata';
import { liveStock } from '@/lib/orders/live';

// Stock changes revalidate this page on demand (lib/revalidate.ts); this is the fallback.
export const revalidate = 300;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    getProducts(locale).map((p) => ({ locale, slug: p.slug })),
  );
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/products/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const product = isLocale(locale) ? getProduct(slug, locale) : undefined;
  if (!product) return {};
  return productMetadata(product);
}

export default async function ProductPage({ params }: PageProps<'/[locale]/products/[slug]'>) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const product = getProduct(slug, locale);
  if (!product) notFound();
  const live = await liveStock(product);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Product' });
  const cart = await getTranslations({ locale, namespace: 'Cart' });

  return (
    <article>
      <TranslationNote locale={locale} translated={product.translated} />
      <header className="mb-6">
        <h1 className="text-leaf-800 mb-2 text-3xl font-bold">{product.name}</h1>
        <p className="text-bamboo-800">
          {t('origin')}:{' '}
          <Link
            href={paths.village(locale, product.village)}
            className="text-leaf-700 font-semibold underline"
          >
            {t('madeIn', { village: product.villageName })}
          </Link>
        </p>
        <MadeBy artisan={product.artisan} locale={locale} />
        {/* Price and availability beside the name: on a phone, what a scanner asks first, above the photo. */}
        <p className="mt-3 text-3xl font-bold" aria-label={t('price')}>
          {formatVnd(product.priceVnd, locale)}
        </p>
        <p className="mt-1">
          <Availability live={live} leadTimeDays={product.leadTimeDays} locale={locale} />
        </p>
      </header>
      <div className="grid gap-8 lg:grid-cols-2">
        <ProductGallery images={product.images} label={t('gallery')} />
        <div className="flex flex-col gap-5">
          {product.ocopStars && (
            <p>
              <Link href={paths.marks(locale, 'ocop')} className="no-underline hover:underline">
                <Badge tone="leaf">
                  {t('ocop', { stars: product.ocopStars })}
                  {product.ocopSample ? ` (${t('sample')})` : ''}
                </Badge>
              </Link>
            </p>
          )}
          <section
            aria-label={t('buySlot')}
            className="border-bamboo-200 rounded-lg border bg-white p-4"
          >
            <AddToCart
              sku={product.sku}
              stock={live.stock}
              cartHref={paths.cart(locale)}
              labels={{
                quantity: cart('quantity'),
                add: cart('add'),
                soldOut: cart('soldOut'),
                added: cart('added'),
                viewCart: cart('viewCart'),
              }}
            />
          </section>
          <ProductFacts product={product} locale={locale} />
          <ProductQr
            product={product}
            locale={locale}
            scans={
              getVillage(product.village, locale)?.showScanCount
                ? publicScanCount(product.sku)
                : undefined
            }
          />
        </div>
      </div>
      <section aria-labelledby="description" className="mt-10 max-w-3xl">
        <h2 id="description" className="mb-3 text-2xl font-bold">
          {t('description')}
        </h2>
        <ContentBody html={product.bodyHtml} />
      </section>
      <ProductJsonLd product={product} availability={live.availability} />
    </article>
  );
}
