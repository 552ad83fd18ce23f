import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLocale } from '@/i18n/routing';
import { getProductBySku } from '@/lib/content';
import { rendersPerRequest } from '@/lib/csp';

/** The prerendered localized 404 (app/[locale]/not-found), which proxy.ts serves for unknown pages. */
export const notFoundPath = (locale: string) => `/${locale}/not-found`;

/**
 * Whether a (decoded) path under a locale is a page this build answers with 200, so that proxy.ts can
 * answer every other one with the prerendered 404 page rather than let a page throw notFound() — which
 * Next 16 sends as an empty document until JavaScript runs.
 * - Pages rendered per request: the list in lib/csp.ts (checked against the build in e2e); a tour's
 *   "booking received" page only for a tour the build has a page for. (An order page and the card
 *   checkout's result are judged by their link: proxy.ts with lib/orders/link.ts.)
 * - Short links /{locale}/q/{SKU}: a published product's code, in any case (as the short-link handler,
 *   app/[locale]/q/[sku]/route.ts, judges it).
 * - Everything else: prerendered by this build (`prerendered`). Without that list (`next dev`, or no
 *   build to read) nothing is judged unknown: the pages answer with their own notFound(), as before.
 */
export function isKnownPage(
  pathname: string,
  prerendered: ReadonlySet<string> | undefined,
): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const [, locale = '', section, code, ...more] = path.split('/');
  if (!isLocale(locale)) return false;
  if (path === notFoundPath(locale)) return false;
  if (section === 'q')
    return code !== undefined && more.length === 0 && getProductBySku(code, locale) !== undefined;
  if (rendersPerRequest(path)) {
    const booked = path.match(BOOKED);
    return booked && prerendered ? prerendered.has(booked[1]!) : true;
  }
  return prerendered ? prerendered.has(path) : true;
}

const BOOKED = /^(\/[^/]+\/tours\/[^/]+)\/booked$/;

let prerendered: Set<string> | null | undefined;

/** Every path `next build` prerendered (both locales), read once from the build's manifest. */
export function prerenderedPages(): ReadonlySet<string> | undefined {
  if (prerendered === undefined) prerendered = readPrerendered();
  return prerendered ?? undefined;
}

function readPrerendered(): Set<string> | null {
  // next dev renders on demand and its manifest lists nothing; an older build's would be stale.
  if (process.env.NODE_ENV !== 'production') return null;
  try {
    const manifest = JSON.parse(
      readFileSync(join(process.cwd(), '.next', 'prerender-manifest.json'), 'utf8'),
    ) as { routes?: Record<string, unknown> };
    return new Set(Object.keys(manifest.routes ?? {}));
  } catch (error) {
    console.warn(
      '[proxy] no prerender manifest: unknown pages answer with their own notFound()',
      error,
    );
    return null;
  }
}

const notFoundDocuments = new Map<string, string | null>();

/**
 * The prerendered 404 document of a locale, read once from the build. proxy.ts answers with it
 * directly: a rewrite would be proxied over the network whenever Next's idea of its own host
 * differs from the one it is bound to (`next start -H 127.0.0.1` rewrote to http://localhost:…,
 * which ran the proxy again on the 404 page, in a loop, until the socket hung up 30 s later).
 */
export function notFoundDocument(locale: string): string | undefined {
  if (!isLocale(locale) || process.env.NODE_ENV !== 'production') return undefined;
  if (!notFoundDocuments.has(locale)) {
    let html: string | null = null;
    try {
      html = readFileSync(
        join(process.cwd(), '.next', 'server', 'app', locale, 'not-found.html'),
        'utf8',
      );
    } catch {
      // No build to read (next dev): the proxy falls back to a rewrite.
    }
    notFoundDocuments.set(locale, html);
  }
  return notFoundDocuments.get(locale) ?? undefined;
}
