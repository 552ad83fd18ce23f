// Which requests the service worker may keep. Pure functions, shared by worker/sw.ts and the tests.
// Locales are matched as any two-letter prefix so the worker does not bundle the i18n config.

/**
 * At most this many product pages are fetched in the background when a village is first visited: as
 * many as a village page lists (VILLAGE_PAGE_PRODUCTS in lib/catalogue.ts, which the worker does not
 * bundle; tests/seo/sw-routes.test.ts keeps them equal).
 */
export const WARM_LIMIT = 12;

// Per-buyer or staff pages and anything with side effects: never stored, always from the network.
// (The cart page is not among them: its HTML is the same for everyone, the cart itself is in
// localStorage; it is stored as part of the shell, isShellPage.)
const PRIVATE = [/^\/[a-z]{2}\/(checkout|orders|labels)(\/|$)/i, /^\/(api|desk|q)(\/|$)/i];

export function isPrivatePath(pathname: string): boolean {
  return PRIVATE.some((re) => re.test(pathname));
}

const PAGE =
  /^\/[a-z]{2}(\/(villages|products|tours|artisans|news|programmes|marks|map)(\/[a-z0-9-]+)?)?\/?$/;

/** Public content pages (home, each section and its detail pages), without query strings; not search. */
export function isCacheablePage(url: URL, origin: string): boolean {
  return (
    url.origin === origin &&
    url.search === '' &&
    !isPrivatePath(url.pathname) &&
    PAGE.test(url.pathname)
  );
}

/** The cart and the offline page of a locale: kept so that both open without signal. */
export function isShellPage(url: URL, origin: string): boolean {
  return url.origin === origin && /^\/[a-z]{2}\/(cart|offline)\/?$/.test(url.pathname);
}

/** The scripts and stylesheets a page loads (Next's hashed files), to keep beside a stored shell page. */
export function assetLinks(html: string): string[] {
  const found = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"?#]+\.(?:js|css))"/g)].map(
    (m) => m[1] ?? '',
  );
  return [...new Set(found)].filter(Boolean);
}

/**
 * Without signal, a photo asked for at a width not stored (another screen, a rotated phone, the
 * full-screen view) is answered with a stored size of the same photo: the nearest width at or above
 * the one asked for, else the largest; the original file (/images/…) last.
 */
export function storedVariant(requested: URL, stored: readonly URL[]): URL | undefined {
  const source = photoSource(requested);
  if (!source) return undefined;
  const want = Number(requested.searchParams.get('w') ?? Infinity);
  const variants = stored
    .filter((u) => u.pathname === '/_next/image' && u.searchParams.get('url') === source)
    .map((u) => ({ u, w: Number(u.searchParams.get('w') ?? 0) }))
    .sort((a, b) => a.w - b.w);
  const pick = variants.find((v) => v.w >= want) ?? variants.at(-1);
  return pick?.u ?? stored.find((u) => u.pathname === source && u.href !== requested.href);
}

function photoSource(url: URL): string | undefined {
  if (url.pathname === '/_next/image') return url.searchParams.get('url') ?? undefined;
  return url.pathname.startsWith('/images/') ? url.pathname : undefined;
}

/** Pictures: optimised by next/image, the originals, and the QR codes. */
export function isCacheableImage(url: URL, origin: string): boolean {
  return (
    url.origin === origin &&
    (url.pathname === '/_next/image' || /^\/(images|qr|icons)\//.test(url.pathname))
  );
}

export function productPage(pathname: string): { locale: string; slug: string } | undefined {
  const m = /^\/([a-z]{2})\/products\/([a-z0-9-]+)\/?$/.exec(pathname);
  return m?.[1] && m[2] ? { locale: m[1], slug: m[2] } : undefined;
}

/** The village a product page links to (its "made in" link), as a path. */
export function villageLink(html: string, locale: string): string | undefined {
  return new RegExp(`href="(/${locale}/villages/[a-z0-9-]+)"`).exec(html)?.[1];
}

/** Product pages a village page links to, first `limit` distinct ones. */
export function productLinks(html: string, locale: string, limit = WARM_LIMIT): string[] {
  const found = [...html.matchAll(new RegExp(`href="(/${locale}/products/[a-z0-9-]+)"`, 'g'))].map(
    (m) => m[1] ?? '',
  );
  return [...new Set(found)].filter(Boolean).slice(0, limit);
}

/** The SKU of a printed QR link (/q/{SKU} or /Q/{SKU}), upper-cased as printed. */
export function scanSku(pathname: string): string | undefined {
  return /^\/q\/([a-z0-9-]{3,16})\/?$/i.exec(pathname)?.[1]?.toUpperCase();
}

/**
 * The SKU a product page is for: from its structured data ("sku" in the Product JSON-LD), or from a
 * link to its QR code where a page shows one (the labels page).
 */
export function skuOnPage(html: string): string | undefined {
  return (
    /"sku":"([A-Z0-9-]{3,16})"/.exec(html)?.[1] ??
    /\/qr\/([A-Z0-9-]{3,16})\.(?:svg|png)/.exec(html)?.[1]
  );
}
