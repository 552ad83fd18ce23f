import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ArtisanCard } from '@/components/explore/artisan-card';
import { ExploreLinks } from '@/components/explore/explore-links';
import { isLocale, routing } from '@/i18n/routing';
import { getVillages } from '@/lib/content';
import { getArtisans } from '@/lib/content/artisans';
import { sectionMetadata, seoPaths } from '@/lib/seo/page-metadata';
import { heading } from '@/components/ui/heading';
import { cardGrid } from '@/components/ui/card';

export const revalidate = 3600;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/artisans'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Artisans' });
  return sectionMetadata(locale, seoPaths.artisans, t('title'), t('lead'));
}

export default async function ArtisansPage({ params }: PageProps<'/[locale]/artisans'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Artisans' });
  const villages = getVillages(locale);
  const artisans = getArtisans(locale);
  return (
    <>
      <h1 className={heading({ level: 'page', className: 'mb-2' })}>{t('title')}</h1>
      <p className="mb-6">{t('lead')}</p>
      {artisans.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className={cardGrid({ columns: 2 })}>
          {artisans.map((a) => (
            <li key={a.slug}>
              <ArtisanCard
                artisan={a}
                villageName={villages.find((v) => v.slug === a.village)?.name ?? a.village}
                locale={locale}
              />
            </li>
          ))}
        </ul>
      )}
      <ExploreLinks locale={locale} />
    </>
  );
}
