/// <reference lib="webworker" />
import {
  CacheableResponsePlugin,
  CacheFirst,
  ExpirationPlugin,
  NetworkFirst,
  NetworkOnly,
  Serwist,
  StaleWhileRevalidate,
  type PrecacheEntry,
  type SerwistGlobalConfig,
  type SerwistPlugin,
} from 'serwist';
import { CACHES, localeOfPath, offlinePath } from '../lib/offline';
import {
  assetLinks,
  isCacheableImage,
  isCacheablePage,
  isShellPage,
  productLinks,
  productPage,
  scanSku,
  skuOnPage,
  storedVariant,
  villageLink,
} from './routes';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    // Filled in by `serwist build` (serwist.config.js): the hashed static assets and icons.
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const DAY = 24 * 60 * 60;
const PAGES = CACHES.pages;
const warmedVillages = new Set<string>();
const warmedShells = new Set<string>();

// A product page seen with signal is stored; the first time a village's product is seen, that
// village's page and up to WARM_LIMIT of its products are fetched one by one in the background,
// so a visitor walking through the village can open them later without signal.
const warmVillage: SerwistPlugin = {
  cacheDidUpdate: async ({ request, newResponse, event }) => {
    const { pathname } = new URL(request.url);
    if (request.mode === 'navigate') await warmShell(localeOfPath(pathname), event);
    if (!productPage(pathname)) return;
    const html = await newResponse.clone().text();
    await rememberSku(html, pathname);
    if (request.mode === 'navigate') await warmFrom(pathname, html, event);
  },
};

// Scanning the label again without signal: /q/{SKU} itself is never stored (it counts scans and
// picks the language), but when the network fails it is sent to the stored page of that SKU.
const SCANS = 'scan-targets';
const scanKey = (sku: string) => `/__scan/${sku}`;

async function rememberSku(html: string, pathname: string): Promise<void> {
  const sku = skuOnPage(html);
  if (sku) await (await caches.open(SCANS)).put(scanKey(sku), new Response(pathname));
}

async function scanOffline(request: Request, sku: string): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const target = await (await caches.open(SCANS)).match(scanKey(sku));
    if (!target) throw error;
    return Response.redirect(new URL(await target.text(), self.location.origin).href, 302);
  }
}

const pages = new NetworkFirst({
  cacheName: PAGES,
  // On a weak signal, show the stored copy rather than wait; a fresh one is stored when it arrives.
  networkTimeoutSeconds: 4,
  matchOptions: { ignoreVary: true },
  plugins: [
    new CacheableResponsePlugin({ statuses: [200] }),
    new ExpirationPlugin({ maxEntries: 80, maxAgeSeconds: 14 * DAY }),
    warmVillage,
  ],
});

async function warmFrom(pathname: string, html: string, event: ExtendableEvent): Promise<void> {
  const product = productPage(pathname);
  const village = product && villageLink(html, product.locale);
  if (!product || !village || warmedVillages.has(village)) return;
  warmedVillages.add(village);
  try {
    const villageHtml = await (await pages.handle({ request: new Request(village), event })).text();
    const cache = await caches.open(PAGES);
    for (const link of productLinks(villageHtml, product.locale)) {
      if (link === pathname || (await cache.match(link, { ignoreVary: true }))) continue;
      await pages.handle({ request: new Request(link), event });
    }
  } catch {
    // No signal any more: try again on the next product page of this village.
    warmedVillages.delete(village);
  }
}

const assets = new CacheFirst({
  cacheName: CACHES.static,
  plugins: [new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 365 * DAY })],
});

// The cart and offline pages are stored under their bare path (the cart's ?cancelled=1 included).
const shell = new NetworkFirst({
  cacheName: CACHES.shell,
  networkTimeoutSeconds: 4,
  matchOptions: { ignoreVary: true },
  plugins: [
    new CacheableResponsePlugin({ statuses: [200] }),
    { cacheKeyWillBeUsed: async ({ request }) => new URL(request.url).pathname },
  ],
});

