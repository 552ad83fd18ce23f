import 'server-only';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { is, sql } from 'drizzle-orm';
import { drizzle as sqliteDrizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate as sqliteMigrate } from 'drizzle-orm/better-sqlite3/migrator';
import { drizzle as pgDrizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as pgMigrate } from 'drizzle-orm/node-postgres/migrator';
import { PgDatabase } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { env } from '@/lib/env';
import { SqliteTurns, takingTurns } from './sqlite-turns';

/**
 * The database as lib/ sees it: Drizzle's query builder, awaited. Its type is SQLite's; on
 * PostgreSQL the same builder calls run against the tables of schema.pg.ts (see schema.ts).
 */
export type Db = BetterSQLite3Database & { $client: Database.Database };

const folder = (dialect: 'sqlite' | 'pg') => path.resolve(process.cwd(), 'drizzle', dialect);
const isPg = (db: Db) => is(db, PgDatabase);

/**
 * Opens the database at `location`: a postgres:// URL, or a SQLite file (created and migrated on
 * first use; PostgreSQL is migrated by `migrateDb`, which the server and every command await).
 */
export function openDb(location: string): Db {
  if (/^postgres(ql)?:\/\//.test(location)) {
    // allowExitOnIdle: a command ends when its work does; a server is kept alive by its listener.
    const pool = new pg.Pool({ connectionString: location, max: 10, allowExitOnIdle: true });
    // An idle client losing its connection (a database restart) must not crash the process.
    pool.on('error', (error) => console.error(`[db] ${error.message}`));
    return pgDrizzle(pool) as unknown as Db;
  }
  if (location !== ':memory:') mkdirSync(path.dirname(path.resolve(location)), { recursive: true });
  const sqlite = new Database(location);
  // WAL lets readers go on while one writer commits; busy_timeout makes another process's writer
  // wait instead of failing with SQLITE_BUSY.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  const raw = sqliteDrizzle(sqlite);
  sqliteMigrate(raw, { migrationsFolder: folder('sqlite') });
  const turns = new SqliteTurns();
  const db = takingTurns(raw, turns);
  sqliteOf.set(db, { raw, turns });
  return db;
}

/**
 * The SQLite database under each Db that openDb returned, and the turns its statements take. On
 * globalThis, like the database itself: Next bundles this module into several chunks.
 */
const sqliteOf = ((globalThis as unknown as { __sqliteOf?: WeakMap<Db, SqliteDb> }).__sqliteOf ??=
  new WeakMap());
interface SqliteDb {
  raw: Db;
  turns: SqliteTurns;
}

// Any number of instances may start at once; one runs the migrations, the others wait for it.
const MIGRATION_LOCK = 7_461_006;

/** Brings a PostgreSQL database up to the newest migration (SQLite is migrated when opened). */
export async function migrateDb(db: Db): Promise<void> {
  if (!isPg(db)) return;
  const client = await (db.$client as unknown as pg.Pool).connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await pgMigrate(pgDrizzle(client), { migrationsFolder: folder('pg') });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

/** Closes the connection (the pool, on PostgreSQL): commands call it before they exit. */
export async function closeDb(db: Db): Promise<void> {
  if (isPg(db)) await (db.$client as unknown as pg.Pool).end();
  else db.$client.close();
}

/**
 * Runs `work` as one transaction: all of it or none of it. The lifecycle's writes go through here,
 * written once for both databases.
 *
 * PostgreSQL runs it at READ COMMITTED, its default, on purpose: holding stock is one conditional
 * UPDATE, and of two transactions updating the same row the second waits for the first and then
 * re-checks its WHERE against the committed row — so the last unit is sold once without the
 * serialization failures (and retries) that REPEATABLE READ or SERIALIZABLE would add.
 *
 * SQLite has one connection per process and one writer at a time: transactions take turns (see
 * ./sqlite-turns.ts, which also holds back other statements while one is open), and BEGIN
 * IMMEDIATE takes the write lock at the start so another process's writer waits rather than
 * failing half-way. A transaction started inside another joins it.
 */
export async function transaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  if (isPg(db))
    return (db as unknown as NodePgDatabase).transaction((tx) => work(tx as unknown as Db), {
      isolationLevel: 'read committed',
    });
  const sqlite = sqliteOf.get(db);
  if (!sqlite) throw new Error('transaction(): not a database from openDb()');
  if (sqlite.turns.ownsOpen()) return work(db);
  return sqlite.turns.transaction(() => sqliteTransaction(sqlite.raw, () => work(db)));
}

async function sqliteTransaction<T>(raw: Db, work: () => Promise<T>): Promise<T> {
  raw.run(sql`begin immediate`);
  try {
    const result = await work();
    raw.run(sql`commit`);
    return result;
  } catch (error) {
    if (raw.$client.inTransaction) raw.run(sql`rollback`);
    throw error;
  }
}

const globalDb = globalThis as unknown as { __shopDb?: Db };

/** The process-wide database; the only way the app reaches it. */
export function getDb(): Db {
  globalDb.__shopDb ??= openDb(env.DATABASE_URL ?? env.DATABASE_PATH);
  return globalDb.__shopDb;
}

/** The process-wide database, migrated: what the server's startup and every command await first. */
export async function readyDb(): Promise<Db> {
  const db = getDb();
  await migrateDb(db);
  return db;
}
