import 'server-only';
import { and, eq, gt } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { STAFF_ROLES, staff, staffSessions } from '@/lib/db/schema';
import { hashToken, newAccessToken } from '@/lib/desk/token';
import { oneLine } from '@/lib/validation/text';
import { viewerColumns, type Viewer } from './viewer';

export const SETUP_TTL_MS = 72 * 3_600_000;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export class StaffError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StaffError';
  }
}

/** What `npm run staff -- add` accepts; `villages` are the slugs content knows. */
export function newStaffSchema(villages: readonly string[]) {
  return z
    .object({
      username: z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, '2–32 characters: a–z, 0–9, . _ -'),
      displayName: oneLine(80),
      role: z.enum(STAFF_ROLES),
      village: z.string().trim().optional(),
    })
    .superRefine((v, ctx) => {
      if (v.role === 'village' && !v.village)
        ctx.addIssue({ code: 'custom', path: ['village'], message: 'required for --role village' });
      if (v.role === 'admin' && v.village)
        ctx.addIssue({
          code: 'custom',
          path: ['village'],
          message: 'an admin sees every village; leave --village out',
        });
      if (v.village && !villages.includes(v.village))
        ctx.addIssue({
          code: 'custom',
          path: ['village'],
          message: `unknown village; one of: ${villages.join(', ')}`,
        });
    });
}
export type NewStaff = z.infer<ReturnType<typeof newStaffSchema>>;

// Write transactions take the write lock when they begin, as the shop's do: a deferred one that read
// first could not upgrade while the site was writing (SQLITE_BUSY at once; busy_timeout does not
// apply), so `npm run staff -- add` failed beside live orders.
const IMMEDIATE = { behavior: 'immediate' } as const;

/** Creates an account without a password and returns the one-time setup token (shown once, stored hashed). */
export function addStaff(
  db: Db,
  input: NewStaff,
  now = Date.now(),
): { viewer: Viewer; token: string } {
  const { token, hash } = newAccessToken();
  return db.transaction((tx) => {
    if (tx.select({ id: staff.id }).from(staff).where(eq(staff.username, input.username)).get())
      throw new StaffError(`username "${input.username}" is taken`);
    const row = tx
      .insert(staff)
      .values({
        ...input,
        village: input.role === 'village' ? (input.village ?? null) : null,
        setupTokenHash: hash,
        setupExpiresAt: now + SETUP_TTL_MS,
        createdAt: now,
      })
      .returning()
      .get();
    return { viewer: viewerColumns(row), token };
  }, IMMEDIATE);
}

/** A forgotten or exposed password: the old one stops working, every session ends, a new link is issued. */
export function resetStaff(db: Db, username: string, now = Date.now()): string {
  const { token, hash } = newAccessToken();
  return db.transaction((tx) => {
    const row = tx
      .update(staff)
      .set({ passwordHash: null, setupTokenHash: hash, setupExpiresAt: now + SETUP_TTL_MS })
      .where(eq(staff.username, username))
      .returning()
      .get();
    if (!row) throw new StaffError(`no account "${username}"`);
    tx.delete(staffSessions).where(eq(staffSessions.staffId, row.id)).run();
    return token;
  }, IMMEDIATE);
}

export function setDisabled(db: Db, username: string, disabled: boolean): void {
  db.transaction((tx) => {
    const row = tx
      .update(staff)
      .set({ disabled })
      .where(eq(staff.username, username))
      .returning()
      .get();
    if (!row) throw new StaffError(`no account "${username}"`);
    if (disabled) tx.delete(staffSessions).where(eq(staffSessions.staffId, row.id)).run();
  }, IMMEDIATE);
}

export function listStaff(db: Db, now = Date.now()) {
  return db
    .select()
    .from(staff)
    .orderBy(staff.username)
    .all()
    .map((s) => ({
      ...viewerColumns(s),
      state: s.disabled
        ? 'disabled'
        : s.passwordHash
          ? 'active'
          : (s.setupExpiresAt ?? 0) > now
            ? 'awaiting setup'
            : 'setup link expired',
    }));
}

const openSetup = (token: string, now: number) =>
  and(
    eq(staff.setupTokenHash, hashToken(token)),
    gt(staff.setupExpiresAt, now),
    eq(staff.disabled, false),
  );

export function staffForSetup(
  db: Db,
  token: string | undefined,
  now = Date.now(),
): Viewer | undefined {
  if (!token || !TOKEN.test(token)) return undefined;
  const row = db.select().from(staff).where(openSetup(token, now)).get();
  return row && viewerColumns(row);
}

/** Sets the password and spends the token in one conditional UPDATE: a link works once. */
export function completeSetup(
  db: Db,
  token: string,
  passwordHash: string,
  now = Date.now(),
): Viewer | undefined {
  if (!TOKEN.test(token)) return undefined;
  const row = db
    .update(staff)
    .set({ passwordHash, setupTokenHash: null, setupExpiresAt: null })
    .where(openSetup(token, now))
    .returning()
    .get();
  return row && viewerColumns(row);
}

export function staffByUsername(db: Db, username: string) {
  return db.select().from(staff).where(eq(staff.username, username.trim().toLowerCase())).get();
}
