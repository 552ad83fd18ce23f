import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// A buyer's order link is /{locale}/orders/{reference}?token={token}. The token is 16 random bytes
// (the secret: only its hash is stored) followed by 16 bytes of a checksum over the reference and
// those random bytes. The checksum is no secret and grants nothing: it lets proxy.ts tell a
// mistyped or truncated link, or a token moved to another reference, from one we issued without
// asking the database, so such links get the readable 404 page. Access is decided by the stored
// hash (orderTokenMatches), where the order is read.

/** CM-YYYY-NNNNNN: readable over the phone and short enough for a bank transfer note. */
export const REFERENCE_PATTERN = /^CM-\d{4}-\d{6}$/;

/** A Stripe Checkout session id, as the card checkout's return link carries it. */
export const SESSION_ID = /^cs_(test|live)_[A-Za-z0-9]{1,200}$/;

/**
 * Whether a return from card checkout is shaped as ours: Stripe's session id, then the order's
 * reference (lib/payments/card.ts builds it in that order, so a link cut short loses the reference).
 * Which order the session belongs to is the result page's to check.
 */
export function returnChecksOut(sessionId: string | null, reference: string | null): boolean {
  return (
    sessionId !== null &&
    SESSION_ID.test(sessionId) &&
    reference !== null &&
    REFERENCE_PATTERN.test(reference)
  );
}

const SECRET_BYTES = 16;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** A new order's secret: give `orderToken(reference, secret)` to the buyer, store `hash`. */
export function newOrderSecret(): { secret: Buffer; hash: string } {
  const secret = randomBytes(SECRET_BYTES);
  return { secret, hash: hashSecret(secret) };
}

/** The token of the buyer's link for an order with this reference and secret. */
export function orderToken(reference: string, secret: Buffer): string {
  return Buffer.concat([secret, checksum(reference, secret)]).toString('base64url');
}

/** Whether a link's reference and token are well formed and belong together: no database read. */
export function linkChecksOut(reference: string, token: string | null | undefined): boolean {
  const parts = split(token);
  return (
    parts !== undefined &&
    REFERENCE_PATTERN.test(reference) &&
    timingSafeEqual(parts.check, checksum(reference, parts.secret))
  );
}

/** Whether a token opens the order with this reference and stored hash. */
export function orderTokenMatches(
  reference: string,
  token: string | null | undefined,
  storedHash: string | null | undefined,
): boolean {
  const parts = split(token);
  if (!parts || !storedHash || !linkChecksOut(reference, token)) return false;
  const stored = Buffer.from(storedHash, 'hex');
  const given = Buffer.from(hashSecret(parts.secret), 'hex');
  return stored.length === given.length && timingSafeEqual(stored, given);
}

function split(token: string | null | undefined) {
  if (!token || !TOKEN.test(token)) return undefined;
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.length !== SECRET_BYTES * 2) return undefined;
  return { secret: bytes.subarray(0, SECRET_BYTES), check: bytes.subarray(SECRET_BYTES) };
}

function checksum(reference: string, secret: Buffer): Buffer {
  return createHash('sha256')
    .update(`order-link\0${reference}\0`)
    .update(secret)
    .digest()
    .subarray(0, SECRET_BYTES);
}

function hashSecret(secret: Buffer): string {
  return createHash('sha256').update(secret).digest('hex');
}
