import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Product, Village } from '@/lib/content';
import { formatVnd } from '@/lib/format';
import { ogImagePath, pageMetadata } from './metadata';
import { seoPaths } from './paths';

export { seoPaths };

async function siteName(locale: Locale): Promise<string> {
  return (await getTranslations({ locale, namespace: 'Meta' }))('siteName');
}

/** Home and listing pages: their own title, the site-wide Open Graph card. */
export async function sectionMetadata(
  locale: Locale,
  path: string,
  title: string,
  description: string,
): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Seo' });
  return pageMetadata({
    locale,
    path,
    title,
    description,
    image: ogImagePath(locale, '/'),
    imageAlt: t('siteImageAlt'),
    siteName: await siteName(locale),
  });
}

export async function productDescription(product: Product): Promise<string> {
  const t = await getTranslations({ locale: product.locale, namespace: 'Seo' });
  const crafts = await getTranslations({ locale: product.locale, namespace: 'Crafts' });
  return t('productDescription', {
    name: product.name,
    craft: crafts(product.craft).toLowerCase(),
    village: product.villageName,
    price: formatVnd(product.priceVnd, product.locale),
  });
}

export async function productMetadata(product: Product): Promise<Metadata> {
  const { locale } = product;
  const t = await getTranslations({ locale, namespace: 'Seo' });
  const path = seoPaths.product(product.slug);
  return pageMetadata({
    locale,
    path,
    title: product.name,
    description: await productDescription(product),
    image: ogImagePath(locale, path),
    imageAlt: t('productImageAlt', {
      name: product.name,
      price: formatVnd(product.priceVnd, locale),
      village: product.villageName,
    }),
    siteName: await siteName(locale),
  });
}

export async function villageMetadata(village: Village): Promise<Metadata> {
  const { locale } = village;
  const t = await getTranslations({ locale, namespace: 'Seo' });
  const path = seoPaths.village(village.slug);
  return pageMetadata({
    locale,
    path,
    title: village.name,
    description: village.summary,
    image: ogImagePath(locale, path),
    imageAlt: t('villageImageAlt', { name: village.name }),
    siteName: await siteName(locale),
  });
}
