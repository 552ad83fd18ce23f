import { describe, expect, it } from 'vitest';
import { noncePolicy, rendersPerRequest } from '@/lib/csp';
import { contentSecurityPolicy } from '@/lib/security-headers.mjs';

describe('script policy', () => {
  it('gives a nonce only to routes rendered per request', () => {
    for (const p of [
      '/desk',
      '/desk/orders/CM-1',
      '/vi/cart',
      '/en/search',
      '/vi/products',
      '/en/labels',
      '/vi/checkout/success',
      '/en/orders/CM-ABC',
      '/vi/tours/mot-ngay/booked',
    ])
      expect(rendersPerRequest(p), p).toBe(true);
    // Prerendered (or ISR) pages: their cached HTML carries no nonce.
    for (const p of [
      '/vi',
      '/en/villages',
      '/vi/villages/phu-vinh',
      '/vi/products/gio-may',
      '/en/tours/mot-ngay',
      '/vi/news',
      '/deskx',
      '/xx/cart',
      '/vi/cart/x',
    ])
      expect(rendersPerRequest(p), p).toBe(false);
  });

  it('a nonce policy is fresh each time and never allows inline scripts by themselves', () => {
    const a = noncePolicy();
    const b = noncePolicy();
    expect(a.nonce).not.toBe(b.nonce);
    expect(a.policy).toContain(`'nonce-${a.nonce}' 'strict-dynamic'`);
    expect(a.policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(a.policy).not.toMatch(/script-src[^;]*'unsafe-eval'/);
  });

  it('both policies lock everything else to our origin', () => {
    for (const policy of [contentSecurityPolicy({ production: true }), noncePolicy().policy]) {
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("form-action 'self'");
      expect(policy).not.toMatch(/(https?:|\*)/);
    }
    expect(contentSecurityPolicy({ production: true })).toContain('upgrade-insecure-requests');
  });
});
