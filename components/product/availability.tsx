import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Product } from '@/lib/content';
import { liveStock } from '@/lib/stock';

/** What can be bought now: the content figure less what has been sold or is held for pending orders. */
export async function Availability({ product, locale }: { product: Product; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Product' });
  const live = liveStock(product);
  switch (live.availability) {
    case 'in_stock':
      return (
        <span className="text-leaf-800" data-testid="stock">
          {t('inStock', { count: live.stock ?? 0 })}
        </span>
      );
    case 'made_to_order':
      return (
        <span className="text-bamboo-800">
          {t('madeToOrder', { days: product.leadTimeDays ?? 0 })}
        </span>
      );
    case 'sold_out':
      return (
        <span className="font-semibold text-red-800" data-testid="stock">
          {t('soldOut')}
        </span>
      );
  }
}
