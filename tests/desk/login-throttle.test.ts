import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { login, type LoginResult } from '@/lib/desk/login';
import { delayAfter, LOGIN_THROTTLE, resetLoginLimits } from '@/lib/desk/login-limit';
import { hashPassword } from '@/lib/desk/password';
import { addStaff, completeSetup } from '@/lib/desk/staff';
import { freshDb } from './helpers';

const PASSWORD = 'mật khẩu của Thảo';
const HOME = '192.0.2.10'; // the owner's own address

async function thao() {
  const db = await freshDb();
  const { token } = await addStaff(db, {
    username: 'thao',
    displayName: 'Thảo',
    role: 'village',
    village: 'phu-vinh',
  });
  await completeSetup(db, token, await hashPassword(PASSWORD));
  return db;
}

type Db = Awaited<ReturnType<typeof thao>>;
const attempt = (db: Db, password: string, address: string | undefined, username = 'thao') =>
  login(db, { username, password, address });
const waitOf = (r: LoginResult) => (r.ok || r.reason !== 'limited' ? 0 : r.seconds);

// Only the clock moves: scrypt keeps running on real threads.
beforeEach(() => {
  resetLoginLimits();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T08:00:00Z'));
});
afterEach(() => vi.useRealTimers());
const later = (seconds: number) => vi.setSystemTime(Date.now() + seconds * 1000);

describe('desk login throttle', () => {
  it('25 wrong passwords for thao from rotating addresses: the owner still logs in from her own address', async () => {
    const db = await thao();
    for (let i = 0; i < 25; i++)
      expect(await attempt(db, `guess ${i}`, `198.51.100.${i}`)).toEqual({
        ok: false,
        reason: 'invalid',
      });
    const owner = await attempt(db, PASSWORD, HOME);
    expect(owner.ok).toBe(true);
    // Rotating only slows the attacker: an address that already failed for thao now waits.
    const again = await attempt(db, 'guess 25', '198.51.100.0');
    expect(again).toMatchObject({ ok: false, reason: 'limited' });
    expect(waitOf(again)).toBeLessThanOrEqual(LOGIN_THROTTLE.username.capSeconds);
    // 27 scrypt checks: seconds on a busy CI machine running other suites alongside.
  }, 60_000);

  it('one address hammering one username waits 1 s after 3 failures, then twice as long each time', async () => {
    const db = await thao();
    const attacker = '203.0.113.5';
    for (let i = 0; i < 3; i++) expect((await attempt(db, 'x', attacker)).ok).toBe(false);
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      const refused = await attempt(db, 'x', attacker);
      waits.push(waitOf(refused));
      later(waitOf(refused) - 0.5);
      expect(waitOf(await attempt(db, 'x', attacker))).toBeGreaterThan(0); // not yet
      later(0.5);
      expect(await attempt(db, 'x', attacker)).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32]);
    // Meanwhile the owner, from her address, is not slowed at all.
    expect((await attempt(db, PASSWORD, HOME)).ok).toBe(true);
  }, 30_000);

  it('the wait doubles up to 15 minutes and stays there', () => {
    expect([2, 3, 4, 5, 12, 13, 14, 100].map((n) => delayAfter('pair', n))).toEqual([
      0, 1, 2, 4, 512, 900, 900, 900,
    ]);
    expect(delayAfter('username', 100)).toBe(60);
  });

  it('the right password clears that (username, address) pair', async () => {
    const db = await thao();
    for (let i = 0; i < 3; i++) await attempt(db, 'typo', HOME);
    expect(waitOf(await attempt(db, PASSWORD, HOME))).toBe(1);
    later(1);
    expect((await attempt(db, PASSWORD, HOME)).ok).toBe(true);
    // Counting starts over: without the clear, the second typo would already wait 2 s.
    for (let i = 0; i < 2; i++)
      expect(await attempt(db, 'typo', HOME)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('parallel guesses cannot outrun the check: only the first 3 reach the password', async () => {
    const db = await thao();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => attempt(db, `guess ${i}`, '203.0.113.77')),
    );
    expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(3);
    expect(results.filter((r) => !r.ok && r.reason === 'limited')).toHaveLength(17);
  });

  it('many usernames from one address: that address waits, others do not', async () => {
    const db = await thao();
    for (let i = 0; i < 5; i++) await attempt(db, 'x', '203.0.113.9', `name${i}`);
    expect(await attempt(db, PASSWORD, '203.0.113.9')).toMatchObject({ reason: 'limited' });
    expect((await attempt(db, PASSWORD, '203.0.113.10')).ok).toBe(true);
  });

  it('an unknown address (no trusted proxy) is one shared key, never the text a client sent', async () => {
    const db = await thao();
    for (let i = 0; i < 3; i++) await attempt(db, 'x', undefined);
    expect(await attempt(db, PASSWORD, undefined)).toMatchObject({ reason: 'limited' });
    expect((await attempt(db, PASSWORD, 'unknown')).ok).toBe(true);
  });
});
