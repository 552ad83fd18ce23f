import { Photo } from '@/components/ui/photo';
import { Link } from '@/components/ui/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Village } from '@/lib/content';
import type { Tour } from '@/lib/content/tours';
import { paths } from '@/lib/paths';
import { IMAGE_SIZES } from '@/lib/images/sizes';
import { card, cardTitleLink } from '@/components/ui/card';
import { Price } from '@/components/ui/price';

export async function TourCard({
  tour,
  villages,
  locale,
}: {
  tour: Tour;
  villages: Village[];
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: 'Tours' });
  const names = tour.villages.map((slug) => villages.find((v) => v.slug === slug)?.name ?? slug);
  return (
    <article className={card({ padding: 'none', link: true })}>
      <Photo
        src={tour.cover.src}
        alt={tour.cover.alt}
        width={800}
        height={450}
        sizes={IMAGE_SIZES.thirds}
        className="aspect-video w-full object-cover"
      />
      <div className="flex flex-1 flex-col gap-1 p-4">
        <h2 className="text-lg font-bold">
          <Link href={paths.tour(locale, tour.slug)} className={cardTitleLink}>
            {tour.title}
          </Link>
        </h2>
        <p className="text-bamboo-800 text-sm">{names.join(' → ')}</p>
        <p className="text-sm">{tour.summary}</p>
        <p className="mt-auto pt-2 text-sm font-semibold">
          {t('hours', { hours: tour.durationHours })} ·{' '}
          {tour.priceVnd ? (
            <Price vnd={tour.priceVnd} locale={locale} size="sm" />
          ) : (
            t('priceOnRequest')
          )}
        </p>
      </div>
    </article>
  );
}
