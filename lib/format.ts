import type { Locale } from '@/i18n/routing';

const vnd: Record<Locale, Intl.NumberFormat> = {
  // vi: "1.250.000 ₫"; en: "₫1,250,000". VND has no minor unit, so never show decimals.
  vi: new Intl.NumberFormat('vi-VN', {
    style: 'currency',
    currency: 'VND',
    maximumFractionDigits: 0,
  }),
  en: new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'VND',
    maximumFractionDigits: 0,
  }),
};

export function formatVnd(amount: number, locale: Locale): string {
  return vnd[locale].format(amount);
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US').format(value);
}
