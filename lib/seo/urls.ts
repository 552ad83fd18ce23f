import type { Metadata } from 'next';
import { routing, type Locale } from '@/i18n/routing';
import { env } from '@/lib/env';

/** Open Graph wants a language_TERRITORY tag, not a bare language. */
export const OG_LOCALE: Record<Locale, string> = { vi: 'vi_VN', en: 'en_US' };

export function absoluteUrl(path: string): string {
  return `${env.SITE_URL}${path}`;
}

// Spelled out so that adding a locale to i18n/routing.ts fails to compile here until it is handled.
export function perLocale<T>(make: (locale: Locale) => T): Record<Locale, T> {
  return { vi: make('vi'), en: make('en') };
}

/** `path` is the page's path without its locale: '/' for home, '/products/may-…' for a product. */
export function localizedUrl(locale: Locale, path: string): string {
  return absoluteUrl(`/${locale}${path === '/' ? '' : path}`);
}

/** Every language's URL of one page, plus x-default for search engines (the default locale). */
export function languageUrls(path: string): Record<Locale | 'x-default', string> {
  return {
    ...perLocale((l) => localizedUrl(l, path)),
    'x-default': localizedUrl(routing.defaultLocale, path),
  };
}

export function alternates(path: string, locale: Locale): NonNullable<Metadata['alternates']> {
  return { canonical: localizedUrl(locale, path), languages: languageUrls(path) };
}
