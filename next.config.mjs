import createNextIntlPlugin from 'next-intl/plugin';
import { productRedirects } from './lib/content/redirects.mjs';
import { isProductionSite, securityHeaders } from './lib/security-headers.mjs';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The stylesheet goes inside each page instead of a render-blocking request: a first scan on a
  // weak 4G signal saves a round trip before anything shows (~150–600 ms). Most visits here are
  // exactly that — one scanned label, first time on the site. The cost: ~5 kB (gzip) of CSS per page,
  // twice, since Next 16.4 also copies it into the page's flight data at the end of the document
  // (vercel/next.js#98079, #95141; fix proposed in #98397). A product page is then ~19 kB gzip, past
  // the ~14 kB a new connection's first round trip carries — but everything visible, styles
  // included, is in those first ~14 kB; only the flight data comes a round trip later.
  // globalNotFound: app/global-not-found.tsx (a [locale] root layout has no single root 404).
  experimental: { inlineCss: true, globalNotFound: true },
  images: {
    formats: ['image/avif', 'image/webp'],
    // 720: the width a 360–412 px phone at 1.75–2× needs for a photo across the content (lib/images/sizes.ts).
    deviceSizes: [360, 480, 640, 720, 828, 1080, 1280, 1600],
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

export default withNextIntl(nextConfig);
