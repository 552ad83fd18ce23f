import { describe, expect, it } from 'vitest';
import { dayRange, filtersQuery, parseFilters } from '@/lib/desk/filters';
import { listOrders } from '@/lib/desk/orders';
import { admin, freshDb, order } from './helpers';

// Values a person can type into /desk?from=…&to=… or /desk/export.csv?…: none is a calendar day.
const NOT_A_DAY = [
  '9999-99-99',
  '2026-13-01',
  '2026-00-10',
  '2026-01-32',
  '2026-01-00',
  '2026-02-30',
  '2026-02-29', // not a leap year
  '2026-04-31',
  '0000-00-00',
  '2026-1-1',
  '2026-01-1',
  '26-01-01',
  '+02026-01-01',
  '2026/01/01',
  '01-01-2026',
  '2026-01-01T00:00',
  '2026-01-01x',
  '２０２６-01-01',
  '٢٠٢٦-٠١-٠١',
  'NaN',
  'null',
  'undefined',
  'today',
  '-1',
  '1767225600000',
  '2026-01-01'.repeat(10_000),
  '9'.repeat(100_000),
  `2026-01-01${' x'.repeat(50_000)}`,
];

describe('desk date filters: a value that is not a calendar day is ignored, never an error', () => {
  it.each(NOT_A_DAY.map((v) => [v.length > 40 ? `${v.slice(0, 20)}… (${v.length})` : v, v]))(
    '%s',
    (_, value) => {
      for (const params of [
        { from: value, to: value },
        new URLSearchParams({ from: value, to: value }),
      ]) {
        const f = parseFilters(params);
        expect(f).toEqual({});
        expect(dayRange(f)).toEqual({ since: undefined, until: undefined });
        expect(filtersQuery(f)).toBe('');
      }
    },
  );

  it('a bad bound drops only itself; the other filters and the good bound stay', () => {
    expect(parseFilters(new URLSearchParams('to=9999-99-99&from=2026-03-01&status=paid'))).toEqual({
      from: '2026-03-01',
      status: 'paid',
    });
    expect(parseFilters(new URLSearchParams('from=2026-13-01&to=2026-03-31&q=0912'))).toEqual({
      to: '2026-03-31',
      q: '0912',
    });
  });

  it('keeps real days, leap days and the far ends included, with finite bounds', () => {
    for (const day of ['2024-02-29', '2000-02-29', '2026-12-31', '2026-01-01', '9999-12-31']) {
      const f = parseFilters({ from: ` ${day} `, to: day });
      expect(f).toEqual({ from: day, to: day });
      const since = Date.parse(`${day}T00:00:00+07:00`);
      expect(Number.isFinite(since)).toBe(true);
      expect(dayRange(f)).toEqual({ since, until: since + 86_400_000 });
    }
    expect(parseFilters({ from: '1900-02-29' })).toEqual({}); // not a leap year
  });

  it('the list and the CSV export run with such values, as if there were no date filter', async () => {
    const db = await freshDb();
    const boss = await admin(db);
    const placed = await order(db, 'bank_transfer', [{ sku: 'PV-0001', village: 'phu-vinh' }]);
    for (const query of ['to=9999-99-99', 'from=2026-13-01', 'from=0000-00-00&to=2026-02-30']) {
      const { orders } = await listOrders(
        db,
        boss,
        parseFilters(new URLSearchParams(query)),
        100_000,
      );
      expect(orders.map((o) => o.reference)).toEqual([placed.reference]);
    }
  });
});
