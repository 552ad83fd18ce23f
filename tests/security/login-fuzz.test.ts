import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bounded } from './bounded';
import { openDb } from '@/lib/db/client';
import { login } from '@/lib/desk/login';
import { resetLoginLimits } from '@/lib/desk/login-limit';

// scrypt is deliberately slow (that is its job): fewer cases here than elsewhere, same invariants.
const runs = Math.max(50, Math.round(Number(process.env.FUZZ_RUNS ?? 1000) / 10));

describe('desk login fuzz', () => {
  it(`${runs} random usernames, passwords and addresses: a refusal, never a throw, never a session`, async () => {
    const db = openDb(':memory:');
    const sessions = () =>
      (db.$client.prepare('select count(*) as n from staff_sessions').get() as { n: number }).n;
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 300 }),
        fc.string({ maxLength: 300 }),
        fc.oneof(fc.ipV4(), fc.string({ maxLength: 50 })),
        async (username, password, address) => {
          resetLoginLimits();
          // scrypt is slow on purpose: a wider bound than the other endpoints.
          const result = await bounded(() => login(db, { username, password, address }), 3_000);
          expect(result.ok).toBe(false);
          expect(sessions()).toBe(0);
        },
      ),
      { numRuns: runs },
    );
  }, 300_000);

  it('five failures from one address lock it out for a while', async () => {
    const db = openDb(':memory:');
    resetLoginLimits();
    for (let i = 0; i < 5; i++)
      expect(await login(db, { username: `u${i}`, password: 'x', address: '10.0.0.9' })).toEqual({
        ok: false,
        reason: 'invalid',
      });
    expect(
      await login(db, { username: 'other', password: 'x', address: '10.0.0.9' }),
    ).toMatchObject({ ok: false, reason: 'limited' });
  }, 60_000);
});
