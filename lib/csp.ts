import { routing } from '@/i18n/routing';
import { contentSecurityPolicy, isProductionSite } from '@/lib/security-headers.mjs';

// Routes that Next renders per request (ƒ in `next build`'s route table). Only these may get a nonce
// policy: a prerendered page has no nonce in its cached HTML, so a nonce policy would block its
// scripts. e2e/security.spec.ts checks this list against the build's prerendered routes.
const locales = routing.locales.join('|');
const PER_REQUEST: readonly RegExp[] = [
  /^\/desk(\/|$)/,
  new RegExp(`^/(${locales})/(cart|labels|search|products)/?$`),
  new RegExp(`^/(${locales})/checkout/success/?$`),
  new RegExp(`^/(${locales})/orders/[^/]+/?$`),
  new RegExp(`^/(${locales})/tours/[^/]+/booked/?$`),
];

export function rendersPerRequest(pathname: string): boolean {
  return PER_REQUEST.some((re) => re.test(pathname));
}

/** A fresh nonce and the policy that carries it, for one request. */
export function noncePolicy(): { nonce: string; policy: string } {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  const nonce = btoa(String.fromCharCode(...bytes));
  const policy = contentSecurityPolicy({
    production: isProductionSite(),
    nonce,
    dev: process.env.NODE_ENV === 'development',
  });
  return { nonce, policy };
}
