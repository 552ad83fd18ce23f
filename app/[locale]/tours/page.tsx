import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ExploreLinks } from '@/components/explore/explore-links';
import { TourCard } from '@/components/explore/tour-card';
import { isLocale, routing } from '@/i18n/routing';
import { getVillages } from '@/lib/content';
import { getTours } from '@/lib/content/tours';
import { sectionMetadata, seoPaths } from '@/lib/seo/page-metadata';
import { heading } from '@/components/ui/heading';
import { cardGrid } from '@/components/ui/card';

export const revalidate = 3600;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/tours'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Tours' });
  return sectionMetadata(locale, seoPaths.tours, t('title'), t('lead'));
}

export default async function ToursPage({ params }: PageProps<'/[locale]/tours'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Tours' });
  const villages = getVillages(locale);
  return (
    <>
      <h1 className={heading({ level: 'page', className: 'mb-2' })}>{t('title')}</h1>
      <p className="mb-6">{t('lead')}</p>
      <ul className={cardGrid()}>
        {getTours(locale).map((tour) => (
          <li key={tour.slug}>
            <TourCard tour={tour} villages={villages} locale={locale} />
          </li>
        ))}
      </ul>
      <ExploreLinks locale={locale} />
    </>
  );
}
