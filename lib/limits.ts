import 'server-only';
import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { redis, REDIS_PREFIX } from '@/lib/redis';

/** Where counters live: a Redis connection shared by every instance, or none (this process). */
export interface LimitStore {
  client: Redis | null;
  prefix: string;
}

export const processStore = (): LimitStore => ({ client: redis(), prefix: REDIS_PREFIX });

/**
 * A fixed-window counter of `points` per `seconds`: in Redis when the store has a connection, so
 * every instance counts in the same window; in this process otherwise. While Redis is unreachable
 * each process counts on its own (the insurance limiter) rather than refusing or waving through.
 */
export function createLimiter(
  name: string,
  points: number,
  seconds: number,
  store: LimitStore = processStore(),
): RateLimiterAbstract {
  const options = { keyPrefix: `${store.prefix}${name}`, points, duration: seconds };
  if (!store.client) return new RateLimiterMemory(options);
  return new RateLimiterRedis({
    ...options,
    storeClient: store.client,
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory(options),
  });
}
