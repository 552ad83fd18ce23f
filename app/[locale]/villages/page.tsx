import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { VillageCard } from '@/components/village/village-card';
import { isLocale } from '@/i18n/routing';
import { getVillages } from '@/lib/content';
import { sectionMetadata, seoPaths } from '@/lib/seo/page-metadata';
import { heading } from '@/components/ui/heading';
import { cardGrid } from '@/components/ui/card';

export const revalidate = 3600;

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/villages'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Villages' });
  return sectionMetadata(locale, seoPaths.villages, t('title'), t('lead'));
}

export default async function VillagesPage({ params }: PageProps<'/[locale]/villages'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Villages' });
  return (
    <>
      <h1 className={heading({ level: 'page', className: 'mb-2' })}>{t('title')}</h1>
      <p className="mb-6">{t('lead')}</p>
      <ul className={cardGrid()}>
        {getVillages(locale).map((v, i) => (
          <li key={v.slug}>
            <VillageCard village={v} locale={locale} priority={i < 2} level={2} />
          </li>
        ))}
      </ul>
    </>
  );
}
