import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { OG_SIZE } from '@/components/seo/og-card';
import { isLocale, routing } from '@/i18n/routing';
import { env } from '@/lib/env';
import { ogImage } from '@/lib/seo/og-image';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'Làng nghề Chương Mỹ — mây tre đan, đồ gỗ và thêu ren';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

/** The site's card, used by home and the listing pages. */
export default async function Image({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const meta = await getTranslations({ locale, namespace: 'Meta' });
  const t = await getTranslations({ locale, namespace: 'Seo' });
  return ogImage({
    kicker: t('place'),
    title: meta('siteName'),
    lines: [meta('tagline')],
    footer: new URL(env.SITE_URL).host,
  });
}
