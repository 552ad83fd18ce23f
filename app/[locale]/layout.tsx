import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { brandFont } from '@/app/fonts/brand';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { ServiceWorker } from '@/components/seo/service-worker';
import { routing } from '@/i18n/routing';
import { env } from '@/lib/env';
import { SITE_ICONS, THEME_COLOR } from '@/lib/seo/brand';
import '../globals.css';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Meta' });
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
    description: t('description'),
    applicationName: t('siteName'),
    icons: SITE_ICONS,
  };
}

export const viewport: Viewport = { themeColor: THEME_COLOR };

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale} className={brandFont.variable}>
      <body className="flex min-h-dvh flex-col font-sans">
        <SiteHeader locale={locale} />
        <main
          id="main"
          className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 print:max-w-none print:p-0"
        >
          {children as ReactNode}
        </main>
        <SiteFooter locale={locale} />
        <ServiceWorker />
      </body>
    </html>
  );
}
