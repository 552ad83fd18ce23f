import { env } from '@/lib/env';
import * as pg from './schema.pg';
import * as sqlite from './schema.sqlite';

// The code in lib/ is written once against these tables. Which database's they are is fixed when
// the process starts: PostgreSQL's with DATABASE_URL, SQLite's otherwise. The two files declare the
// same columns with the same JavaScript types, so the SQLite types stand for both.
const tables = (env.DATABASE_URL ? pg : sqlite) as unknown as typeof sqlite;

export const {
  scans,
  inventory,
  orders,
  orderLines,
  shipments,
  orderEvents,
  locks,
  orderCounters,
  stripeEvents,
  staff,
  staffSessions,
  outbox,
  bookings,
} = tables;
export { MESSAGE_STATUSES, STAFF_ROLES, type StaffRole } from './schema.sqlite';
