import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { staffSessions } from '@/lib/db/schema';
import { login } from '@/lib/desk/login';
import { resetLoginLimits } from '@/lib/desk/login-limit';
import { hashPassword } from '@/lib/desk/password';
import { createSession, deleteSession, SESSION_TTL_MS, sessionViewer } from '@/lib/desk/sessions';
import {
  addStaff,
  completeSetup,
  resetStaff,
  setDisabled,
  SETUP_TTL_MS,
  staffForSetup,
} from '@/lib/desk/staff';
import { hashToken, newAccessToken } from '@/lib/desk/token';
import { freshDb } from './helpers';

async function account(password = 'mật khẩu dài 123') {
  const db = await freshDb();
  const { viewer, token } = await addStaff(db, {
    username: 'lan',
    displayName: 'Lan',
    role: 'village',
    village: 'phu-vinh',
  });
  await completeSetup(db, token, await hashPassword(password));
  return { db, viewer };
}

beforeEach(() => resetLoginLimits());

describe('sessions', () => {
  it('a new session finds its account; only the SHA-256 of the token is stored', async () => {
    const { db, viewer } = await account();
    const now = Date.now();
    const { token, expiresAt } = await createSession(db, viewer.id, now);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(expiresAt).toBe(now + SESSION_TTL_MS);
    expect(await sessionViewer(db, token, now)).toEqual(viewer);
    const rows = await db.select().from(staffSessions);
    expect(rows.map((r) => r.id)).toEqual([hashToken(token)]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('expires after 12 hours, and the expired row is removed', async () => {
    const { db, viewer } = await account();
    const now = Date.now();
    const { token } = await createSession(db, viewer.id, now);
    expect(await sessionViewer(db, token, now + SESSION_TTL_MS - 1)).toBeDefined();
    expect(await sessionViewer(db, token, now + SESSION_TTL_MS)).toBeUndefined();
    expect(await db.select().from(staffSessions)).toHaveLength(0);
  });

  it('a forged, malformed or missing token is nobody', async () => {
    const { db, viewer } = await account();
    const { token } = await createSession(db, viewer.id);
    expect(await sessionViewer(db, newAccessToken().token)).toBeUndefined();
    expect(await sessionViewer(db, hashToken(token))).toBeUndefined(); // the stored hash is not a cookie
    expect(
      await sessionViewer(db, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`),
    ).toBeUndefined();
    expect(await sessionViewer(db, "' OR 1=1 --")).toBeUndefined();
    expect(await sessionViewer(db, undefined)).toBeUndefined();
  });

  it('logout, disabling and a password reset all end sessions', async () => {
    const { db, viewer } = await account();
    const a = (await createSession(db, viewer.id)).token;
    await deleteSession(db, a);
    expect(await sessionViewer(db, a)).toBeUndefined();
    const b = (await createSession(db, viewer.id)).token;
    await setDisabled(db, 'lan', true);
    expect(await sessionViewer(db, b)).toBeUndefined();
    await setDisabled(db, 'lan', false);
    const c = (await createSession(db, viewer.id)).token;
    await resetStaff(db, 'lan');
    expect(await sessionViewer(db, c)).toBeUndefined();
    expect(
      await db.select().from(staffSessions).where(eq(staffSessions.staffId, viewer.id)),
    ).toHaveLength(0);
  });
});

describe('setup links', () => {
  it('work once, within 72 hours', async () => {
    const db = await freshDb();
    const now = Date.now();
    const { token } = await addStaff(
      db,
      { username: 'lan', displayName: 'Lan', role: 'village', village: 'phu-vinh' },
      now,
    );
    expect(await staffForSetup(db, token, now + SETUP_TTL_MS)).toBeUndefined();
    expect((await staffForSetup(db, token, now + SETUP_TTL_MS - 1))?.username).toBe('lan');
    const hash = await hashPassword('mật khẩu dài 123');
    expect((await completeSetup(db, token, hash, now + 1))?.username).toBe('lan');
    expect(await completeSetup(db, token, hash, now + 2)).toBeUndefined();
    expect(await staffForSetup(db, newAccessToken().token)).toBeUndefined();
  });
});

describe('login', () => {
  const input = (password: string, address = '203.0.113.7', username = 'lan') => ({
    username,
    password,
    address,
  });

  it('opens a session for the right password and refuses the rest alike', async () => {
    const { db } = await account();
    const ok = await login(db, input('mật khẩu dài 123'));
    expect(ok.ok && (await sessionViewer(db, ok.token))?.username).toBe('lan');
    expect(await login(db, input('wrong password'))).toEqual({ ok: false, reason: 'invalid' });
    expect(await login(db, input('mật khẩu dài 123', '203.0.113.7', 'nobody'))).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect((await login(db, input('mật khẩu dài 123', '203.0.113.7', ' LAN '))).ok).toBe(true);
  });

  it('an account not yet set up cannot log in', async () => {
    const db = await freshDb();
    await addStaff(db, {
      username: 'lan',
      displayName: 'Lan',
      role: 'village',
      village: 'phu-vinh',
    });
    expect(await login(db, input(''))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('failures for the username from other addresses never keep the owner out at hers', async () => {
    const { db } = await account();
    for (let i = 0; i < 5; i++)
      expect((await login(db, input('wrong', `198.51.100.${i}`))).ok).toBe(false);
    expect((await login(db, input('mật khẩu dài 123', '192.0.2.1'))).ok).toBe(true);
  });

  it('5 failures from one address slow that address down for every username', async () => {
    const { db } = await account();
    for (let i = 0; i < 5; i++) await login(db, input('wrong', '203.0.113.9', `guess${i}`));
    expect(await login(db, input('mật khẩu dài 123', '203.0.113.9'))).toMatchObject({
      ok: false,
      reason: 'limited',
    });
    expect((await login(db, input('mật khẩu dài 123', '203.0.113.10'))).ok).toBe(true);
  });
});
