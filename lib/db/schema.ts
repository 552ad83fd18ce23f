import { sql } from 'drizzle-orm';
import { check, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * QR scans, counted per product per day. Deliberately nothing else: no IP address, no user agent,
 * no time of day — nothing that could identify the person who scanned.
 */
export const scans = sqliteTable(
  'scans',
  {
    sku: text('sku').notNull(),
    day: text('day').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.sku, t.day] }), check('scans_count_non_negative', sql`${t.count} >= 0`)],
);
