import { RequestError } from '@/lib/http/errors';

/**
 * In-process fixed-window limits per client address. With several instances each counts on its
 * own, so the effective limit multiplies: move the counters to Redis (or the database) then.
 */
export const LIMITS = {
  checkout: { max: 20, windowMs: 60_000 },
  catalogue: { max: 120, windowMs: 60_000 },
} as const;

const windows = new Map<string, { start: number; count: number }>();

export function clientAddress(request: Request): string {
  // `next start` sets x-forwarded-for from the socket; behind a proxy it is that proxy's list.
  return request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown';
}

export function checkRateLimit(name: keyof typeof LIMITS, key: string, now = Date.now()): void {
  const { max, windowMs } = LIMITS[name];
  const id = `${name}:${key}`;
  const w = windows.get(id);
  if (!w || now - w.start >= windowMs) {
    windows.set(id, { start: now, count: 1 });
    if (windows.size > 50_000) for (const [k, v] of windows) if (now - v.start >= windowMs) windows.delete(k);
    return;
  }
  w.count += 1;
  if (w.count > max) {
    const retry = Math.ceil((w.start + windowMs - now) / 1000);
    throw new RequestError(429, 'rate_limited', { seconds: retry }, { 'retry-after': String(retry) });
  }
}

/** For tests: forget every window. */
export function resetRateLimits(): void {
  windows.clear();
}
