/** `npm run orders [-- --json]`: every order, newest first. */
import { parseArgs } from 'node:util';
import { getDb } from '@/lib/db/client';
import { allOrders } from '@/lib/orders/queries';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
const orders = allOrders(getDb()).map((o) => ({
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
