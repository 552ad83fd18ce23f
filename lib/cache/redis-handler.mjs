// Next's incremental cache (ISR pages, unstable_cache, fetch) in Redis, so every instance serves
// the same pages and a revalidateTag() on one is seen by all. next.config.mjs selects it only when
// REDIS_URL is set and never for `next build`. Plain ESM: Next loads it itself, at run time.
// (@fortedigital/nextjs-cache-handler marks its Next 16 support partial and in testing, 2026.)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';

const TAGS_HEADER = 'x-next-cache-tags';
// An entry unread for this long goes; a later request renders it again.
const MAX_TTL_MS = 14 * 24 * 3_600_000;

// Stamped with Redis's clock, like the tags below: instances' clocks may differ, Redis has one.
const SET = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('HSET', KEYS[1], 'v', ARGV[1], 't', now)
redis.call('PEXPIRE', KEYS[1], ARGV[2])
for i = 2, #KEYS do
  redis.call('SADD', KEYS[i], KEYS[1])
  redis.call('PEXPIRE', KEYS[i], ARGV[2])
end
return now`;

// KEYS[1]: tag → time of its last revalidation; KEYS[2..]: each tag's index of entry keys.
const REVALIDATE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
for i = 2, #KEYS do
  redis.call('HSET', KEYS[1], ARGV[i - 1], now)
  local keys = redis.call('SMEMBERS', KEYS[i])
  for _, k in ipairs(keys) do redis.call('DEL', k) end
  redis.call('DEL', KEYS[i])
end
return now`;

/** JSON that keeps what Next stores: Buffers (RSC payloads, route bodies) and Maps (segments). */
function encode(value) {
  if (value instanceof Uint8Array) return { $b: Buffer.from(value).toString('base64') };
  if (value instanceof Map) return { $m: [...value].map(([k, v]) => [k, encode(v)]) };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}
function decode(value) {
  if (Array.isArray(value)) return value.map(decode);
  if (!value || typeof value !== 'object') return value;
  if (typeof value.$b === 'string') return Buffer.from(value.$b, 'base64');
  if (Array.isArray(value.$m)) return new Map(value.$m.map(([k, v]) => [k, decode(v)]));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
}

/** The tags Next gave an entry: a page's header, a fetch's context. */
function tagsOf(data, ctx) {
  const header = data?.headers?.[TAGS_HEADER];
  const tags = [...(ctx?.tags ?? []), ...(typeof header === 'string' ? header.split(',') : [])];
  return [...new Set(tags.filter(Boolean))];
}

function ttlOf(ctx) {
  const expire = ctx?.cacheControl?.expire;
  return typeof expire === 'number' ? Math.min(MAX_TTL_MS, expire * 1000) : MAX_TTL_MS;
}

const buildIds = new Map();
/** Pages of one build link that build's scripts: each build keeps its own entries. */
function buildIdOf(serverDistDir) {
  if (!serverDistDir) return 'any';
  if (!buildIds.has(serverDistDir)) {
    let id = 'any';
    try {
      id = readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
    } catch {
      // no build id (dev): one namespace
    }
    buildIds.set(serverDistDir, id);
  }
  return buildIds.get(serverDistDir);
}

/**
 * A handler class over its own connection to `url` (Next makes one instance per request; they
 * share the connection). While Redis is unreachable this process keeps its own cache and says so
 * once. A revalidated tag makes every entry it touched a miss (the next request renders afresh):
 * `{ expire: 0 }`, which is all lib/checkout/after-change.ts asks for; a longer `expire` (a
 * stale-while-revalidate profile) is treated the same.
 */
export function createCacheHandler({ url, prefix = 'chuongmy:cache:' }) {
  let client;
  let down = false;
  const local = { entries: new Map(), tags: new Map() };
  const connection = () => {
    if (client !== undefined || !url) return client;
    client = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2_000,
    });
    client.on('error', (error) => say(error));
    client.on('ready', () => {
      if (down) console.error('[cache] Redis connected again: the cache is shared again');
      down = false;
    });
    return client;
  };
  const say = (error) => {
    if (down) return;
    down = true;
    console.error(`[cache] Redis unreachable (${error.message}); this process caches on its own`);
  };
  const ready = () => connection()?.status === 'ready';
  const newest = (times) => Math.max(0, ...times.map(Number).filter(Number.isFinite));
  const localTimes = (tags) => tags.map((t) => local.tags.get(t) ?? 0);

  return class RedisCacheHandler {
    constructor(ctx = {}) {
      this.space = `${prefix}${buildIdOf(ctx.serverDistDir)}:`;
    }

    async get(key, ctx) {
      let found = local.entries.get(this.space + key);
      let remote = [];
      if (ready()) {
        try {
          const [v, t] = await client.hmget(this.space + key, 'v', 't');
          if (v === null || t === null) return null;
          found = { ...JSON.parse(v), lastModified: Number(t) };
        } catch (error) {
          say(error);
        }
      }
      if (!found) return null;
      const tags = [...new Set([...found.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])])];
      if (tags.length > 0 && ready()) {
        try {
          remote = await client.hmget(`${prefix}tags`, ...tags);
        } catch (error) {
          say(error);
        }
      }
      if (newest([...remote, ...localTimes(tags)]) > found.lastModified) return null;
      return {
        lastModified: found.lastModified,
        value: decode(found.value),
        cacheControl: found.cacheControl,
      };
    }

    async set(key, data, ctx) {
      const tags = tagsOf(data, ctx);
      const entry = { value: encode(data), tags, cacheControl: ctx?.cacheControl };
      if (ready()) {
        try {
          const keys = [this.space + key, ...tags.map((t) => `${this.space}tag:${t}`)];
          await client.eval(SET, keys.length, ...keys, JSON.stringify(entry), ttlOf(ctx));
          local.entries.delete(this.space + key);
          return;
        } catch (error) {
          say(error);
        }
      }
      local.entries.set(this.space + key, { ...entry, lastModified: Date.now() });
    }

    async revalidateTag(tags) {
      const list = [...new Set(typeof tags === 'string' ? [tags] : tags)];
      if (list.length === 0) return;
      if (ready()) {
        try {
          const keys = [`${prefix}tags`, ...list.map((t) => `${this.space}tag:${t}`)];
          await client.eval(REVALIDATE, keys.length, ...keys, ...list);
          return;
        } catch (error) {
          say(error);
        }
      }
      // Remembered here too, so entries read from Redis once it is back still miss.
      for (const tag of list) local.tags.set(tag, Date.now());
    }

    /** Resolves once connected (true), or false after `ms`: for tests and start-up checks. */
    static async connected(ms = 2_000) {
      const c = connection();
      if (!c) return false;
      if (c.status === 'ready') return true;
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), ms);
        c.once('ready', () => {
          clearTimeout(timer);
          resolve(true);
        });
      });
    }

    static async close() {
      await client?.quit().catch(() => undefined);
      client = undefined;
    }

    resetRequestCache() {}
  };
}

export default createCacheHandler({ url: process.env.REDIS_URL });
