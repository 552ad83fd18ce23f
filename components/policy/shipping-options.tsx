import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatVnd } from '@/lib/format';
import type { ShippingOption } from '@/lib/settings';
import { heading } from '@/components/ui/heading';

/** The delivery options as checkout offers them (content/settings/shop.yml), so the page never drifts from the fees. */
export async function ShippingOptions({
  options,
  locale,
}: {
  options: ShippingOption[];
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: 'Policies' });
  return (
    <section aria-labelledby="shipping-options" className="mb-6">
      <h2 id="shipping-options" className={heading({ level: 'block', className: 'mb-2' })}>
        {t('shippingOptions')}
      </h2>
      <table className="border-bamboo-200 w-full border bg-white text-left text-sm">
        <thead className="bg-bamboo-100">
          <tr>
            <th scope="col" className="p-2">
              {t('option')}
            </th>
            <th scope="col" className="p-2">
              {t('price')}
            </th>
            <th scope="col" className="p-2">
              {t('days')}
            </th>
          </tr>
        </thead>
        <tbody>
          {options.map((o) => (
            <tr key={o.id} className="border-bamboo-200 border-t">
              <th scope="row" className="p-2 font-semibold">
                {o.name[locale]}
              </th>
              <td className="p-2 whitespace-nowrap">
                {o.priceVnd === 0 ? t('free') : formatVnd(o.priceVnd, locale)}
              </td>
              <td className="p-2">
                {o.deliveryDays
                  ? t('daysValue', { min: o.deliveryDays.min, max: o.deliveryDays.max })
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
