import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { OG_SIZE } from '@/components/seo/og-card';
import { isLocale, routing } from '@/i18n/routing';
import { getVillage, getVillages } from '@/lib/content';
import { ogImage } from '@/lib/seo/og-image';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'Làng nghề Chương Mỹ';

export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    getVillages(locale).map((v) => ({ locale, slug: v.slug })),
  );
}

export default async function Image({
  params,
}: {
  params: Promise<{ locale: string; slug: string }>;
}) {
  const { locale, slug } = await params;
  const village = isLocale(locale) ? getVillage(slug, locale) : undefined;
  if (!village) notFound();
  const t = await getTranslations({ locale: village.locale, namespace: 'Seo' });
  const crafts = await getTranslations({ locale: village.locale, namespace: 'Crafts' });
  return ogImage({
    kicker: t('village'),
    title: village.name,
    lines: [village.crafts.map((c) => crafts(c)).join(' · '), village.commune],
    footer: t('place'),
  });
}
