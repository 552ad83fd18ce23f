import createNextIntlPlugin from 'next-intl/plugin';
import { productRedirects } from './lib/content/redirects.mjs';
import { securityHeaders } from './lib/security-headers.mjs';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  images: {
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [360, 480, 640, 828, 1080, 1280, 1600],
    minimumCacheTTL: 31536000,
  },
  // Renamed products keep their old URLs working (content lists them in `redirectFrom`).
  // contentlayer2 builds before next, so the generated data is there to read.
  async redirects() {
    return productRedirects('.contentlayer/generated', ['vi', 'en']);
  },
  async headers() {
    // `next start` on localhost (tests, the demo) must not be told to upgrade to https.
    const production = process.env.NODE_ENV === 'production' && !/^http:\/\/(localhost|127\.0\.0\.1)(:|$)/.test(process.env.SITE_URL ?? 'http://localhost');
    return [{ source: '/:path*', headers: securityHeaders({ production }) }];
  },
};

export default withNextIntl(nextConfig);
