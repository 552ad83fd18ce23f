import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OrderSummary } from '@/components/cart/order-summary';
import { BankTransfer } from '@/components/order/bank-transfer';
import { NextSteps } from '@/components/order/next-steps';
import { KeepLink } from '@/components/order/keep-link';
import { OrderParts } from '@/components/order/order-parts';
import { isLocale } from '@/i18n/routing';
import { orderForBuyer } from '@/lib/orders/buyer';
import { REFERENCE_PATTERN } from '@/lib/orders/link';
import { env } from '@/lib/env';
import { orderPagePath } from '@/lib/paths';
import { shopSettings } from '@/lib/settings';
import { heading } from '@/components/ui/heading';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/orders/[reference]'>): Promise<Metadata> {
  const { locale, reference } = await params;
  const robots = { index: false, follow: false };
  if (!isLocale(locale) || !REFERENCE_PATTERN.test(reference))
    return { robots, referrer: 'no-referrer' };
  const t = await getTranslations({ locale, namespace: 'Order' });
  // The reference only: the page behind a wrong token is a 404, and the title says nothing more.
  return { title: t('title', { reference }), robots, referrer: 'no-referrer' };
}

export default async function OrderPage({
  params,
  searchParams,
}: PageProps<'/[locale]/orders/[reference]'>) {
  const { locale, reference } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const token = (await searchParams).token;
  const view = await orderForBuyer(reference, typeof token === 'string' ? token : undefined);
  if (!view) notFound();
  const { order, history } = view;
  const t = await getTranslations({ locale, namespace: 'Order' });
  const statuses = await getTranslations({ locale, namespace: 'Checkout.statuses' });
  const bank = shopSettings().bank;
  const dateTime = new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Asia/Ho_Chi_Minh',
  });
  return (
    <section className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className={heading({ level: 'page' })}>{t('title', { reference: order.reference })}</h1>
      <NextSteps order={order} locale={locale} />
      {order.method === 'bank_transfer' && order.status === 'pending' && bank && (
        <BankTransfer order={order} bank={bank} locale={locale} />
      )}
      <OrderParts order={order} locale={locale} />
      <OrderSummary order={order} locale={locale} />
      {typeof token === 'string' && (
        <KeepLink
          url={`${env.SITE_URL}${orderPagePath(locale, order.reference, token)}`}
          email={order.customerEmail}
          locale={locale}
        />
      )}
      <section aria-labelledby="history">
        <h2 id="history" className={heading({ level: 'block', className: 'mb-2' })}>
          {t('history')}
        </h2>
        <ol className="text-sm">
          {history
            .filter((e) => e.village === null)
            .map((e) => (
              <li key={e.id}>
                <time dateTime={new Date(e.at).toISOString()}>{dateTime.format(e.at)}</time> —{' '}
                {statuses(e.toStatus)}
              </li>
            ))}
        </ol>
      </section>
    </section>
  );
}
