import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Tour } from '@/lib/content/tours';
import { formatVnd } from '@/lib/format';
import { card } from '@/components/ui/card';

const languageNames = (locale: Locale) => new Intl.DisplayNames([locale], { type: 'language' });

export async function TourFacts({ tour, locale }: { tour: Tour; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Tours' });
  const names = languageNames(locale);
  const rows: [string, string][] = [
    [t('duration'), t('hours', { hours: tour.durationHours })],
    [t('price'), tour.priceVnd ? formatVnd(tour.priceVnd, locale) : t('priceOnRequest')],
    [t('meetingPoint'), tour.meetingPoint],
    [t('season'), tour.season],
    [t('groupSize'), t('groupRange', { min: tour.groupSize.min, max: tour.groupSize.max })],
    [t('languages'), tour.guideLanguages.map((l) => names.of(l) ?? l).join(', ')],
    [t('included'), tour.included.join(', ')],
  ];
  return (
    <dl
      className={card({
        padding: 'md',
        className: 'grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm',
      })}
    >
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
