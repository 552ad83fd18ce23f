import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** An unguessable token (256 bits: a desk session, a setup link); only its hash is stored. */
export function newAccessToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function tokenMatches(
  token: string | null | undefined,
  hash: string | null | undefined,
): boolean {
  if (!token || !hash || !/^[A-Za-z0-9_-]{43}$/.test(token)) return false;
  return timingSafeEqual(Buffer.from(hashToken(token), 'hex'), Buffer.from(hash, 'hex'));
}
