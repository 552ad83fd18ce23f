import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ExploreLinks } from '@/components/explore/explore-links';
import { ContentBody } from '@/components/ui/content-body';
import { TranslationNote } from '@/components/ui/translation-note';
import { isLocale, routing } from '@/i18n/routing';
import { getMarks } from '@/lib/content/programmes';
import { sectionMetadata, seoPaths } from '@/lib/seo/page-metadata';
import { card } from '@/components/ui/card';
import { heading } from '@/components/ui/heading';

export const revalidate = 3600;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/marks'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Marks' });
  return sectionMetadata(locale, seoPaths.marks, t('title'), t('lead'));
}

export default async function MarksPage({ params }: PageProps<'/[locale]/marks'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Marks' });
  const marks = getMarks(locale);
  return (
    <>
      <TranslationNote locale={locale} translated={marks.every((m) => m.translated)} />
      <h1 className={heading({ level: 'page', className: 'mb-2' })}>{t('title')}</h1>
      <p className="mb-4">{t('lead')}</p>
      <p
        role="note"
        className="border-bamboo-600 bg-bamboo-100 mb-8 rounded border px-3 py-2 text-sm"
      >
        {t('samplesNote')}
      </p>
      <div className="flex flex-col gap-8">
        {marks.map((m) => (
          <section
            key={m.kind}
            id={m.kind}
            aria-labelledby={`${m.kind}-title`}
            className={card({ padding: 'lg', className: 'scroll-mt-4' })}
          >
            <h2 id={`${m.kind}-title`} className={heading({ level: 'section', className: 'mb-2' })}>
              {m.title}
            </h2>
            <p className="mb-4 text-lg">{m.summary}</p>
            <dl className="mb-4 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
              <dt className="font-semibold">{t('certifies')}</dt>
              <dd>{m.certifies}</dd>
              <dt className="font-semibold">{t('grantedBy')}</dt>
              <dd>{m.grantedBy}</dd>
            </dl>
            <ContentBody html={m.bodyHtml} />
          </section>
        ))}
      </div>
      <ExploreLinks locale={locale} />
    </>
  );
}
