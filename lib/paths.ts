import type { Locale } from '@/i18n/routing';

// Every page path in one place, so links, sitemaps and redirects agree.
export const paths = {
  home: (l: Locale) => `/${l}`,
  villages: (l: Locale) => `/${l}/villages`,
  village: (l: Locale, slug: string) => `/${l}/villages/${slug}`,
  products: (l: Locale) => `/${l}/products`,
  product: (l: Locale, slug: string) => `/${l}/products/${slug}`,
  labels: (l: Locale, skus: string[] = []) =>
    `/${l}/labels${skus.length ? `?${skus.map((s) => `sku=${encodeURIComponent(s)}`).join('&')}` : ''}`,
  cart: (l: Locale) => `/${l}/cart`,
  qrSvg: (sku: string) => `/qr/${sku}.svg`,
  qrPng: (sku: string) => `/qr/${sku}.png`,
  tours: (l: Locale) => `/${l}/tours`,
  tour: (l: Locale, slug: string) => `/${l}/tours/${slug}`,
  artisans: (l: Locale) => `/${l}/artisans`,
  artisan: (l: Locale, slug: string) => `/${l}/artisans/${slug}`,
  marks: (l: Locale, kind?: string) => `/${l}/marks${kind ? `#${kind}` : ''}`,
  news: (l: Locale) => `/${l}/news`,
  newsItem: (l: Locale, slug: string) => `/${l}/news/${slug}`,
  eventIcs: (l: Locale, slug: string) => `/${l}/news/${slug}/event.ics`,
  upcomingIcs: (l: Locale) => `/${l}/news/upcoming.ics`,
  programmes: (l: Locale) => `/${l}/programmes`,
  programme: (l: Locale, slug: string) => `/${l}/programmes/${slug}`,
  map: (l: Locale) => `/${l}/map`,
  search: (l: Locale, q?: string) => `/${l}/search${q ? `?q=${encodeURIComponent(q)}` : ''}`,
  searchIndex: (l: Locale) => `/api/search/${l}`,
  policy: (l: Locale, slug: string) => `/${l}/policies/${slug}`,
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
