import { afterEach, describe, expect, it, vi } from 'vitest';
import { trustedClientAddress } from '@/lib/http/client-address';

const xff = (value?: string) =>
  new Headers(value === undefined ? {} : { 'x-forwarded-for': value });

describe('trustedClientAddress', () => {
  it('0 hops: the header is ignored, whatever it says', () => {
    for (const value of [undefined, '', '203.0.113.9', '10.0.0.1, 203.0.113.9', 'unknown'])
      expect(trustedClientAddress(xff(value), 0)).toBeUndefined();
  });

  it('1 hop (deploy/nginx.conf): the entry the front appended, never what the client sent before it', () => {
    expect(trustedClientAddress(xff('203.0.113.9'), 1)).toBe('203.0.113.9');
    expect(trustedClientAddress(xff('10.9.9.9, 203.0.113.9'), 1)).toBe('203.0.113.9');
    expect(trustedClientAddress(xff(' 1.1.1.1 ,2.2.2.2,  203.0.113.9 '), 1)).toBe('203.0.113.9');
    expect(trustedClientAddress(xff('2001:db8::1'), 1)).toBe('2001:db8::1');
  });

  it('2 hops (a CDN in front of the front): the second entry from the right', () => {
    expect(trustedClientAddress(xff('203.0.113.9, 198.51.100.1'), 2)).toBe('203.0.113.9');
    expect(trustedClientAddress(xff('6.6.6.6, 203.0.113.9, 198.51.100.1'), 2)).toBe('203.0.113.9');
  });

  it('fewer entries than proxies, an empty entry or no header: unknown, not a fallback', () => {
    expect(trustedClientAddress(xff(), 1)).toBeUndefined();
    expect(trustedClientAddress(xff(''), 1)).toBeUndefined();
    expect(trustedClientAddress(xff('198.51.100.1'), 2)).toBeUndefined();
    expect(trustedClientAddress(xff(' , 198.51.100.1'), 2)).toBeUndefined();
    expect(trustedClientAddress(xff('203.0.113.9'), -1)).toBeUndefined();
    expect(trustedClientAddress(xff('203.0.113.9'), 1.5)).toBeUndefined();
  });
});

/** lib/rate-limit.ts as a server started with TRUSTED_PROXY_HOPS=`hops` would load it. */
async function rateLimitWith(hops: string | undefined) {
  vi.resetModules();
  vi.stubEnv('TRUSTED_PROXY_HOPS', hops);
  return import('@/lib/rate-limit');
}
afterEach(() => vi.unstubAllEnvs());

/** How many of `n` checkouts, the i-th with X-Forwarded-For `forwardedFor(i)` (none if undefined), pass. */
async function passing(
  limits: Awaited<ReturnType<typeof rateLimitWith>>,
  n: number,
  forwardedFor: (i: number) => string | undefined,
) {
  let passed = 0;
  for (let i = 0; i < n; i++) {
    const value = forwardedFor(i);
    const request = new Request('http://localhost:3000/api/checkout', {
      method: 'POST',
      headers: value === undefined ? {} : { 'x-forwarded-for': value },
    });
    try {
      await limits.checkRateLimit('checkout', limits.clientAddress(request));
      passed++;
    } catch {
      // 429
    }
  }
  return passed;
}
const rotating = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

describe('rate limits and TRUSTED_PROXY_HOPS', () => {
  it('0 hops: a spoofed, rotating X-Forwarded-For gets no fresh bucket, only the shared one', async () => {
    const limits = await rateLimitWith('0');
    const { shared } = limits.LIMITS.checkout;
    expect(await passing(limits, shared + 50, rotating)).toBe(shared);
  });

  it('unset outside production counts as 0', async () => {
    const limits = await rateLimitWith(undefined);
    expect(await passing(limits, limits.LIMITS.checkout.shared + 1, rotating)).toBe(
      limits.LIMITS.checkout.shared,
    );
  });

  it('1 hop: each address the front saw has its own bucket; what a client prepends changes nothing', async () => {
    const limits = await rateLimitWith('1');
    const { max } = limits.LIMITS.checkout;
    expect(await passing(limits, max + 10, (i) => `${rotating(i)}, 203.0.113.9`)).toBe(max);
    expect(await passing(limits, max + 10, () => '198.51.100.4')).toBe(max);
  });

  it('1 hop: a request with no header (it skipped the front) falls in the shared bucket', async () => {
    const limits = await rateLimitWith('1');
    const { shared } = limits.LIMITS.checkout;
    expect(await passing(limits, shared + 5, () => undefined)).toBe(shared);
  });
});
