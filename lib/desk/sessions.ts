import 'server-only';
import { eq, lte } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { staff, staffSessions } from '@/lib/db/schema';
import { hashToken, newAccessToken } from '@/lib/desk/token';
import { viewerColumns, type Viewer } from './viewer';

export const SESSION_COOKIE = 'desk_session';
export const SESSION_TTL_MS = 12 * 3_600_000;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** A new session: the token goes into the cookie, only its SHA-256 into the database. */
export async function createSession(
  db: Db,
  staffId: number,
  now = Date.now(),
): Promise<{ token: string; expiresAt: number }> {
  const { token, hash } = newAccessToken();
  const expiresAt = now + SESSION_TTL_MS;
  await db.delete(staffSessions).where(lte(staffSessions.expiresAt, now));
  await db.insert(staffSessions).values({ id: hash, staffId, createdAt: now, expiresAt });
  return { token, expiresAt };
}

/**
 * The account behind a cookie, or undefined: a malformed, unknown (forged) or expired token, a
 * disabled account, or one whose password was reset all count as signed out.
 */
export async function sessionViewer(
  db: Db,
  token: string | undefined,
  now = Date.now(),
): Promise<Viewer | undefined> {
  if (!token || !TOKEN.test(token)) return undefined;
  const [row] = await db
    .select({ session: staffSessions, account: staff })
    .from(staffSessions)
    .innerJoin(staff, eq(staff.id, staffSessions.staffId))
    .where(eq(staffSessions.id, hashToken(token)));
  if (!row) return undefined;
  if (row.session.expiresAt <= now) {
    await db.delete(staffSessions).where(eq(staffSessions.id, row.session.id));
    return undefined;
  }
  if (row.account.disabled || !row.account.passwordHash) return undefined;
  return viewerColumns(row.account);
}

export async function deleteSession(db: Db, token: string | undefined): Promise<void> {
  if (token && TOKEN.test(token))
    await db.delete(staffSessions).where(eq(staffSessions.id, hashToken(token)));
}
