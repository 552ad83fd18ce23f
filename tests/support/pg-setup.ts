import { execFileSync } from 'node:child_process';
import { admin, CLONE_PREFIX, serverUrl, TEMPLATE } from './pg';

/**
 * Vitest's global setup for the PostgreSQL project: drops what an earlier run left, then builds the
 * template every test database is cloned from, migrated by the app's own `npm run db:migrate`.
 */
async function dropClones() {
  await admin(async (c) => {
    const { rows } = await c.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE '${CLONE_PREFIX}%'`,
    );
    for (const { datname } of rows)
      await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}

export async function setup() {
  await dropClones();
  await admin((c) => c.query(`CREATE DATABASE "${TEMPLATE}"`));
  execFileSync('npm', ['run', '-s', 'db:migrate'], {
    env: { ...process.env, DATABASE_URL: serverUrl(TEMPLATE) },
    stdio: 'pipe',
  });
}

export async function teardown() {
  await dropClones();
}
