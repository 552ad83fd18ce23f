import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClearCart } from '@/components/cart/clear-cart';
import { OrderSummary } from '@/components/cart/order-summary';
import { isLocale } from '@/i18n/routing';
import { paths } from '@/lib/paths';
import { confirmCardReturn } from '@/lib/checkout/card-payment';
import { heading } from '@/components/ui/heading';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/checkout/success'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Checkout' });
  return { title: t('title'), robots: { index: false } };
}

export default async function CheckoutSuccess({
  params,
  searchParams,
}: PageProps<'/[locale]/checkout/success'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Checkout' });
  const { session_id: sessionId, order: reference } = await searchParams;
  const order =
    typeof sessionId === 'string' && typeof reference === 'string'
      ? await confirmCardReturn(sessionId, reference)
      : undefined;
  if (!order) notFound();
  const paid =
    order.status === 'paid' || order.status === 'shipped' || order.status === 'delivered';
  return (
    <section className="mx-auto max-w-2xl">
      <h1 className={heading({ level: 'page', className: 'mb-2' })}>
        {paid ? t('thanks') : t('processing')}
      </h1>
      <p className="mb-6">{paid ? t('paidLead') : t('processingLead')}</p>
      {paid && <ClearCart />}
      <OrderSummary order={order} locale={locale} />
      <p className="mt-6">
        <Link href={paths.products(locale)} className="link">
          {t('continue')}
        </Link>
      </p>
    </section>
  );
}
