import { fileURLToPath } from 'node:url';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import createNextIntlPlugin from 'next-intl/plugin';
import { productRedirects } from './lib/content/redirects.mjs';
import { isProductionSite, securityHeaders } from './lib/security-headers.mjs';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The stylesheet is inlined (inlineCss): on a weak signal the first paint needs the HTML alone, not
  // one more round trip — LCP under 1.5 s through the front (bench/results.md). Next also copies
  // it into the page's flight data (vercel/next.js#98079); brotli stores that copy for ~0.45 kB.
  // globalNotFound: app/global-not-found.tsx (a [locale] root layout has no single root 404).
  experimental: { globalNotFound: true, inlineCss: true },
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