// Once per locale and worker start, the first stored page brings the cart and offline pages of its
// locale with their scripts (from the browser's cache when already loaded), so that Add to cart, the
// cart and every unvisited page have something to show without signal. A copy under a day old is kept.
async function warmShell(locale: string, event: ExtendableEvent): Promise<void> {
  if (warmedShells.has(locale)) return;
  warmedShells.add(locale);
  try {
    const cache = await caches.open(CACHES.shell);
    for (const path of [offlinePath(locale), `/${locale}/cart`]) {
      const stored = await cache.match(path, { ignoreVary: true });
      if (stored && Date.now() - Date.parse(stored.headers.get('date') ?? '') < DAY * 1000)
        continue;
      const html = await (await shell.handle({ request: new Request(path), event })).text();
      for (const link of assetLinks(html))
        await assets.handle({ request: new Request(link), event });
    }
  } catch {
    warmedShells.delete(locale);
  }
}

/** A navigation that neither the network nor the stores can answer gets the offline page of its locale. */
async function orOffline(request: Request, respond: () => Promise<Response>): Promise<Response> {
  try {
    return await respond();
  } catch (error) {
    const cache = await caches.open(CACHES.shell);
    const page =
      (await cache.match(offlinePath(localeOfPath(new URL(request.url).pathname)))) ??
      (await cache.match(offlinePath('vi'))) ??
      (await cache.match(offlinePath('en')));
    if (!page) throw error;
    return page;
  }
}

// A photo at a width not stored: the nearest stored size of the same photo (worker/routes.ts).
const photoFallback: SerwistPlugin = {
  handlerDidError: async ({ request }) => {
    const cache = await caches.open(CACHES.images);
    const stored = (await cache.keys()).map((r) => new URL(r.url));
    const pick = storedVariant(new URL(request.url), stored);
    return pick && (await cache.match(pick.href, { ignoreVary: true }));
  },
};

const network = new NetworkOnly();
const navigation = (request: Request, url: URL) =>
  request.mode === 'navigate' && url.origin === self.location.origin;

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  disableDevLogs: true,
  runtimeCaching: [
    {
      matcher: ({ url, request }) =>
        navigation(request, url) && scanSku(url.pathname) !== undefined,
      handler: ({ request, url }) =>
        orOffline(request, () => scanOffline(request, scanSku(url.pathname) ?? '')),
    },
    {
      matcher: ({ url, request }) =>
        request.mode === 'navigate' && isCacheablePage(url, self.location.origin),
      handler: ({ request, event }) => orOffline(request, () => pages.handle({ request, event })),
    },
    {
      matcher: ({ url, request }) =>
        request.mode === 'navigate' && isShellPage(url, self.location.origin),
      handler: ({ request, event }) => orOffline(request, () => shell.handle({ request, event })),
    },
    {
      matcher: ({ url }) => isCacheableImage(url, self.location.origin),
      handler: new StaleWhileRevalidate({
        cacheName: CACHES.images,
        // The browser asks for AVIF/WebP, a page handing over what it loaded (CACHE_URLS) for anything:
        // the stored photo is the same picture either way.
        matchOptions: { ignoreVary: true },
        plugins: [
          new CacheableResponsePlugin({ statuses: [200] }),
          new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * DAY }),
          photoFallback,
        ],
      }),
    },
    {
      matcher: ({ url }) =>
        url.origin === self.location.origin && url.pathname.startsWith('/_next/static/'),
      handler: assets,
    },
    {
      // Search, checkout, orders, the desk, pages not yet seen: the network, else the offline page.
      matcher: ({ url, request }) => navigation(request, url),
      handler: ({ request, event }) => orOffline(request, () => network.handle({ request, event })),
    },
  ],
});

// The first scan loads the page before this worker exists: store the open pages once it takes over.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await self.clients.claim();
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      for (const client of windows) {
        const url = new URL(client.url);
        const shown = isCacheablePage(url, self.location.origin);
        if (shown || isShellPage(url, self.location.origin))
          await warmShell(localeOfPath(url.pathname), event);
        if (!shown) continue;
        const response = await pages.handle({ request: new Request(url.pathname), event });
        await warmFrom(url.pathname, await response.clone().text(), event);
      }
    })().catch(() => undefined),
  );
});

serwist.addEventListeners();
