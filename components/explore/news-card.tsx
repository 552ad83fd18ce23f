import { Link } from '@/components/ui/link';
import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { Locale } from '@/i18n/routing';
import type { NewsItem } from '@/lib/content/news';
import { paths } from '@/lib/paths';
import { DateRange } from './date-range';
import { card, cardTitleLink } from '@/components/ui/card';

export async function NewsCard({ item, locale }: { item: NewsItem; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'News' });
  return (
    <article className={card({ padding: 'md', link: true })}>
      <p className="text-bamboo-800 mb-1 flex flex-wrap items-center gap-2 text-sm">
        <Badge tone="leaf">{t(`kind.${item.kind}`)}</Badge>
        <DateRange start={item.start} end={item.end} locale={locale} />
        {item.sample && <span>({t('sample')})</span>}
      </p>
      <h3 className="text-lg font-bold">
        <Link href={paths.newsItem(locale, item.slug)} className={cardTitleLink}>
          {item.title}
        </Link>
      </h3>
      <p className="text-sm">{item.place}</p>
      <p className="mt-1 text-sm">{item.summary}</p>
    </article>
  );
}
