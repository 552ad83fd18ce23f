import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { OG_SIZE } from '@/components/seo/og-card';
import { isLocale, routing } from '@/i18n/routing';
import { getProduct, getProducts } from '@/lib/content';
import { formatVnd } from '@/lib/format';
import { ogImage } from '@/lib/seo/og-image';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'Sản phẩm làng nghề Chương Mỹ';

export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    getProducts(locale).map((p) => ({ locale, slug: p.slug })),
  );
}

export default async function Image({
  params,
}: {
  params: Promise<{ locale: string; slug: string }>;
}) {
  const { locale, slug } = await params;
  const product = isLocale(locale) ? getProduct(slug, locale) : undefined;
  if (!product) notFound();
  const t = await getTranslations({ locale: product.locale, namespace: 'Seo' });
  const crafts = await getTranslations({ locale: product.locale, namespace: 'Crafts' });
  return ogImage({
    kicker: `${t('village')} ${product.villageName}`,
    title: product.name,
    lines: [crafts(product.craft), product.sku],
    highlight: formatVnd(product.priceVnd, product.locale),
    footer: t('place'),
  });
}
