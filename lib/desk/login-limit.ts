/**
 * Failed desk logins, counted per client address and per username in this process: 5 failures in
 * 15 minutes refuse further tries for the rest of the window. Several instances would each count
 * on their own; move this to the database then.
 */
export const LOGIN_LIMIT = { max: 5, windowMs: 15 * 60_000 } as const;

const failures = new Map<string, { start: number; count: number }>();

const live = (key: string, now: number) => {
  const w = failures.get(key);
  return w && now - w.start < LOGIN_LIMIT.windowMs ? w : undefined;
};

/** Seconds until a try is allowed again, or 0 when none of `keys` is locked. */
export function lockedFor(keys: string[], now = Date.now()): number {
  let wait = 0;
  for (const key of keys) {
    const w = live(key, now);
    if (w && w.count >= LOGIN_LIMIT.max)
      wait = Math.max(wait, Math.ceil((w.start + LOGIN_LIMIT.windowMs - now) / 1000));
  }
  return wait;
}

export function recordFailure(keys: string[], now = Date.now()): void {
  for (const key of keys) {
    const w = live(key, now);
    if (w) w.count += 1;
    else failures.set(key, { start: now, count: 1 });
  }
  if (failures.size > 50_000)
    for (const [k, w] of failures) if (now - w.start >= LOGIN_LIMIT.windowMs) failures.delete(k);
}

export function clearFailures(key: string): void {
  failures.delete(key);
}

/** For tests. */
export function resetLoginLimits(): void {
  failures.clear();
}
