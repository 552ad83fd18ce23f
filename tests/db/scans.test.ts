import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { scans } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { freshDb, rows } from '../support/db';
import { isPreviewBot, recordScan, scanCount, scanTotals } from '@/lib/scans';

describe('scan counting', () => {
  it('counts N scans as N, per product and per Vietnamese day', async () => {
    const db = await freshDb();
    const noon = new Date('2026-11-20T05:00:00Z');
    for (let i = 0; i < 7; i++) await recordScan('PV-0001', noon, db);
    await recordScan('PV-0002', noon, db);
    // 23:30 in Hanoi on the 20th is 16:30 UTC; 00:30 on the 21st is 17:30 UTC the same UTC day.
    await recordScan('PV-0001', new Date('2026-11-20T17:30:00Z'), db);
    expect(await scanCount('PV-0001', db)).toBe(8);
    expect(await scanTotals(30, noon, db)).toEqual([
      { sku: 'PV-0001', total: 8 },
      { sku: 'PV-0002', total: 1 },
    ]);
    const days = await db
      .select({ day: scans.day, count: scans.count })
      .from(scans)
      .where(eq(scans.sku, 'PV-0001'))
      .orderBy(scans.day);
    expect(days).toEqual([
      { day: '2026-11-20', count: 7 },
      { day: '2026-11-21', count: 1 },
    ]);
  });

  it('leaves scans older than the window out of the totals', async () => {
    const db = await freshDb();
    const now = new Date('2026-11-30T05:00:00Z');
    await recordScan('PV-0001', new Date('2026-10-01T05:00:00Z'), db);
    await recordScan('PV-0001', now, db);
    expect(await scanTotals(30, now, db)).toEqual([{ sku: 'PV-0001', total: 1 }]);
  });

  it('stores nothing personal: no table holds an address, agent or identifier of a person', async () => {
    const db = await freshDb();
    const columns = env.DATABASE_URL
      ? await rows<{ col: string }>(
          db,
          sql`select column_name as col from information_schema.columns where table_name = 'scans'`,
        )
      : await rows<{ col: string }>(db, sql`select name as col from pragma_table_info('scans')`);
    expect(columns.map((c) => c.col).sort()).toEqual(['count', 'day', 'sku']);
  });

  it.each([
    ['facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)', true],
    ['WhatsApp/2.23.20.0', true],
    ['TelegramBot (like TwitterBot)', true],
    ['Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)', true],
    ['Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)', true],
    ['Googlebot/2.1 (+http://www.google.com/bot.html)', true],
    ['Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36', false],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Version/17.5 Mobile/15E148 Safari/604.1',
      false,
    ],
    [
      'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36 Zalo android/12345',
      false,
    ],
  ])('preview bot %s → %s', (ua, bot) => {
    expect(isPreviewBot(ua)).toBe(bot);
  });
});
