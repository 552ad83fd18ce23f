import { RequestError } from '@/lib/http/errors';

/**
 * In-process fixed-window limits per client address. With several instances each counts on its
 * own, so the effective limit multiplies: move the counters to Redis (or the database) then.
 */
export const LIMITS = {
  checkout: { max: 20, windowMs: 60_000 },
  catalogue: { max: 600, windowMs: 60_000 },
  booking: { max: 5, windowMs: 10 * 60_000 },
} as const;

const windows = new Map<string, { start: number; count: number }>();

/**
 * The client's address as the nearest proxy saw it: the rightmost X-Forwarded-For entry (nginx's
 * $proxy_add_x_forwarded_for appends the real peer there). `next start` fills the header from the
 * socket only when it is absent, so without a proxy in front a client can choose its own key:
 * deploy behind one (see README, Security).
 */
export function clientAddress(request: Request): string {
  return request.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim() || 'unknown';
}

export function checkRateLimit(name: keyof typeof LIMITS, key: string, now = Date.now()): void {
  const { max, windowMs } = LIMITS[name];
  const id = `${name}:${key}`;
  const w = windows.get(id);
  if (!w || now - w.start >= windowMs) {
    windows.set(id, { start: now, count: 1 });
    if (windows.size > 50_000)
      for (const [k, v] of windows) if (now - v.start >= windowMs) windows.delete(k);
    return;
  }
  w.count += 1;
  if (w.count > max) {
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
