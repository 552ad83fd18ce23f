import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { LiveStock } from '@/lib/orders/stock';

/** What can be bought now, as the route read it (lib/orders/live.ts): never the bare content figure. */
export async function Availability({
  live,
  leadTimeDays,
  locale,
}: {
  live: LiveStock;
  leadTimeDays?: number;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: 'Product' });
  switch (live.availability) {
    case 'in_stock':
      return (
        <span className="text-leaf-800" data-testid="stock">
          {t('inStock', { count: live.stock ?? 0 })}
        </span>
      );
    case 'made_to_order':
      return (
        <span className="text-bamboo-800">{t('madeToOrder', { days: leadTimeDays ?? 0 })}</span>
      );
    case 'sold_out':
      return (
        <span className="font-semibold text-red-800" data-testid="stock">
          {t('soldOut')}
        </span>
      );
  }
}
