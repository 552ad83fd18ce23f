import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { env } from '@/lib/env';

// The few SQL functions the two databases spell differently; everything else lib/ writes is common.

/** The larger of the values in the same row (SQLite's two-argument max, PostgreSQL's greatest). */
export const greatest = (...values: (SQLWrapper | number)[]): SQL =>
  sql`${sql.raw(env.DATABASE_URL ? 'greatest' : 'max')}(${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;
