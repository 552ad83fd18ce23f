import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ExploreLinks } from '@/components/explore/explore-links';
import { VillageMap } from '@/components/explore/village-map';
import { isLocale, routing } from '@/i18n/routing';
import { getVillages } from '@/lib/content';
import { geoUri } from '@/lib/geo';
import { paths } from '@/lib/paths';
import { sectionMetadata, seoPaths } from '@/lib/seo/page-metadata';
import { heading } from '@/components/ui/heading';

export const revalidate = 3600;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/map'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Map' });
  return sectionMetadata(locale, seoPaths.map, t('title'), t('lead'));
}

export default async function MapPage({ params }: PageProps<'/[locale]/map'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Map' });
  const crafts = await getTranslations({ locale, namespace: 'Crafts' });
  const villages = getVillages(locale);
  return (
    <>
      <h1 className={heading({ level: 'page', className: 'mb-2' })}>{t('title')}</h1>
      <p className="mb-6">
        {t('lead')} {t('approx')}
      </p>
      <VillageMap villages={villages} locale={locale} />
      <section aria-labelledby="village-list" className="mt-8">
        <h2 id="village-list" className={heading({ level: 'section', className: 'mb-3' })}>
          {t('list')}
        </h2>
        <ul className="grid gap-2 sm:grid-cols-2">
          {villages.map((v) => (
            <li key={v.slug} className="border-bamboo-200 rounded border bg-white p-3 text-sm">
              <Link href={paths.village(locale, v.slug)} className="link">
                {v.name}
              </Link>
              <span>
                {' '}
                — {v.commune} · {v.crafts.map((c) => crafts(c)).join(', ')}
              </span>
              {/* A block with room around it: WCAG 2.2 target size for a thumb. */}
              <a href={geoUri(v.coordinates, v.name)} className="link mt-2 inline-block py-1">
                {t('openApp')}
                <span className="sr-only">: {v.name}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      <ExploreLinks locale={locale} />
    </>
  );
}
