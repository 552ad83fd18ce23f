import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Product } from '@/lib/content';

export async function Availability({ product, locale }: { product: Product; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Product' });
  switch (product.availability) {
    case 'in_stock':
      return <span className="text-leaf-800">{t('inStock', { count: product.stock ?? 0 })}</span>;
    case 'made_to_order':
      return <span className="text-bamboo-800">{t('madeToOrder', { days: product.leadTimeDays ?? 0 })}</span>;
    case 'sold_out':
      return <span className="font-semibold text-red-800">{t('soldOut')}</span>;
  }
}
