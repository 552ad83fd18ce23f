import type { Metadata } from 'next';
import { buttonVariants } from '@/components/ui/button-variants';
import { Hero } from '@/components/ui/hero';
import { Link } from '@/components/ui/link';
import { Section } from '@/components/ui/section';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ProductGrid } from '@/components/product/product-card';
import { liveStocks } from '@/lib/orders/live';
import { VillageCard } from '@/components/village/village-card';
import { isLocale } from '@/i18n/routing';
import { CRAFTS, getProducts, getVillages } from '@/lib/content';
import { paths } from '@/lib/paths';
import { sectionMetadata, seoPaths } from '@/lib/seo/page-metadata';
import { notFound } from 'next/navigation';
import { heading } from '@/components/ui/heading';
import { cardGrid } from '@/components/ui/card';

export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Meta' });
  return {
    ...(await sectionMetadata(locale, seoPaths.home, t('siteName'), t('description'))),
    title: { absolute: t('siteName') },
  };
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Home' });
  const crafts = await getTranslations({ locale, namespace: 'Crafts' });
  const villages = getVillages(locale)
    .filter((v) => v.featured)
    .slice(0, 3);
  // The first featured village at work: its workshop (gallery photos are 3:2) when it has one,
  // else its landscape cover (16:9) — not the cover its card shows just below.
  const workshop = villages[0]?.gallery[0];
  const hero = workshop ?? villages[0]?.cover;
  // Six: two full rows of three (at most three across here), three rows of two on a phone.
  const products = getProducts(locale)
    .filter((p) => p.featured)
    .slice(0, 6);

  return (
    <>
      <section className="mb-section">
        {hero ? (
          <Hero image={hero} shape={workshop ? '3:2' : '16:9'}>
            <h1 className={heading({ level: 'hero' })}>{t('title')}</h1>
          </Hero>
        ) : (
          <h1 className={heading({ level: 'page', className: 'mb-3' })}>{t('title')}</h1>
        )}
        <p className="max-w-2xl text-lg">{t('lead')}</p>
        <p className="mt-5 flex flex-wrap gap-3">
          <Link href={paths.products(locale)} className={buttonVariants({ size: 'lg' })}>
            {t('shop')}
          </Link>
          <Link
            href={paths.tours(locale)}
            className={buttonVariants({ variant: 'secondary', size: 'lg' })}
          >
            {t('visit')}
          </Link>
        </p>
        <h2 className="sr-only">{t('crafts')}</h2>
        <ul className="mt-4 flex flex-wrap gap-2">
          {CRAFTS.map((c) => (
            <li key={c}>
              <Link
                href={`${paths.products(locale)}?craft=${c}`}
                className="border-leaf-700 text-leaf-800 hover:bg-bamboo-100 inline-block rounded-full border bg-white px-3 py-1 text-sm no-underline"
              >
                {crafts(c)}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <Section id="featured-villages" title={t('featuredVillages')}>
        <ul className={cardGrid()}>
          {villages.map((v) => (
            <li key={v.slug}>
              <VillageCard village={v} locale={locale} />
            </li>
          ))}
        </ul>
        <p className="mt-4">
          <Link href={paths.villages(locale)} className="link">
            {t('allVillages')} →
          </Link>
        </p>
      </Section>

      <Section id="featured-products" title={t('featuredProducts')} className="mb-0">
        <ProductGrid
          products={products}
          stock={await liveStocks(products)}
          locale={locale}
          columns={3}
        />
        <p className="mt-4">
          <Link href={paths.products(locale)} className="link">
            {t('allProducts')} →
          </Link>
        </p>
      </Section>
    </>
  );
}
