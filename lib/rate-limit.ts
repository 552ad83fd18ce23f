import { RateLimiterRes } from 'rate-limiter-flexible';
import { trustedProxyHops } from '@/lib/env';
import { trustedClientAddress } from '@/lib/http/client-address';
import { RequestError } from '@/lib/http/errors';
import { createLimiter, processStore, type LimitStore } from '@/lib/limits';

/**
 * Fixed-window limits: `max` per client address, or `shared` for one bucket per route when the
 * client is unknown (TRUSTED_PROXY_HOPS=0, or a request that skipped a proxy): higher, since
 * everyone without a trusted address counts in it, but never keyed on anything a client sets.
 * With REDIS_URL every instance counts in the same windows (lib/limits.ts); without it each
 * process counts on its own, so with several instances the effective limit multiplies.
 */
export const LIMITS = {
  checkout: { max: 20, shared: 200, windowMs: 60_000 },
  catalogue: { max: 600, shared: 3_000, windowMs: 60_000 },
  booking: { max: 5, shared: 50, windowMs: 10 * 60_000 },
} as const;

type Route = keyof typeof LIMITS;

/** The client's address as our own proxies saw it, or undefined (see lib/http/client-address.ts). */
export function clientAddress(request: Request): string | undefined {
  return trustedClientAddress(request.headers, trustedProxyHops);
}

/** One process's view of the limits: tests make two over one Redis to play two instances. */
export function createRateLimits(store: LimitStore = processStore()) {
  const pair = (name: Route) => {
    const { max, shared, windowMs } = LIMITS[name];
    return {
      client: createLimiter(`rate:${name}:client`, max, windowMs / 1000, store),
      shared: createLimiter(`rate:${name}:shared`, shared, windowMs / 1000, store),
    };
  };
  const limiters = {
    checkout: pair('checkout'),
    catalogue: pair('catalogue'),
    booking: pair('booking'),
  };
  /** Counts the request; throws a 429 RequestError (with Retry-After) past the ceiling. */
  return async function check(name: Route, client: string | undefined): Promise<void> {
    const { client: perClient, shared } = limiters[name];
    try {
      await (client === undefined ? shared.consume('') : perClient.consume(client));
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retry = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new RequestError(
        429,
        'rate_limited',
        { seconds: retry },
        { 'retry-after': String(retry) },
      );
    }
  };
}

let limits: ReturnType<typeof createRateLimits> | undefined;

export function checkRateLimit(name: Route, client: string | undefined): Promise<void> {
  limits ??= createRateLimits();
  return limits(name, client);
}

/** For tests: forget this process's windows (counters in Redis stay until their window ends). */
export function resetRateLimits(): void {
  limits = undefined;
}
