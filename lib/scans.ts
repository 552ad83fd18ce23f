import 'server-only';
import { desc, eq, gte, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/lib/db/client';
import { scans } from '@/lib/db/schema';

// Link previewers fetch a URL when it is pasted into a chat; they are not people scanning.
const PREVIEW_BOTS =
  /bot\b|bot\/|crawler|spider|facebookexternalhit|facebookcatalog|whatsapp|telegram|slack|discord|skypeuripreview|linkedin|embedly|quora link preview|pinterest|vkshare|iframely|preview|headless/i;

export function isPreviewBot(userAgent: string | null): boolean {
  return Boolean(userAgent && PREVIEW_BOTS.test(userAgent));
}

/** Vietnam's calendar day: a scan at 23:30 in Hanoi belongs to that day, not UTC's next one. */
export function scanDay(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}

export async function recordScan(sku: string, now = new Date(), db: Db = getDb()): Promise<void> {
  await db
    .insert(scans)
    .values({ sku, day: scanDay(now), count: 1 })
    .onConflictDoUpdate({
      target: [scans.sku, scans.day],
      set: { count: sql`${scans.count} + 1` },
    });
}

export interface ScanTotal {
  sku: string;
  total: number;
}

/** Scans per product over the last `days` days, most scanned first. */
export async function scanTotals(
  days = 30,
  now = new Date(),
  db: Db = getDb(),
): Promise<ScanTotal[]> {
  const since = scanDay(new Date(now.getTime() - (days - 1) * 86_400_000));
  return db
    .select({ sku: scans.sku, total: sql<number>`sum(${scans.count})`.mapWith(Number) })
    .from(scans)
    .where(gte(scans.day, since))
    .groupBy(scans.sku)
    .orderBy(desc(sql`sum(${scans.count})`));
}

export async function scanCount(sku: string, db: Db = getDb()): Promise<number> {
  const [row] = await db
    .select({ total: sql<number>`coalesce(sum(${scans.count}), 0)`.mapWith(Number) })
    .from(scans)
    .where(eq(scans.sku, sku));
  return row?.total ?? 0;
}

/** For the product page: a count when the database can be read, nothing when it cannot. */
export async function publicScanCount(sku: string): Promise<number | undefined> {
  try {
    return await scanCount(sku);
  } catch (error) {
    console.error('[scans] could not read scan counts:', error);
    return undefined;
  }
}
