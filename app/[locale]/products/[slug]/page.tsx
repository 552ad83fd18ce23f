import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AddToCart } from '@/components/cart/add-to-cart';
import { MadeBy } from '@/components/explore/made-by';
import { ApproxPrice } from '@/components/product/approx-price';
import { OfflineNotice } from '@/components/offline/offline-notice';
import { Availability } from '@/components/product/availability';
import { DeliveryReturns } from '@/components/product/delivery-returns';
import { ProductFacts } from '@/components/product/product-facts';
import { ProductGallery } from '@/components/product/product-gallery';
import { RelatedProducts } from '@/components/product/related-products';
import { ShareButton } from '@/components/product/share-button';
import { VillageEnquiry } from '@/components/product/village-enquiry';
import { ProductJsonLd } from '@/components/seo/product-json-ld';
import { Badge } from '@/components/ui/badge';
import { ContentBody } from '@/components/ui/content-body';
import { TranslationNote } from '@/components/ui/translation-note';
import { isLocale, routing } from '@/i18n/routing';
import { catalogueHref } from '@/lib/catalogue';
import { getProduct, getProducts, getVillage } from '@/lib/content';
import { paths } from '@/lib/paths';
import { productMetadata } from '@/lib/seo/page-metadata';
import { liveStock, liveStocks } from '@/lib/orders/live';
import { moreFromVillage, similarTo } from '@/lib/related';
import { exchangeRates } from '@/lib/settings';
import { card } from '@/components/ui/card';
import { heading } from '@/components/ui/heading';
import { Price } from '@/components/ui/price';

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

const ratesDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

// On a phone the name, price, availability and Add to cart come first, above the photos, so a
// scanned label shows all four under the header; from lg the photos take the left column.
export default async function ProductPage({ params }: PageProps<'/[locale]/products/[slug]'>) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const product = getProduct(slug, locale);
  if (!product) notFound();
  const live = await liveStock(product);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Product' });
  const cart = await getTranslations({ locale, namespace: 'Cart' });
  const offline = await getTranslations({ locale, namespace: 'Offline' });
  const village = getVillage(product.village, locale);
  const soldOut = live.availability === 'sold_out';
  const products = getProducts(locale);
  const more = moreFromVillage(product, products);
  const similar = soldOut ? similarTo(product, products, more) : [];
  const stock = await liveStocks([...similar, ...more]);
  // Only English pages: a Vietnamese reader pays and thinks in đồng.
  const rates = locale === 'en' ? exchangeRates() : undefined;

  return (
    <article>
      <TranslationNote locale={locale} translated={product.translated} />
      <OfflineNotice message={offline('product')} />
      <div className="grid gap-5 lg:grid-cols-2 lg:grid-rows-[auto_auto_1fr] lg:gap-x-8">
        <header className="lg:col-start-2 lg:row-start-1">
          <h1 className={heading({ level: 'page', className: 'mb-1' })}>{product.name}</h1>
          <p className="text-bamboo-800">
            {t('origin')}:{' '}
            <Link href={paths.village(locale, product.village)} className="link">
              {t('madeIn', { village: product.villageName })}
            </Link>
          </p>
          <MadeBy artisan={product.artisan} locale={locale} />
          {/* Named for screen readers by visible-to-them text: aria-label is not allowed on a <p>. */}
          <p className="mt-2" data-testid="price">
            <span className="sr-only">{t('price')}: </span>
            <Price vnd={product.priceVnd} locale={locale} size="xl" />
          </p>
          {rates && (
            <ApproxPrice
              priceVnd={product.priceVnd}
              rates={rates}
              labels={{
                currency: t('currency'),
                note: t(rates.sample ? 'approxNoteSample' : 'approxNote', {
                  date: ratesDate.format(new Date(`${rates.date}T00:00:00Z`)),
                }),
              }}
            />
          )}
          <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
            <Availability live={live} leadTimeDays={product.leadTimeDays} locale={locale} />
            {product.ocopStars && (
              <Link href={paths.marks(locale, 'ocop')} className="no-underline hover:underline">
                <Badge tone="leaf">
                  {t('ocop', { stars: product.ocopStars })}
                  {product.ocopSample ? ` (${t('sample')})` : ''}
                </Badge>
              </Link>
            )}
          </p>
        </header>
        <section
          aria-label={t('buySlot')}
          className={card({ padding: 'md', className: 'lg:col-start-2 lg:row-start-2' })}
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
        <ProductGallery
          images={product.images}
          label={t('gallery')}
          enlarge={(index, alt) => t('enlargePhoto', { index, alt })}
          labels={{
            dialog: t('lightboxDialog'),
            carousel: t('lightboxCarousel'),
            slide: t('lightboxSlide'),
            // The viewer fills in its own numbers.
            counter: t('lightboxCounter', { index: '{index}', total: '{total}' }),
            previous: t('lightboxPrevious'),
            next: t('lightboxNext'),
            close: t('lightboxClose'),
            zoomIn: t('lightboxZoomIn'),
            zoomOut: t('lightboxZoomOut'),
          }}
          className="lg:col-start-1 lg:row-span-3 lg:row-start-1"
        />
        <div className="flex flex-col gap-5 lg:col-start-2 lg:row-start-3">
          <VillageEnquiry product={product} village={village} soldOut={soldOut} locale={locale} />
          <DeliveryReturns locale={locale} />
          <ShareButton
            title={product.name}
            path={paths.product(locale, product.slug)}
            labels={{ share: t('share'), copied: t('linkCopied'), copyThis: t('copyThisLink') }}
          />
          <ProductFacts product={product} locale={locale} />
        </div>
      </div>
      <section aria-labelledby="description" className="mt-10 max-w-3xl">
        <h2 id="description" className={heading({ level: 'section', className: 'mb-3' })}>
          {t('description')}
        </h2>
        <ContentBody html={product.bodyHtml} />
      </section>
      <RelatedProducts
        id="similar"
        title={t('similar')}
        products={similar}
        stock={stock}
        locale={locale}
      />
      <RelatedProducts
        id="more-from-village"
        title={t('moreFromVillage', { village: product.villageName })}
        products={more}
        stock={stock}
        locale={locale}
        footer={
          <p className="mt-4">
            <Link
              href={catalogueHref(locale, { village: product.village, sort: 'featured' })}
              className="link"
            >
              {t('allFromVillage', { village: product.villageName })}
            </Link>
          </p>
        }
      />
      <ProductJsonLd product={product} availability={live.availability} />
    </article>
  );
}
