import { randomBytes } from 'node:crypto';
import pg from 'pg';

// PostgreSQL for tests: one migrated template per run (tests/support/pg-setup.ts), and a database
// cloned from it for each test file and each freshDb() — clones are cheap, and no two tests share rows.
export const TEMPLATE = 'langnghe_test_template';
export const CLONE_PREFIX = 'langnghe_test_';

/** The server of TEST_DATABASE_URL (default: this project's loopback PostgreSQL, database `test`). */
export function serverUrl(database: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
  url.pathname = `/${database}`;
  return url.toString();
}

export async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new, migrated, empty database; its URL. */
export async function cloneDatabase(): Promise<string> {
  const name = `${CLONE_PREFIX}${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin(async (c) => {
    // Two clones of one template at the same moment: PostgreSQL refuses the second while the
    // first copies, so take turns.
    for (let attempt = 0; ; attempt++) {
      try {
        await c.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE}"`);
        return;
      } catch (error) {
        if (attempt > 50 || !String(error).includes('is being accessed by other users'))
          throw error;
        await new Promise((r) => setTimeout(r, 20 + Math.random() * 80));
      }
    }
  });
  return serverUrl(name);
}
