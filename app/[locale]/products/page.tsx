import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CatalogueFilterForm } from '@/components/product/catalogue-filter';
import { CataloguePages } from '@/components/product/catalogue-pages';
import { ProductGrid } from '@/components/product/product-card';
import { liveStocks } from '@/lib/orders/live';
import { isLocale } from '@/i18n/routing';
import { filterProducts, pageOf, parseFilter, parsePage } from '@/lib/catalogue';
import { getProducts, getVillages } from '@/lib/content';
import { sectionMetadata, seoPaths } from '@/lib/seo/page-metadata';
import { heading } from '@/components/ui/heading';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/products'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Products' });
  return sectionMetadata(locale, seoPaths.products, t('title'), t('lead'));
}

export default async function ProductsPage({
  params,
  searchParams,
}: PageProps<'/[locale]/products'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Products' });
  const villages = getVillages(locale);
  const query = await searchParams;
  const filter = parseFilter(
    query,
    villages.map((v) => v.slug),
  );
  const products = filterProducts(getProducts(locale), filter, locale);
  const { page, pages } = parsePage(query, products.length);
  const shown = pageOf(products, page);
  return (
    <>
      <h1 className={heading({ level: 'page', className: 'mb-2' })}>{t('title')}</h1>
      <p className="mb-6">{t('lead')}</p>
      <CatalogueFilterForm filter={filter} villages={villages} locale={locale} />
      <p className="mb-4 text-sm font-semibold" role="status">
        {t('count', { count: products.length })}
      </p>
      {products.length > 0 ? (
        <ProductGrid
          products={shown}
          stock={await liveStocks(shown)}
          locale={locale}
          eager={4}
          level={2}
        />
      ) : (
        <p>{t('none')}</p>
      )}
      <CataloguePages filter={filter} page={page} pages={pages} locale={locale} />
    </>
  );
}
