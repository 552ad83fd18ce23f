import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { OrderWithLines } from '@/lib/orders/types';
import { card } from '@/components/ui/card';
import { Price } from '@/components/ui/price';

export async function OrderSummary({ order, locale }: { order: OrderWithLines; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Checkout' });
  const cart = await getTranslations({ locale, namespace: 'Cart' });
  return (
    <div className={card({ padding: 'md' })}>
      <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t('reference')}</dt>
        <dd className="font-mono" data-testid="order-reference">
          {order.reference}
        </dd>
        <dt className="font-semibold">{t('status')}</dt>
        <dd data-testid="order-status">{t(`statuses.${order.status}`)}</dd>
      </dl>
      <h2 className="mb-2 font-bold">{t('lines')}</h2>
      <ul className="divide-bamboo-200 mb-4 divide-y">
        {order.lines.map((l) => (
          <li key={l.id} className="flex justify-between gap-4 py-2">
            <span>
              {l.name} × {l.quantity} <span className="font-mono text-sm">({l.sku})</span>
            </span>
            <Price vnd={l.unitPriceVnd * l.quantity} locale={locale} weight="regular" />
          </li>
        ))}
      </ul>
      <dl className="grid grid-cols-[1fr_auto] gap-1">
        <dt>{cart('shipping')}</dt>
        <dd className="text-right">
          <Price vnd={order.shippingVnd} locale={locale} weight="regular" />
        </dd>
        <dt className="font-bold">{cart('total')}</dt>
        <dd className="text-right">
          <Price vnd={order.totalVnd} locale={locale} size="lg" />
        </dd>
      </dl>
    </div>
  );
}
