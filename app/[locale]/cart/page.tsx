import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CartView, type CartProduct, type CartThumb } from '@/components/cart/cart-view';
import { getImageProps } from 'next/image';
import { OfflineNotice } from '@/components/offline/offline-notice';
import { isLocale } from '@/i18n/routing';
import { getProducts } from '@/lib/content';
import { countryOptions, FIRST_COUNTRIES } from '@/lib/countries';
import { formatVnd } from '@/lib/format';
import { paths } from '@/lib/paths';
import { examplePhone } from '@/lib/phone';
import { shopSettings } from '@/lib/settings';
import { liveStocks } from '@/lib/orders/live';
import { heading } from '@/components/ui/heading';

/** A cart line's photo, sized here (next/image's srcset) so the cart ships no image code. */
function thumbnail(image: { src: string; alt: string }): CartThumb {
  const { props } = getImageProps({
    src: image.src,
    alt: image.alt,
    width: 64,
    height: 64,
    sizes: '64px',
  });
  return {
    src: props.src,
    srcSet: props.srcSet,
    sizes: props.sizes,
    width: 64,
    height: 64,
    alt: image.alt,
  };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/cart'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Cart' });
  return { title: t('title'), robots: { index: false } };
}

export default async function CartPage({ params, searchParams }: PageProps<'/[locale]/cart'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Cart' });
  const offline = await getTranslations({ locale, namespace: 'Offline' });
  const all = getProducts(locale);
  const stock = await liveStocks(all);
  const products: Record<string, CartProduct> = Object.fromEntries(
    all.map((p) => [
      p.sku,
      {
        sku: p.sku,
        name: p.name,
        href: paths.product(locale, p.slug),
        priceVnd: p.priceVnd,
        priceLabel: formatVnd(p.priceVnd, locale),
        stock: stock.get(p.sku)?.stock ?? null,
        thumb: p.images[0] && thumbnail(p.images[0]),
        ...(p.availability === 'made_to_order' && {
          leadTime: t('leadTime', { days: p.leadTimeDays ?? 0 }),
        }),
      },
    ]),
  );
  const shipping = shopSettings().shipping.map((s) => ({
    id: s.id,
    label: s.name[locale],
    priceVnd: s.priceVnd,
    priceLabel: formatVnd(s.priceVnd, locale),
    ...(s.countries && { countries: [...s.countries] }),
  }));
  // Examples for the countries listed first (most buyers); the rest get the hint without one.
  const countries = countryOptions(locale).map((c) => ({
    ...c,
    ...(FIRST_COUNTRIES.includes(c.code) && { example: examplePhone(c.code) }),
  }));
  const labels = {
    empty: t('empty'),
    product: t('product'),
    quantity: t('quantity'),
    remove: t('remove'),
    subtotal: t('subtotal'),
    shipping: t('shipping'),
    total: t('total'),
    payCard: t('payCard'),
    cardCurrency: t('cardCurrency'),
    placeOrder: t('placeOrder'),
    method: t('method'),
    methods: {
      card: t('methods.card'),
      bank_transfer: t('methods.bank_transfer'),
      cod: t('methods.cod'),
    },
    customer: {
      name: t('customer.name'),
      phone: t('customer.phone'),
      email: t('customer.email'),
      line: t('customer.line'),
      commune: t('customer.commune'),
      province: t('customer.province'),
      note: t('customer.note'),
      optional: t('customer.optional'),
      phoneHint: t.raw('customer.phoneHint') as string,
      country: t('customer.country'),
      district: t('customer.district'),
      line1Abroad: t('customer.line1Abroad'),
      line2: t('customer.line2'),
      city: t('customer.city'),
      region: t('customer.region'),
      postalCode: t('customer.postalCode'),
    },
    paying: t('paying'),
    unavailable: t('unavailable'),
    onlyLeft: t.raw('onlyLeft') as string,
    cancelled: t('cancelled'),
    error: t('error'),
    fixErrors: t('fixErrors'),
    pickupNote: t('pickupNote'),
    cardAddress: t('cardAddress'),
    codVietnamOnly: t('codVietnamOnly'),
    noDelivery: t('noDelivery'),
  };
  return (
    <>
      <h1 className={heading({ level: 'page', className: 'mb-6' })}>{t('title')}</h1>
      <OfflineNotice message={offline('cartNotice')} />
      <CartView
        products={products}
        shipping={shipping}
        countries={countries}
        locale={locale}
        labels={labels}
        cancelled={(await searchParams).cancelled === '1'}
      />
    </>
  );
}
