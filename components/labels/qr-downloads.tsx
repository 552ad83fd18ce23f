import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Label } from '@/lib/labels';
import { paths } from '@/lib/paths';

/** Each label's QR code as a file, for a representative's own label design; never printed. */
export async function QrDownloads({
  labels,
  title,
  locale,
}: {
  labels: Label[];
  title: string;
  locale: Locale;
}) {
  if (labels.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Product' });
  return (
    <details className="mt-6 print:hidden">
      <summary className="cursor-pointer font-semibold">{title}</summary>
      <ul className="mt-2 grid gap-1 text-sm">
        {labels.map((l) => (
          <li key={l.sku} className="flex flex-wrap gap-x-3">
            <span className="font-mono">{l.sku}</span>
            <span>{locale === 'vi' ? l.nameVi : l.nameEn}</span>
            <a href={paths.qrSvg(l.sku)} download={`${l.sku}.svg`} className="link">
              {t('qrSvg')}
              <span className="sr-only"> {l.sku}</span>
            </a>
            <a href={paths.qrPng(l.sku)} download={`${l.sku}.png`} className="link">
              {t('qrPng')}
              <span className="sr-only"> {l.sku}</span>
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
