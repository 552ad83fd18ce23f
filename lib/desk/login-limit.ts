import type { RateLimiterRes } from 'rate-limiter-flexible';
import { createLimiter, processStore, type LimitStore } from '@/lib/limits';

/**
 * Failed desk logins slow down whoever fails, never lock anyone out: after `after` failures a
 * scope waits 1 s, doubling with each further failure up to `capSeconds`. Scopes:
 * - pair: one username from one client address (cleared when that pair logs in);
 * - address: every username from one address (guessing many names from one place);
 * - username: every address, but only slowing an address that has itself failed for the name, so
 *   an attacker rotating addresses never delays the owner at an address with no failures.
 * Counters live in Redis with REDIS_URL, so every instance sees every failure; in this process
 * otherwise (lib/limits.ts).
 */
export const LOGIN_THROTTLE = {
  pair: { after: 3, capSeconds: 15 * 60, rememberSeconds: 24 * 3600 },
  address: { after: 5, capSeconds: 15 * 60, rememberSeconds: 3600 },
  username: { after: 10, capSeconds: 60, rememberSeconds: 3600 },
} as const;

type Scope = keyof typeof LOGIN_THROTTLE;
const SCOPES = Object.keys(LOGIN_THROTTLE) as Scope[];

/** The wait after a scope's `failures`-th failure, in seconds. */
export function delayAfter(scope: Scope, failures: number): number {
  const { after, capSeconds } = LOGIN_THROTTLE[scope];
  return failures < after ? 0 : Math.min(capSeconds, 2 ** (failures - after));
}

function stores(store: LimitStore) {
  // points: unused, failures are counted with penalty(), which never refuses.
  const failures = (scope: Scope) =>
    createLimiter(`login:failures:${scope}`, 1, LOGIN_THROTTLE[scope].rememberSeconds, store);
  return {
    failures: {
      pair: failures('pair'),
      address: failures('address'),
      username: failures('username'),
    },
    waits: createLimiter('login:wait', 1, 1, store),
  };
}

// The unknown address (TRUSTED_PROXY_HOPS=0) is one shared key: never a value a client sets.
const keysOf = (username: string, address: string | undefined): Record<Scope, string> => {
  const a = address === undefined ? 'unknown' : `ip ${address}`;
  return { pair: JSON.stringify([username, a]), address: a, username };
};
const live = (res: RateLimiterRes | null) => (res && res.msBeforeNext > 0 ? res : undefined);

// Check and reservation run one login at a time, so that parallel guesses cannot all pass the
// check before the first of them is counted.
let gate: Promise<unknown> = Promise.resolve();
function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const run = gate.then(task);
  gate = run.catch(() => undefined);
  return run;
}

/**
 * Either the seconds to wait before this username may try again from this address, or a
 * reservation: the try counts as a failure at once (parallel guesses cannot outrun the slow
 * password check), and `succeeded()` takes it back and clears the pair when the password was right.
 */
export type LoginAttempt = { wait: number } | { wait: 0; succeeded: () => Promise<void> };

/** One process's throttle: tests make two over one Redis to play two instances. */
export function createLoginThrottle(store: LimitStore = processStore()) {
  const { failures, waits } = stores(store);
  return (username: string, address: string | undefined): Promise<LoginAttempt> => {
    const keys = keysOf(username, address);
    return exclusive(async () => {
      const pairFailed = live(await failures.pair.get(keys.pair)) !== undefined;
      const scopes = pairFailed ? SCOPES : SCOPES.filter((s) => s !== 'username');
      let ms = 0;
      for (const scope of scopes)
        ms = Math.max(ms, live(await waits.get(`${scope} ${keys[scope]}`))?.msBeforeNext ?? 0);
      if (ms > 0) return { wait: Math.ceil(ms / 1000) };
      for (const scope of SCOPES) {
        const seconds = delayAfter(
          scope,
          (await failures[scope].penalty(keys[scope])).consumedPoints,
        );
        if (seconds > 0) await waits.block(`${scope} ${keys[scope]}`, seconds);
      }
      return {
        wait: 0,
        succeeded: async () => {
          await failures.pair.delete(keys.pair);
          await waits.delete(`pair ${keys.pair}`);
          await waits.delete(`address ${keys.address}`);
          // The username's wait stays: it only ever slows addresses that failed for the name.
          for (const scope of ['address', 'username'] as const)
            if (live(await failures[scope].get(keys[scope])))
              await failures[scope].reward(keys[scope]);
        },
      };
    });
  };
}

let throttle: ReturnType<typeof createLoginThrottle> | undefined;

export function beginLoginAttempt(username: string, address: string | undefined) {
  throttle ??= createLoginThrottle();
  return throttle(username, address);
}

/** For tests: forget this process's failures. */
export function resetLoginLimits(): void {
  throttle = undefined;
}
