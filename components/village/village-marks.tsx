import { Link } from '@/components/ui/link';
import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { Locale } from '@/i18n/routing';
import type { Village } from '@/lib/content';
import { paths } from '@/lib/paths';

/** Recognition, collective trademark and geographical indication; sample values say so. */
export async function VillageMarks({ village, locale }: { village: Village; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Villages' });
  const sample = (isSample: boolean) => (isSample ? ` (${t('sample')})` : '');
  const { recognition: r, collectiveTrademark: tm, geographicIndication: gi } = village;
  if (!r && !tm && !gi) return null;
  return (
    <ul aria-label={t('recognition')} className="flex flex-wrap gap-2">
      {r && (
        <li>
          <Badge tone="leaf">
            {(r.year ? t('recognitionYear', { title: r.title, year: r.year }) : r.title) +
              sample(r.sample)}
          </Badge>
        </li>
      )}
      {tm && (
        <li>
          <Link
            href={paths.marks(locale, 'collective-trademark')}
            className="no-underline hover:underline"
          >
            <Badge>{t('trademark', { name: tm.name }) + sample(tm.sample)}</Badge>
          </Link>
        </li>
      )}
      {gi && (
        <li>
          <Link
            href={paths.marks(locale, 'geographic-indication')}
            className="no-underline hover:underline"
          >
            <Badge>{t('gi', { name: gi.name }) + sample(gi.sample)}</Badge>
          </Link>
        </li>
      )}
    </ul>
  );
}
