import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LabelSheet } from '@/components/labels/label-sheet';
import { QrDownloads } from '@/components/labels/qr-downloads';
import { PrintButton } from '@/components/labels/print-button';
import { isLocale } from '@/i18n/routing';
import { getVillages } from '@/lib/content';
import { selectLabels } from '@/lib/labels';
import { paths } from '@/lib/paths';
import { shopSettings } from '@/lib/settings';
import './labels.css';
import { Button } from '@/components/ui/button';
import { heading } from '@/components/ui/heading';
import { control } from '@/components/ui/field';

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
  const withPrice = query.price === '1';
  const offset = shopSettings().labels ?? { offsetXmm: 0, offsetYmm: 0 };
  return (
    <>
      <div className="mb-6 print:hidden">
        <h1 className={heading({ level: 'page', className: 'mb-2' })}>{t('title')}</h1>
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
              className={control({ width: 'auto' })}
            >
              <option value="">{t('all')}</option>
              {getVillages(locale).map((v) => (
                <option key={v.slug} value={v.slug}>
                  {v.name}
                </option>
              ))}
            </select>
          </label>
          {typeof query.sku === 'string' && <input type="hidden" name="sku" value={query.sku} />}
          <label className="flex items-center gap-2 py-1.5 text-sm font-semibold">
            <input type="checkbox" name="price" value="1" defaultChecked={withPrice} />
            {t('price')}
          </label>
          <Button type="submit" variant="secondary" size="sm">
            {t('show')}
          </Button>
        </form>
        <p className="flex items-center gap-4">
          <PrintButton label={t('print')} />
          <span role="status">{t('count', { count: labels.length })}</span>
        </p>
        {(offset.offsetXmm !== 0 || offset.offsetYmm !== 0) && (
          <p className="mt-2 text-sm">
            {t('offset', { x: offset.offsetXmm, y: offset.offsetYmm })}
          </p>
        )}
      </div>
      <div className="overflow-x-auto print:overflow-visible">
        <LabelSheet
          labels={labels}
          locale={locale}
          site={(await getTranslations({ locale, namespace: 'Meta' }))('siteName')}
          withPrice={withPrice}
          offset={{ x: offset.offsetXmm, y: offset.offsetYmm }}
        />
      </div>
      <QrDownloads labels={labels} title={t('downloads')} locale={locale} />
    </>
  );
}
