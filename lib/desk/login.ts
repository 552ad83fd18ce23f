import 'server-only';
import type { Db } from '@/lib/db/client';
import { beginLoginAttempt } from './login-limit';
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
 * Failures slow down the (username, address) pair and the address that made them
 * (lib/desk/login-limit.ts), never the owner at another address.
 */
export async function login(
  db: Db,
  input: { username: string; password: string; address: string | undefined },
  now = Date.now(),
): Promise<LoginResult> {
  const username = input.username.trim().toLowerCase();
  const attempt = await beginLoginAttempt(username, input.address);
  if (!('succeeded' in attempt)) return { ok: false, reason: 'limited', seconds: attempt.wait };
  const account = await staffByUsername(db, username);
  const matches = await verifyPassword(
    input.password,
    account?.passwordHash ?? (await dummyHash()),
  );
  if (!account || !matches || account.disabled || !account.passwordHash)
    return { ok: false, reason: 'invalid' };
  await attempt.succeeded();
  return {
    ok: true,
    viewer: viewerColumns(account),
    ...(await createSession(db, account.id, now)),
  };
}
