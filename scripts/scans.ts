/** `npm run scans`: QR scans per product over the last N days (usage below, or `--help`). */
import { readOptions, usageExit, type CommandSpec } from '../tools/cli';

const spec = {
  usage: {
    vi: ['npm run scans -- [--days <số-ngày>] [--json]'],
    en: ['npm run scans -- [--days <days>] [--json]'],
  },
  about: {
    vi: 'Lượt quét mã QR của từng sản phẩm trong N ngày qua, nhiều nhất trước.\nĐọc DATABASE_URL (PostgreSQL) nếu có, nếu không thì DATABASE_PATH (mặc định data/shop.db).',
    en: 'QR scans per product over the last N days, most scanned first.\nReads DATABASE_URL (PostgreSQL) when set, otherwise DATABASE_PATH (default data/shop.db).',
  },
  options: {
    days: {
      type: 'string',
      default: '30',
      value: { vi: 'số-ngày', en: 'days' },
      help: { vi: 'số ngày tính lùi từ hôm nay, 1–3660', en: 'how many days back, 1–3660' },
    },
    json: {
      type: 'boolean',
      default: false,
      help: { vi: 'in dạng JSON', en: 'print JSON' },
    },
  },
} as const satisfies CommandSpec;

const values = readOptions(spec);
const days = Number(values.days);
if (!Number.isInteger(days) || days < 1 || days > 3660)
  usageExit(spec, {
    vi: `--days phải là số nguyên từ 1 đến 3660 (đang là "${values.days}")`,
    en: `--days must be a whole number from 1 to 3660 (got "${values.days}")`,
  });

// Loaded after the arguments: --help and a wrong option touch neither content nor the database.
const { getProductBySku } = await import('@/lib/content');
const { readyDb } = await import('@/lib/db/client');
const { scanTotals } = await import('@/lib/scans');
await readyDb();
const rows = (await scanTotals(days)).map((r) => ({
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
