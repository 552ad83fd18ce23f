import 'server-only';
import { Redis } from 'ioredis';
import { env } from '@/lib/env';

/** Every key this site writes starts with this, so one Redis can serve other apps beside it. */
export const REDIS_PREFIX = 'chuongmy:';

/**
 * A connection that fails fast: with Redis down, a command rejects at once (no offline queue, one
 * retry) and the caller falls back to what it does without Redis, instead of holding a request
 * while ioredis reconnects in the background.
 */
export function connectRedis(url: string, name = 'redis'): Redis {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
  });
  let down = false;
  client.on('error', (error: Error) => {
    if (down) return;
    down = true;
    console.error(`[${name}] ${error.message}; working in this process until it is back`);
  });
  client.on('ready', () => {
    if (down) console.error(`[${name}] connected again`);
    down = false;
  });
  return client;
}

// One connection per process, kept on globalThis: Next may load this module in several bundles.
const shared = globalThis as unknown as { __redis?: Redis | null };

/** The process's connection to REDIS_URL, or null without it (everything then stays in process). */
export function redis(): Redis | null {
  if (shared.__redis === undefined)
    shared.__redis = env.REDIS_URL ? connectRedis(env.REDIS_URL) : null;
  return shared.__redis;
}
