/**
 * `npm run scans [-- --days 30]`: QR scans per product over the last N days, most scanned first.
 * Reads DATABASE_PATH (default data/shop.db).
 */
import { parseArgs } from 'node:util';
import { getProductBySku } from '@/lib/content';
import { scanTotals } from '@/lib/scans';

const { values } = parseArgs({
  options: { days: { type: 'string', default: '30' }, json: { type: 'boolean', default: false } },
});
const days = Number(values.days);
if (!Number.isInteger(days) || days < 1 || days > 3660) {
  console.error('--days must be a whole number from 1 to 3660');
  process.exit(2);
}
const rows = scanTotals(days).map((r) => ({
  sku: r.sku,
  product: getProductBySku(r.sku, 'vi')?.name ?? '(không còn / removed)',
  scans: r.total,
}));
if (values.json) {
  console.log(JSON.stringify(rows, null, 2));
} else if (rows.length === 0) {
  console.log(`Chưa có lượt quét nào trong ${days} ngày qua. / No scans in the last ${days} days.`);
} else {
  console.log(`Lượt quét QR, ${days} ngày qua / QR scans, last ${days} days`);
  console.table(rows);
}
