import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import type { Locale } from '@/i18n/routing';
import { catalogueHref, type CatalogueFilter } from '@/lib/catalogue';

const step =
  'rounded border border-bamboo-600 px-3 py-1.5 font-semibold text-leaf-800 no-underline hover:bg-bamboo-100';

/** Previous / next through the catalogue, keeping the filter: plain links, so it works without JavaScript. */
export async function CataloguePages({
  filter,
  page,
  pages,
  locale,
}: {
  filter: CatalogueFilter;
  page: number;
  pages: number;
  locale: Locale;
}) {
  if (pages <= 1) return null;
  const t = await getTranslations({ locale, namespace: 'Products' });
  const href = (p: number) => catalogueHref(locale, filter, p);
  return (
    <nav aria-label={t('pages')} className="mt-8 flex flex-wrap items-center justify-center gap-4">
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev" className={step}>
          {t('previous')}
        </Link>
      )}
      <span aria-current="page">{t('pageOf', { page, pages })}</span>
      {page < pages && (
        <Link href={href(page + 1)} rel="next" className={step}>
          {t('next')}
        </Link>
      )}
    </nav>
  );
}
