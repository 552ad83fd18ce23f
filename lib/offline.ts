// What the service worker (worker/sw.ts) and the offline page share: the names of its caches and how a
// stored page is shown in the offline page's list. Pure: bundled into the worker and into a client leaf.

export const CACHES = {
  /** Public pages seen with signal (NetworkFirst): the ones listed on the offline page. */
  pages: 'pages',
  /** The cart and the offline page of each locale a visitor used, with their scripts. */
  shell: 'shell',
  images: 'images',
  static: 'static',
} as const;

/** The offline page of a locale; the worker answers every failed navigation with it. */
export const offlinePath = (locale: string) => `/${locale}/offline`;

/** The locale an address is in (a two-letter first segment), else the default. */
export function localeOfPath(pathname: string, fallback = 'vi'): string {
  return /^\/([a-z]{2})(?:\/|$)/.exec(pathname)?.[1] ?? fallback;
}

/** The stored pages of one locale, as paths, the locale's home first, then in alphabetical order. */
export function savedPaths(urls: readonly string[], locale: string): string[] {
  const home = `/${locale}`;
  const paths = urls
    .map((u) => new URL(u, 'http://x').pathname.replace(/\/+$/, '') || '/')
    .filter((p) => p === home || p.startsWith(`${home}/`));
  return [...new Set(paths)].sort((a, b) =>
    a === home ? -1 : b === home ? 1 : a.localeCompare(b),
  );
}

/** The `<title>` element at the start of a page's HTML, once it has all arrived; else undefined. */
export function titleElement(htmlStart: string): string | undefined {
  return /<title[^>]*>[\s\S]*?<\/title>/i.exec(htmlStart)?.[0];
}

/** "Giỏ mây · Làng nghề Chương Mỹ" → "Giỏ mây": the site's name is the same on every page. */
export function pageName(title: string): string {
  const [own] = title.split(' · ');
  return (own ?? title).trim();
}
