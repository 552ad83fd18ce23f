// @ts-check
// The service worker is built after `next build` (Serwist's configurator mode, which works with
// Turbopack): `serwist build` bundles worker/sw.ts with esbuild into public/sw.js and injects the
// precache manifest. Only the app icons are precached. Precaching every script and font (~750 kB,
// the desk's included) would cost a tourist on a weak signal that much again after the first scan;
// instead the page hands the worker what it already loaded (components/seo/service-worker.tsx), and
// pages, pictures and scripts are cached as they are used (worker/sw.ts) — never the cart,
// checkout, orders, APIs or the desk.
import { serwist } from '@serwist/next/config';

export default await serwist({
  swSrc: 'worker/sw.ts',
  swDest: 'public/sw.js',
  precachePrerendered: false,
  globPatterns: ['public/icons/*.png'],
});
