import type { Metadata } from 'next';
import { Photo } from '@/components/ui/photo';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ProductGrid } from '@/components/product/product-card';
import { liveStocks } from '@/lib/orders/live';
import { Badge } from '@/components/ui/badge';
import { ContentBody } from '@/components/ui/content-body';
import { TranslationNote } from '@/components/ui/translation-note';
import { isLocale, routing } from '@/i18n/routing';
import { getProducts, getVillage } from '@/lib/content';
import { getArtisan, getArtisans } from '@/lib/content/artisans';
import { paths } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { seoPaths } from '@/lib/seo/paths';
import { IMAGE_SIZES } from '@/lib/images/sizes';
import { heading } from '@/components/ui/heading';

export const revalidate = 3600;

// Only consenting artisans have params; any other slug is a 404, never a page.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    getArtisans(locale).map((a) => ({ locale, slug: a.slug })),
  );
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/artisans/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const artisan = isLocale(locale) ? getArtisan(slug, locale) : undefined;
  if (!artisan) return {};
  return pageMetadata({
    locale: artisan.locale,
    path: seoPaths.artisan(artisan.slug),
    title: artisan.name,
    description: artisan.summary,
    image: artisan.portrait.src,
    imageAlt: artisan.portrait.alt,
  });
}

export default async function ArtisanPage({ params }: PageProps<'/[locale]/artisans/[slug]'>) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const artisan = getArtisan(slug, locale);
  if (!artisan) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Artisans' });
  const crafts = await getTranslations({ locale, namespace: 'Crafts' });
  const village = getVillage(artisan.village, locale);
  const products = getProducts(locale).filter((p) => p.artisan === artisan.slug);
  return (
    <article>
      <TranslationNote locale={locale} translated={artisan.translated} />
      <div className="grid gap-8 md:grid-cols-[1fr_2fr]">
        <Photo
          src={artisan.portrait.src}
          alt={artisan.portrait.alt}
          width={800}
          height={800}
          sizes={IMAGE_SIZES.portrait}
          preload
          fetchPriority="high"
          className="aspect-square w-full rounded-lg object-cover"
        />
        <div>
          <h1 className={heading({ level: 'page', className: 'mb-2' })}>{artisan.name}</h1>
          {artisan.sample && (
            <p className="mb-3">
              <Badge>{t('sample')}</Badge>
            </p>
          )}
          <p className="mb-4 text-lg">{artisan.summary}</p>
          <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-semibold">{t('village')}</dt>
            <dd>
              <Link href={paths.village(locale, artisan.village)} className="link">
                {village?.name ?? artisan.village}
              </Link>
            </dd>
            <dt className="font-semibold">{t('craft')}</dt>
            <dd>{crafts(artisan.craft)}</dd>
            {artisan.yearsOfPractice !== undefined && (
              <>
                <dt className="font-semibold">{t('years')}</dt>
                <dd>{t('yearsValue', { years: artisan.yearsOfPractice })}</dd>
              </>
            )}
          </dl>
          <ContentBody html={artisan.bodyHtml} />
        </div>
      </div>
      {products.length > 0 && (
        <section aria-labelledby="made-by" className="mt-10">
          <h2 id="made-by" className={heading({ level: 'section', className: 'mb-4' })}>
            {t('products')}
          </h2>
          <ProductGrid products={products} stock={await liveStocks(products)} locale={locale} />
        </section>
      )}
    </article>
  );
}
