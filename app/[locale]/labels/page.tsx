import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LabelSheet } from '@/components/labels/label-sheet';
import { PrintButton } from '@/components/labels/print-button';
import { isLocale } from '@/i18n/routing';
import { getVillages } from '@/lib/content';
import { selectLabels } from '@/lib/labels';
import { paths } from '@/lib/paths';
import './labels.css';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/labels'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Labels' });
  return { title: t('title'), robots: { index: false } };
}

export default async function LabelsPage({ params, searchParams }: PageProps<'/[locale]/labels'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Labels' });
  const query = await searchParams;
  const labels = selectLabels(query, locale);
  return (
    <>
      <div className="mb-6 print:hidden">
        <h1 className="mb-2 text-3xl font-bold">{t('title')}</h1>
        <p className="mb-4 max-w-2xl">{t('lead')}</p>
        <form
          method="get"
          action={paths.labels(locale)}
          className="mb-4 flex flex-wrap items-end gap-3"
        >
          <label className="text-sm">
            <span className="mb-1 block font-semibold">{t('village')}</span>
            <select
              name="village"
              defaultValue={typeof query.village === 'string' ? query.village : ''}
              className="border-bamboo-600 rounded border bg-white px-2 py-1.5"
            >
              <option value="">{t('all')}</option>
              {getVillages(locale).map((v) => (
                <option key={v.slug} value={v.slug}>
                  {v.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="submit"
            className="border-leaf-700 text-leaf-800 rounded border bg-white px-4 py-1.5 font-semibold"
          >
            {t('show')}
          </button>
        </form>
        <p className="flex items-center gap-4">
          <PrintButton label={t('print')} />
          <span role="status">{t('count', { count: labels.length })}</span>
        </p>
      </div>
      <div className="overflow-x-auto print:overflow-visible">
        <LabelSheet
          labels={labels}
          locale={locale}
          site={(await getTranslations({ locale, namespace: 'Meta' }))('siteName')}
        />
      </div>
    </>
  );
}
