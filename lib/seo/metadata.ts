import type { Metadata } from 'next';
import { routing, type Locale } from '@/i18n/routing';
import { alternates, absoluteUrl, localizedUrl, OG_LOCALE } from './urls';

export interface PageSeo {
  locale: Locale;
  /** Path without the locale: '/', '/villages', '/products/{slug}'. */
  path: string;
  title: string;
  description: string;
  /** Site-relative image path: the page's `opengraph-image` route (ogImagePath), or a content picture. */
  image?: string;
  imageAlt?: string;
  siteName?: string;
  type?: 'website' | 'article';
}

/** The path of the Open Graph image Next serves for a route segment's `opengraph-image.tsx`. */
export function ogImagePath(locale: Locale, path: string): string {
  return `/${locale}${path === '/' ? '' : path}/opengraph-image`;
}

/** Title, description, canonical + hreflang alternates and the Open Graph / Twitter cards of one page. */
export function pageMetadata({
  locale,
  path,
  title,
  description,
  image,
  imageAlt,
  siteName,
  type = 'website',
}: PageSeo): Metadata {
  // Only our generated cards have a known size; a content picture (a tour's cover) is given as is.
  const size = image?.endsWith('/opengraph-image') ? { width: 1200, height: 630 } : {};
  const images = image ? [{ url: absoluteUrl(image), ...size, alt: imageAlt ?? title }] : undefined;
  return {
    title,
    description,
    alternates: alternates(path, locale),
    openGraph: {
      type,
      title,
      description,
      url: localizedUrl(locale, path),
      siteName,
      locale: OG_LOCALE[locale],
      alternateLocale: routing.locales.filter((l) => l !== locale).map((l) => OG_LOCALE[l]),
      images,
    },
    twitter: { card: images ? 'summary_large_image' : 'summary', title, description, images },
  };
}
