import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Product } from '@/lib/content';
import { formatNumber } from '@/lib/format';
import { heading } from '@/components/ui/heading';

export async function ProductFacts({ product, locale }: { product: Product; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Product' });
  const { lengthCm, widthCm, heightCm } = product.dimensions;
  const size = [lengthCm, widthCm, heightCm]
    .filter((n) => n !== undefined)
    .map((n) => formatNumber(n, locale))
    .join(' × ');
  const weight =
    product.weightGrams >= 1000
      ? `${formatNumber(product.weightGrams / 1000, locale)} kg`
      : `${formatNumber(product.weightGrams, locale)} g`;
  return (
    <section aria-labelledby="details">
      <h2 id="details" className={heading({ level: 'block', className: 'mb-3' })}>
        {t('details')}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="font-semibold">{t('sku')}</dt>
        <dd className="font-mono">{product.sku}</dd>
        <dt className="font-semibold">{t('materials')}</dt>
        <dd>{product.materials.join(', ')}</dd>
        <dt className="font-semibold">{t('dimensions')}</dt>
        <dd>{size} cm</dd>
        <dt className="font-semibold">{t('weight')}</dt>
        <dd>{weight}</dd>
        <dt className="font-semibold">{t('care')}</dt>
        <dd>{product.care}</dd>
      </dl>
    </section>
  );
}
