import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatVnd } from '@/lib/format';
import { shopSettings } from '@/lib/settings';

/** Delivery times and fees (the shop's shipping options) and the returns policy: two short lines. */
export async function DeliveryReturns({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Product' });
  const { shipping, returns } = shopSettings();
  const options = shipping.map((o) => {
    const facts = [
      o.deliveryDays && t('deliveryDays', o.deliveryDays),
      o.priceVnd > 0 && formatVnd(o.priceVnd, locale),
    ].filter(Boolean);
    return facts.length ? `${o.name[locale]}: ${facts.join(', ')}` : o.name[locale];
  });
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
      <dt className="font-semibold">{t('deliveryLabel')}</dt>
      <dd>{options.join(' · ')}</dd>
      {returns && (
        <>
          <dt className="font-semibold">{t('returnsLabel')}</dt>
          <dd>
            {returns[locale]}
            {returns.sample && ` ${t('sampleNote')}`}
          </dd>
        </>
      )}
    </dl>
  );
}
