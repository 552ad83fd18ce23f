import 'server-only';
import { and, eq, gt } from 'drizzle-orm';
import { z } from 'zod';
import { transaction, type Db } from '@/lib/db/client';
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

/** Creates an account without a password and returns the one-time setup token (shown once, stored hashed). */
export async function addStaff(
  db: Db,
  input: NewStaff,
  now = Date.now(),
): Promise<{ viewer: Viewer; token: string }> {
  const { token, hash } = newAccessToken();
  return transaction(db, async (tx) => {
    if (
      (await tx.select({ id: staff.id }).from(staff).where(eq(staff.username, input.username)))[0]
    )
      throw new StaffError(`username "${input.username}" is taken`);
    const [row] = await tx
      .insert(staff)
      .values({
        ...input,
        village: input.role === 'village' ? (input.village ?? null) : null,
        setupTokenHash: hash,
        setupExpiresAt: now + SETUP_TTL_MS,
        createdAt: now,
      })
      .returning();
    return { viewer: viewerColumns(row!), token };
  });
}

/** A forgotten or exposed password: the old one stops working, every session ends, a new link is issued. */
export async function resetStaff(db: Db, username: string, now = Date.now()): Promise<string> {
  const { token, hash } = newAccessToken();
  return transaction(db, async (tx) => {
    const [row] = await tx
      .update(staff)
      .set({ passwordHash: null, setupTokenHash: hash, setupExpiresAt: now + SETUP_TTL_MS })
      .where(eq(staff.username, username))
      .returning();
    if (!row) throw new StaffError(`no account "${username}"`);
    await tx.delete(staffSessions).where(eq(staffSessions.staffId, row.id));
    return token;
  });
}

export async function setDisabled(db: Db, username: string, disabled: boolean): Promise<void> {
  await transaction(db, async (tx) => {
    const [row] = await tx
      .update(staff)
      .set({ disabled })
      .where(eq(staff.username, username))
      .returning();
    if (!row) throw new StaffError(`no account "${username}"`);
    if (disabled) await tx.delete(staffSessions).where(eq(staffSessions.staffId, row.id));
  });
}

export async function listStaff(db: Db, now = Date.now()) {
  return (await db.select().from(staff).orderBy(staff.username)).map((s) => ({
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

export async function staffForSetup(
  db: Db,
  token: string | undefined,
  now = Date.now(),
): Promise<Viewer | undefined> {
  if (!token || !TOKEN.test(token)) return undefined;
  const [row] = await db.select().from(staff).where(openSetup(token, now));
  return row && viewerColumns(row);
}

/** Sets the password and spends the token in one conditional UPDATE: a link works once. */
export async function completeSetup(
  db: Db,
  token: string,
  passwordHash: string,
  now = Date.now(),
): Promise<Viewer | undefined> {
  if (!TOKEN.test(token)) return undefined;
  const [row] = await db
    .update(staff)
    .set({ passwordHash, setupTokenHash: null, setupExpiresAt: null })
    .where(openSetup(token, now))
    .returning();
  return row && viewerColumns(row);
}

export async function staffByUsername(db: Db, username: string) {
  return (
    await db.select().from(staff).where(eq(staff.username, username.trim().toLowerCase()))
  )[0];
}
