import type { Locale } from '@/i18n/routing';

// Every page path in one place, so links, sitemaps and redirects agree.
export const paths = {
  home: (l: Locale) => `/${l}`,
  villages: (l: Locale) => `/${l}/villages`,
  village: (l: Locale, slug: string) => `/${l}/villages/${slug}`,
  products: (l: Locale) => `/${l}/products`,
  product: (l: Locale, slug: string) => `/${l}/products/${slug}`,
  labels: (l: Locale, skus: string[] = []) => `/${l}/labels${skus.length ? `?${skus.map((s) => `sku=${encodeURIComponent(s)}`).join('&')}` : ''}`,
  cart: (l: Locale) => `/${l}/cart`,
  qrSvg: (sku: string) => `/qr/${sku}.svg`,
  qrPng: (sku: string) => `/qr/${sku}.png`,
};

/** The buyer's order page: only the holder of the token can open it. */
export function orderPagePath(locale: Locale, reference: string, token: string): string {
  return `/${locale}/orders/${reference}?token=${token}`;
}

/** The same page in another language: only the locale segment changes. */
export function switchLocalePath(pathname: string, to: Locale): string {
  const [, , ...rest] = pathname.split('/');
  return `/${[to, ...rest].filter(Boolean).join('/')}`;
}
