import 'server-only';
import { createHash } from 'node:crypto';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { createLimiter, processStore, type LimitStore } from '@/lib/limits';

/**
 * A checkout mails whatever address the buyer typed, so without a limit anyone could flood a
 * stranger's inbox with order mails. At most `max` mails go to one mailbox in a window of
 * `windowMs` (a fixed window from its first mail); beyond that the mail is skipped and the order
 * goes on. Counted like lib/rate-limit.ts: across instances with REDIS_URL, in this process without.
 */
export const RECIPIENT_LIMIT = { max: 5, windowMs: 60 * 60_000 } as const;

/**
 * One key per mailbox: case, Unicode form, a "+tag" and Gmail's dots change the text of an
 * address, not where the mail lands.
 */
export function mailboxKey(email: string): string {
  const address = email.normalize('NFC').trim().toLowerCase();
  const at = address.lastIndexOf('@');
  if (at < 0) return address;
  let local = address.slice(0, at).replace(/\+.*$/, '');
  let domain = address.slice(at + 1).replace(/\.$/, '');
  if (domain === 'googlemail.com') domain = 'gmail.com';
  if (domain === 'gmail.com') local = local.replaceAll('.', '');
  return `${local}@${domain}`;
}

/** One process's view of the limit: tests make two over one Redis to play two instances. */
export function createRecipientLimit(store: LimitStore = processStore()) {
  const limiter = createLimiter(
    'mail:recipient',
    RECIPIENT_LIMIT.max,
    RECIPIENT_LIMIT.windowMs / 1000,
    store,
  );
  /** Counts a mail to `email` and says whether it may go: false once the mailbox has had its share. */
  return async function allow(email: string): Promise<boolean> {
    // The counter is kept by a digest of the mailbox: no address sits in Redis.
    const key = createHash('sha256').update(mailboxKey(email)).digest('base64url');
    try {
      await limiter.consume(key);
      return true;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return false;
      // Not a refusal but a failure of the counter itself: the buyer's mail is not worth the order's.
      console.error(`[notify] recipient limit unavailable: ${String(rejection)}`);
      return true;
    }
  };
}

let limit: ReturnType<typeof createRecipientLimit> | undefined;

export function allowMailTo(email: string): Promise<boolean> {
  limit ??= createRecipientLimit();
  return limit(email);
}

/** For tests: forget this process's counts (counters in Redis stay until their window ends). */
export function resetRecipientLimits(): void {
  limit = undefined;
}
