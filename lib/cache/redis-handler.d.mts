/** Next's cache handler over Redis (./redis-handler.mjs): the shape Next and the tests use. */
export interface CacheEntry {
  lastModified: number;
  value: unknown;
  cacheControl?: unknown;
}

export interface CacheContext {
  tags?: string[];
  softTags?: string[];
  cacheControl?: { revalidate?: number; expire?: number };
}

export interface RedisCacheHandler {
  get(key: string, ctx?: CacheContext): Promise<CacheEntry | null>;
  set(key: string, data: unknown, ctx?: CacheContext): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}

export interface RedisCacheHandlerClass {
  new (ctx?: { serverDistDir?: string }): RedisCacheHandler;
  connected(ms?: number): Promise<boolean>;
  close(): Promise<void>;
}

export function createCacheHandler(options: {
  url: string | undefined;
  prefix?: string;
}): RedisCacheHandlerClass;

declare const handler: RedisCacheHandlerClass;
export default handler;
