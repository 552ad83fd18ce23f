import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ExploreLinks } from '@/components/explore/explore-links';
import { InstantSearch } from '@/components/explore/instant-search';
import { SearchBrowse } from '@/components/explore/search-browse';
import { isLocale } from '@/i18n/routing';
import { paths } from '@/lib/paths';
import { searchIndex } from '@/lib/search/build';
import { search, SHOWN_RESULTS, toHit } from '@/lib/search/rank';
import { suggest } from '@/lib/search/suggest';
import { heading } from '@/components/ui/heading';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Search' });
  return { title: t('title'), description: t('label'), robots: { index: false } };
}

export default async function SearchPage({ params, searchParams }: PageProps<'/[locale]/search'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Search' });
  const q = (await searchParams).q;
  const query = (Array.isArray(q) ? q[0] : q)?.slice(0, 100) ?? '';
  const labels = {
    label: t('label'),
    placeholder: t('placeholder'),
    submit: t('submit'),
    hint: t('hint'),
    resultsNone: String(t.raw('resultsNone')),
    resultsOne: String(t.raw('resultsOne')),
    resultsMany: String(t.raw('resultsMany')),
    resultsShown: String(t.raw('resultsShown')),
    kinds: {
      product: t('kind.product'),
      village: t('kind.village'),
      artisan: t('kind.artisan'),
      tour: t('kind.tour'),
    },
    tryInstead: t('tryInstead'),
    price: t('price'),
  };
  const index = await searchIndex(locale);
  const found = search(index, query);
  return (
    <>
      <h1 className={heading({ level: 'page', className: 'mb-4' })}>{t('title')}</h1>
      <InstantSearch
        action={paths.search(locale)}
        indexUrl={paths.searchIndex(locale)}
        initialQuery={query}
        initialResults={found.slice(0, SHOWN_RESULTS).map(toHit)}
        initialTotal={found.length}
        initialSuggestions={suggest(index, query)}
        noMatch={<SearchBrowse locale={locale} />}
        locale={locale}
        labels={labels}
      />
      <ExploreLinks locale={locale} />
    </>
  );
}
