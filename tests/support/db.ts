import type { SQL } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { closeDb, openDb, type Db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { cloneDatabase } from './pg';

// A property test asks for a hundred fresh databases; PostgreSQL allows a hundred connections in
// all. No test uses more than a couple at once, so the older ones are closed as new ones open.
const open: Db[] = [];
const KEEP_OPEN = 3;

/** An empty, migrated database of the dialect this run tests: SQLite in memory, or a PostgreSQL clone. */
export async function freshDb(): Promise<Db> {
  if (!env.DATABASE_URL) return openDb(':memory:');
  while (open.length >= KEEP_OPEN) await closeDb(open.shift()!);
  const db = openDb(await cloneDatabase());
  open.push(db);
  return db;
}

/** Rows of a raw query, on either database. */
export async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  if (!env.DATABASE_URL) return db.all<T>(query);
  return (await (db as unknown as NodePgDatabase).execute(query)).rows as T[];
}

/** The number a `select count(*) as n …` (or sum) returns; PostgreSQL sends bigints as text. */
export async function count(db: Db, query: SQL): Promise<number> {
  const [row] = await rows<{ n: number | string | null }>(db, query);
  return Number(row?.n ?? 0);
}

/** What the database said when it refused a statement (Drizzle wraps PostgreSQL's error as `cause`). */
export async function refusal(statement: PromiseLike<unknown>): Promise<string> {
  try {
    await statement;
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
    return `${error instanceof Error ? error.message : String(error)} ${cause}`;
  }
  throw new Error('the database accepted the statement');
}
