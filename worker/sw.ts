/// <reference lib="webworker" />
import {
  CacheableResponsePlugin,
  CacheFirst,
  ExpirationPlugin,
  NetworkFirst,
  Serwist,
  StaleWhileRevalidate,
  type PrecacheEntry,
  type SerwistGlobalConfig,
  type SerwistPlugin,
} from 'serwist';
import {
  isCacheableImage,
  isCacheablePage,
  productLinks,
  productPage,
  scanSku,
  skuOnPage,
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
const PAGES = 'pages';
const warmedVillages = new Set<string>();

// A product page seen with signal is stored; the first time a village's product is seen, that
// village's page and up to WARM_LIMIT of its products are fetched one by one in the background,
// so a visitor walking through the village can open them later without signal.
const warmVillage: SerwistPlugin = {
  cacheDidUpdate: async ({ request, newResponse, event }) => {
    const { pathname } = new URL(request.url);
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

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  disableDevLogs: true,
  runtimeCaching: [
    {
      matcher: ({ url, request }) =>
        request.mode === 'navigate' &&
        url.origin === self.location.origin &&
        scanSku(url.pathname) !== undefined,
      handler: ({ request, url }) => scanOffline(request, scanSku(url.pathname) ?? ''),
    },
    {
      matcher: ({ url, request }) =>
        request.mode === 'navigate' && isCacheablePage(url, self.location.origin),
      handler: pages,
    },
    {
      matcher: ({ url }) => isCacheableImage(url, self.location.origin),
      handler: new StaleWhileRevalidate({
        cacheName: 'images',
        plugins: [
          new CacheableResponsePlugin({ statuses: [200] }),
          new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * DAY }),
        ],
      }),
    },
    {
      matcher: ({ url }) =>
        url.origin === self.location.origin && url.pathname.startsWith('/_next/static/'),
      handler: new CacheFirst({
        cacheName: 'static',
        plugins: [new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 365 * DAY })],
      }),
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
        if (!isCacheablePage(url, self.location.origin)) continue;
        const response = await pages.handle({ request: new Request(url.pathname), event });
        await warmFrom(url.pathname, await response.clone().text(), event);
      }
    })().catch(() => undefined),
  );
});

serwist.addEventListeners();
