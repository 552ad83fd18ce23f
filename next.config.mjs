import { fileURLToPath } from 'node:url';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import createNextIntlPlugin from 'next-intl/plugin';
import { productRedirects } from './lib/content/redirects.mjs';
import { isProductionSite, securityHeaders } from './lib/security-headers.mjs';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The stylesheet is a separate, immutable file (Next's default), not inlined into each page
  // (experimental.inlineCss, used until 2026-12): inlined, it came twice per page — in <head> and again
  // in the page's flight data (vercel/next.js#98079) — so every product page carried ~45 kB of CSS
  // (85 kB of HTML; 13.8 kB brotli). Linked, the HTML is 40 kB (7.3 kB brotli), the stylesheet is
  // fetched once per visit and kept by the browser and the service worker for every later page, and
  // it is requested in the same round trip as the hero photo, which the largest paint waits for
  // anyway. Measured side by side through the production front (Lighthouse, mobile, 8 runs each):
  // LCP equal or lower on product, village and home pages, simulated FCP unchanged. The cost, measured
  // 2026-12-01 (same front, 6 runs per page on 4 pages, Chrome-applied throttling): a first visit's first
  // paint waits for the stylesheet's round trip — FCP 1.6 s linked vs 1.0 s inlined; the largest
  // paint 1.65 vs 1.52 s (medians). Simulated, LCP was the same either way and TBT ~150 ms lower linked.
  // globalNotFound: app/global-not-found.tsx (a [locale] root layout has no single root 404).
  experimental: { globalNotFound: true },
  images: {
    formats: ['image/avif', 'image/webp'],
    // 720: the width a 360–412 px phone at 1.75–2× needs for a photo across the content (lib/images/sizes.ts).
    deviceSizes: [360, 480, 640, 720, 828, 1080, 1280, 1600],
    // A photo with `sizes` (lib/images/sizes.ts) lists all these widths and deviceSizes in its srcset.
    // The smallest any layout shows is ~88 px (a product's thumbnail on a 320 px phone; an artisan's
    // card is 96 px), so Next's default 32–64 px widths were never chosen, only written out twice per
    // photo (the <img> and the page's flight data), and the optimizer no longer makes them on request.
    imageSizes: [96, 128, 256, 384],
    minimumCacheTTL: 31536000,
  },
  // Renamed products keep their old URLs working (content lists them in `redirectFrom`).
  // contentlayer2 builds before next, so the generated data is there to read.
  async redirects() {
    return productRedirects('.contentlayer/generated', ['vi', 'en']);
  },
  async headers() {
    // `next start` on localhost (tests, the demo) must not be told to upgrade to https.
    // Pages rendered per request get a nonce policy from the proxy instead (lib/csp.ts).
    return [{ source: '/:path*', headers: securityHeaders({ production: isProductionSite() }) }];
  },
};

// With REDIS_URL every instance shares one cache (pages, unstable_cache) and sees every
// revalidation; without it, or while building, Next keeps its own on disk and in memory.
const sharedCache = {
  cacheHandler: fileURLToPath(new URL('./lib/cache/redis-handler.mjs', import.meta.url)),
  cacheMaxMemorySize: 0,
};

export default function config(phase) {
  const shared = process.env.REDIS_URL && phase !== PHASE_PRODUCTION_BUILD;
  return withNextIntl(shared ? { ...nextConfig, ...sharedCache } : nextConfig);
}
