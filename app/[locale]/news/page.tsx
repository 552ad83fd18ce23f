import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ExploreLinks } from '@/components/explore/explore-links';
import { NewsCard } from '@/components/explore/news-card';
import { isLocale, routing } from '@/i18n/routing';
import { getNews, splitNews, todayInHanoi } from '@/lib/content/news';
import { paths } from '@/lib/paths';
import { sectionMetadata, seoPaths } from '@/lib/seo/page-metadata';
import { heading } from '@/components/ui/heading';

// Hourly, so an event moves from "upcoming" to "past" within an hour of its last day ending.
export const revalidate = 3600;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/news'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'News' });
  return sectionMetadata(locale, seoPaths.news, t('title'), t('lead'));
}

export default async function NewsPage({ params }: PageProps<'/[locale]/news'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'News' });
  const { upcoming, past } = splitNews(getNews(locale), todayInHanoi());
  return (
    <>
      <h1 className={heading({ level: 'page', className: 'mb-2' })}>{t('title')}</h1>
      <p className="mb-4">{t('lead')}</p>
      <p className="mb-8">
        <a href={paths.upcomingIcs(locale)} className="link" download>
          {t('allIcs')}
        </a>
      </p>
      <section aria-labelledby="upcoming" className="mb-10">
        <h2 id="upcoming" className={heading({ level: 'section', className: 'mb-4' })}>
          {t('upcoming')}
        </h2>
        {upcoming.length === 0 ? (
          <p>{t('noneUpcoming')}</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {upcoming.map((n) => (
              <li key={n.slug}>
                <NewsCard item={n} locale={locale} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {past.length > 0 && (
        <section aria-labelledby="past">
          <h2 id="past" className={heading({ level: 'section', className: 'mb-4' })}>
            {t('past')}
          </h2>
          <ul className="flex flex-col gap-4">
            {past.map((n) => (
              <li key={n.slug}>
                <NewsCard item={n} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <ExploreLinks locale={locale} />
    </>
  );
}
