import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SavedPages } from '@/components/offline/saved-pages';
import { Link } from '@/components/ui/link';
import { isLocale } from '@/i18n/routing';
import { paths } from '@/lib/paths';
import { heading } from '@/components/ui/heading';

// The page the service worker (worker/sw.ts) shows for any address it cannot fetch or find stored:
// stored once per locale, static, and never listed in the sitemap.
export async function generateMetadata({
  params,
}: PageProps<'/[locale]/offline'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Offline' });
  return { title: t('title'), robots: { index: false } };
}

export default async function OfflinePage({ params }: PageProps<'/[locale]/offline'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Offline' });
  return (
    <section className="mx-auto max-w-2xl">
      <h1 className={heading({ level: 'page', className: 'mb-3' })}>{t('title')}</h1>
      <p>{t('lead')}</p>
      <p className="mt-4">
        <Link href={paths.cart(locale)} className="link">
          {t('cart')}
        </Link>
      </p>
      <SavedPages locale={locale} heading={t('saved')} none={t('none')} />
    </section>
  );
}
