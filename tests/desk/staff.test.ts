import { describe, expect, it } from 'vitest';
import { addStaff, listStaff, newStaffSchema, StaffError } from '@/lib/desk/staff';
import { refusal } from '../support/db';
import { freshDb } from './helpers';

const schema = newStaffSchema(['phu-vinh', 'van-vo']);

describe('npm run staff -- add: arguments', () => {
  it('a representative needs a village that content knows; an admin has none', () => {
    expect(
      schema.safeParse({
        username: 'Lan',
        displayName: ' Lan ',
        role: 'village',
        village: 'phu-vinh',
      }).data,
    ).toEqual({ username: 'lan', displayName: 'Lan', role: 'village', village: 'phu-vinh' });
    expect(schema.safeParse({ username: 'lan', displayName: 'Lan', role: 'village' }).success).toBe(
      false,
    );
    expect(
      schema.safeParse({ username: 'lan', displayName: 'Lan', role: 'village', village: 'hanoi' })
        .success,
    ).toBe(false);
    expect(
      schema.safeParse({
        username: 'huyen',
        displayName: 'Huyền',
        role: 'admin',
        village: 'phu-vinh',
      }).success,
    ).toBe(false);
    expect(
      schema.safeParse({ username: 'huyen', displayName: 'Huyền', role: 'admin' }).success,
    ).toBe(true);
    expect(
      schema.safeParse({ username: 'huyen', displayName: 'Huyền', role: 'root' }).success,
    ).toBe(false);
    expect(schema.safeParse({ username: 'a b', displayName: 'X', role: 'admin' }).success).toBe(
      false,
    );
  });

  it('usernames are unique; a new account waits for its setup link', async () => {
    const db = await freshDb();
    const { token } = await addStaff(db, {
      username: 'lan',
      displayName: 'Lan',
      role: 'village',
      village: 'phu-vinh',
    });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await expect(
      addStaff(db, { username: 'lan', displayName: 'Lan 2', role: 'admin' }),
    ).rejects.toThrow(StaffError);
    expect(await listStaff(db)).toEqual([
      expect.objectContaining({
        username: 'lan',
        role: 'village',
        village: 'phu-vinh',
        state: 'awaiting setup',
      }),
    ]);
  });

  it('the database itself refuses a representative without a village', async () => {
    const db = await freshDb();
    expect(
      await refusal(addStaff(db, { username: 'x1', displayName: 'X', role: 'village' })),
    ).toMatch(/staff_village/);
  });
});
