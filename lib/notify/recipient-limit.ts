/**
 * A checkout mails whatever address the buyer typed, so without a limit anyone could flood a
 * stranger's inbox with order mails. At most `max` mails go to one mailbox in any `windowMs`;
 * beyond that the mail is skipped and the order goes on. In-process, like lib/rate-limit.ts.
 */
export const RECIPIENT_LIMIT = { max: 5, windowMs: 60 * 60_000 } as const;

const sent = new Map<string, number[]>();

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

/** Counts a mail to `email` and says whether it may go: false once the mailbox has had its share. */
export function allowMailTo(email: string, now = Date.now()): boolean {
  const key = mailboxKey(email);
  const recent = (sent.get(key) ?? []).filter((t) => now - t < RECIPIENT_LIMIT.windowMs);
  if (recent.length >= RECIPIENT_LIMIT.max) {
    sent.set(key, recent);
    return false;
  }
  recent.push(now);
  sent.set(key, recent);
  if (sent.size > 50_000)
    for (const [k, times] of sent)
      if (times.every((t) => now - t >= RECIPIENT_LIMIT.windowMs)) sent.delete(k);
  return true;
}

/** For tests: forget every count. */
export function resetRecipientLimits(): void {
  sent.clear();
}
