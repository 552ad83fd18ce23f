/** The part of Next's CacheHandler interface this handler implements (see redis-handler.mjs). */
export interface CacheEntry {
  lastModified: number;
  value: unknown;
  cacheControl?: { revalidate: number | false; expire: number | undefined };
}

export interface RedisCacheHandler {
  get(key: string, ctx?: { tags?: string[]; softTags?: string[] }): Promise<CacheEntry | null>;
  set(key: string, data: unknown, ctx?: { tags?: string[]; cacheControl?: unknown }): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
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
