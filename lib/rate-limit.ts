import { trustedProxyHops } from '@/lib/env';
import { trustedClientAddress } from '@/lib/http/client-address';
import { RequestError } from '@/lib/http/errors';

/**
 * In-process fixed-window limits: `max` per client address, or `shared` for one bucket per route
 * when the client is unknown (TRUSTED_PROXY_HOPS=0, or a request that skipped a proxy): higher,
 * since everyone without a trusted address counts in it, but never keyed on anything a client
 * sets. With several instances each counts on its own, so the effective limit multiplies: move
 * the counters to Redis (or the database) then.
 */
export const LIMITS = {
  checkout: { max: 20, shared: 200, windowMs: 60_000 },
  catalogue: { max: 600, shared: 3_000, windowMs: 60_000 },
  booking: { max: 5, shared: 50, windowMs: 10 * 60_000 },
} as const;

const windows = new Map<string, { start: number; count: number }>();

/** The client's address as our own proxies saw it, or undefined (see lib/http/client-address.ts). */
export function clientAddress(request: Request): string | undefined {
  return trustedClientAddress(request.headers, trustedProxyHops);
}

export function checkRateLimit(
  name: keyof typeof LIMITS,
  client: string | undefined,
  now = Date.now(),
): void {
  const { max, shared, windowMs } = LIMITS[name];
  const [id, ceiling] =
    client === undefined ? [`${name} shared`, shared] : [`${name}:${client}`, max];
  const w = windows.get(id);
  if (!w || now - w.start >= windowMs) {
    windows.set(id, { start: now, count: 1 });
    if (windows.size > 50_000)
      for (const [k, v] of windows) if (now - v.start >= windowMs) windows.delete(k);
    return;
  }
  w.count += 1;
  if (w.count > ceiling) {
    const retry = Math.ceil((w.start + windowMs - now) / 1000);
    throw new RequestError(
      429,
      'rate_limited',
      { seconds: retry },
      { 'retry-after': String(retry) },
    );
  }
}

/** For tests: forget every window. */
export function resetRateLimits(): void {
  windows.clear();
}
