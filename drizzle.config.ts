import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes a new versioned migration for each database after a schema change:
// SQLite's from lib/db/schema.sqlite.ts into drizzle/sqlite, PostgreSQL's from lib/db/schema.pg.ts
// into drizzle/pg (DRIZZLE_DIALECT picks which this file describes).
const pg = process.env.DRIZZLE_DIALECT === 'pg';

export default defineConfig(
  pg
    ? { dialect: 'postgresql', schema: './lib/db/schema.pg.ts', out: './drizzle/pg' }
    : { dialect: 'sqlite', schema: './lib/db/schema.sqlite.ts', out: './drizzle/sqlite' },
);
