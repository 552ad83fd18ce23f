/** `npm run orders`: every order, newest first (usage below, or `--help`). */
import { readOptions, type CommandSpec } from '../tools/cli';

const spec = {
  usage: { vi: ['npm run orders -- [--json]'], en: ['npm run orders -- [--json]'] },
  about: {
    vi: 'Mọi đơn hàng, mới nhất trước: mã đơn, trạng thái, cách trả tiền, mã Stripe, các dòng, tổng tiền, lúc đặt.\nĐọc DATABASE_URL (PostgreSQL) nếu có, nếu không thì DATABASE_PATH (mặc định data/shop.db).',
    en: 'Every order, newest first: reference, status, method, Stripe ids, lines, total, created.\nReads DATABASE_URL (PostgreSQL) when set, otherwise DATABASE_PATH (default data/shop.db).',
  },
  options: {
    json: {
      type: 'boolean',
      default: false,
      help: { vi: 'in đầy đủ dạng JSON', en: 'print everything as JSON' },
    },
  },
} as const satisfies CommandSpec;

const values = readOptions(spec);
// Loaded after the arguments: --help and a wrong option do not open the database.
const db = await (await import('@/lib/db/client')).readyDb();
const { allOrders } = await import('@/lib/orders/queries');
const orders = (await allOrders(db)).map((o) => ({
  reference: o.reference,
  status: o.status,
  method: o.method,
  payment: { stripeSessionId: o.stripeSessionId, stripePaymentIntentId: o.stripePaymentIntentId },
  lines: o.lines.map((l) => ({
    sku: l.sku,
    name: l.name,
    quantity: l.quantity,
    unitPriceVnd: l.unitPriceVnd,
  })),
  shippingVnd: o.shippingVnd,
  totalVnd: o.totalVnd,
  created: new Date(o.createdAt).toISOString(),
}));
if (values.json) {
  console.log(JSON.stringify(orders, null, 2));
} else if (orders.length === 0) {
  console.log('Chưa có đơn hàng. / No orders yet.');
} else {
  console.table(
    orders.map((o) => ({
      reference: o.reference,
      status: o.status,
      method: o.method,
      totalVnd: o.totalVnd,
      lines: o.lines.length,
      created: o.created,
    })),
  );
}
