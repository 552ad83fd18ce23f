import 'server-only';
import type { Db } from '@/lib/db/client';
import { clearFailures, lockedFor, recordFailure } from './login-limit';
import { dummyHash, verifyPassword } from './password';
import { createSession } from './sessions';
import { staffByUsername } from './staff';
import { viewerColumns, type Viewer } from './viewer';

export type LoginResult =
  | { ok: true; viewer: Viewer; token: string; expiresAt: number }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'limited'; seconds: number };

/**
 * Checks a username and password. Every refusal looks the same (unknown name, wrong password,
 * disabled, not set up), and an unknown name still costs one scrypt so timing tells nothing.
 */
export async function login(
  db: Db,
  input: { username: string; password: string; address: string | undefined },
  now = Date.now(),
): Promise<LoginResult> {
  const username = input.username.trim().toLowerCase();
  const keys = [`address:${input.address}`, `username:${username}`];
  const seconds = lockedFor(keys, now);
  if (seconds > 0) return { ok: false, reason: 'limited', seconds };
  const account = staffByUsername(db, username);
  const matches = await verifyPassword(
    input.password,
    account?.passwordHash ?? (await dummyHash()),
  );
  if (!account || !matches || account.disabled || !account.passwordHash) {
    recordFailure(keys, now);
    return { ok: false, reason: 'invalid' };
  }
  clearFailures(`username:${username}`);
  return { ok: true, viewer: viewerColumns(account), ...createSession(db, account.id, now) };
}
