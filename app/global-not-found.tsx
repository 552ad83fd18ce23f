import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NotFoundPage } from '@/components/layout/not-found-page';
import { routing } from '@/i18n/routing';
import '@/app/globals.css';

// For URLs that match no route and that the locale proxy leaves alone (few do: proxy.ts answers unknown
// pages and codes with the prerendered app/[locale]/not-found page). Served in the default language.
// A global-not-found, unlike a root not-found.tsx, is not sent along with every page — the root
// not-found's stylesheet used to ride in each page's RSC payload, inlined a second time (~23 kB).
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: routing.defaultLocale, namespace: 'NotFound' });
  return { title: t('title'), robots: { index: false } };
}

export default function GlobalNotFound() {
  return <NotFoundPage locale={routing.defaultLocale} standalone />;
}
