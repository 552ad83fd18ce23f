// Plain JS so next.config.mjs can load it. Headers for every response, and the two script policies.
//
// Pages rendered per request (cart, checkout result, order pages, search, labels, the desk …) carry a
// fresh nonce: the proxy puts it in the request's Content-Security-Policy, Next stamps it on its own
// scripts, and no other inline script runs ('strict-dynamic'). Static and ISR pages (home, villages,
// products — the QR landing pages) are the same bytes for everyone and are regenerated in the
// background, so neither a nonce nor a fixed hash list can describe their inline scripts (Next's page
// data); they keep 'unsafe-inline' for scripts. Everything else is locked to our own origin on both:
// no third-party script, no eval, nothing can frame the site, forms post only here, no plugins.

/** @param {{ production: boolean, nonce?: string, dev?: boolean }} options */
export function contentSecurityPolicy({ production, nonce, dev = false }) {
  const script = nonce
    ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`
    : `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`;
  return [
    "default-src 'self'",
    script,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(production ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** @param {{ production: boolean }} options */
export function securityHeaders({ production }) {
  return [
    {
      key: 'Content-Security-Policy',
      value: contentSecurityPolicy({ production, dev: process.env.NODE_ENV === 'development' }),
    },
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    {
      key: 'Permissions-Policy',
      value:
        'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
    },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}

/** Whether `SITE_URL` names a real deployment (https upgrade) rather than `next start` on localhost. */
export function isProductionSite(siteUrl = process.env.SITE_URL ?? 'http://localhost') {
  return (
    process.env.NODE_ENV === 'production' &&
    !/^http:\/\/(localhost|127\.0\.0\.1)(:|$)/.test(siteUrl)
  );
}
