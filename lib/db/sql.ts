import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { env } from '@/lib/env';

// The few SQL functions the two databases spell differently; everything else lib/ writes is common.

/** The larger of the values in the same row (SQLite's two-argument max, PostgreSQL's greatest). */
export const greatest = (...values: (SQLWrapper | number)[]): SQL =>
  sql`${sql.raw(env.DATABASE_URL ? 'greatest' : 'max')}(${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;

/**
 * Makes transactions that name the same `key` run one after the other until they end: a check
 * followed by an insert (a phone's open orders, then one more) cannot interleave. SQLite already
 * runs one writing transaction at a time; PostgreSQL takes a transaction-scoped advisory lock.
 */
export async function serialize(tx: Pick<Db, 'run'>, key: string): Promise<void> {
  if (env.DATABASE_URL)
    await (tx as unknown as { execute(q: SQL): Promise<unknown> }).execute(
      sql`select pg_advisory_xact_lock(hashtext(${key}))`,
    );
}
