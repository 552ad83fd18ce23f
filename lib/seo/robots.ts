import type { MetadataRoute } from 'next';

// The desk and APIs are not for visitors; cart, checkout and orders are per-buyer pages.
// `/*/` covers every locale prefix (Google and Bing honour `*` in paths).
export const DISALLOWED = ['/desk', '/api/', '/*/cart', '/*/checkout', '/*/orders'];

export function robotsRules(siteUrl: string): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: DISALLOWED }],
    sitemap: `${siteUrl}/sitemap.xml`,
  };
}
