import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NotFoundPage } from '@/components/layout/not-found-page';
import { isLocale, routing } from '@/i18n/routing';

// The localized 404 as a page of its own, prerendered with its markup. proxy.ts answers every unknown
// page, slug and QR code with it, status 404 (lib/known-pages.ts). A page that throws notFound() is sent
// by Next 16 as an empty document that only JavaScript fills in (vercel/next.js#62228): blank for a
// tourist on a weak signal who scans the label of a product that has been withdrawn.
// Fully static, never regenerated: it is served at other addresses, and a regeneration would run with
// the address of whichever request triggered it (the language link in the header follows the address),
// putting one visitor's path into the page every later visitor gets. proxy.ts sets its cache lifetime.
export const revalidate = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/not-found'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { title: t('title'), robots: { index: false } };
}

export default async function NotFound({ params }: PageProps<'/[locale]/not-found'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return <NotFoundPage locale={locale} />;
}
