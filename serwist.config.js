// @ts-check
// The service worker is built after `next build` (Serwist's configurator mode, which works with
// Turbopack): `serwist build` bundles worker/sw.ts with esbuild into public/sw.js and injects the
// precache manifest. Only hashed static assets and the app icons are precached; pages and pictures
// are cached at run time (worker/sw.ts), never the cart, checkout, orders, APIs or the desk.
import { serwist } from '@serwist/next/config';

export default await serwist({
  swSrc: 'worker/sw.ts',
  swDest: 'public/sw.js',
  precachePrerendered: false,
  globPatterns: ['.next/static/**/*.{js,css,woff2}', 'public/icons/*.png'],
});
