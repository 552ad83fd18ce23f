import { asc } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { inventory, orderEvents, orderLines, orders, shipments } from '@/lib/db/schema';
import { addStaff } from '@/lib/desk/staff';
import type { Viewer } from '@/lib/desk/viewer';
import { createOrder } from '@/lib/orders/create';
import type { PaymentMethod } from '@/lib/orders/types';

export { freshDb } from '../support/db';

export async function rep(db: Db, village: string, username = `rep-${village}`): Promise<Viewer> {
  return (await addStaff(db, { username, displayName: username, role: 'village', village })).viewer;
}

export async function admin(db: Db, username = 'admin'): Promise<Viewer> {
  return (await addStaff(db, { username, displayName: 'Quản trị', role: 'admin' })).viewer;
}

interface LineSpec {
  sku: string;
  village: string;
  quantity?: number;
  price?: number;
  onShelf?: number | null;
}

/** A pending order with the given lines; stock is held for lines with a shelf count. */
export function order(
  db: Db,
  method: PaymentMethod,
  lines: LineSpec[],
  opts: {
    phone?: string;
    name?: string;
    now?: number;
    shippingVnd?: number;
    /** 'method': the hold the payment method gets in the shop (lib/orders/holds.ts). */
    hold?: 'method';
  } = {},
) {
  return createOrder(db, {
    method,
    locale: 'vi',
    lines: lines.map((l) => ({
      sku: l.sku,
      name: `Sản phẩm ${l.sku}`,
      village: l.village,
      unitPriceVnd: l.price ?? 100_000,
      quantity: l.quantity ?? 1,
      contentStock: l.onShelf === undefined ? 5 : l.onShelf,
    })),
    shipping: { id: 'post', priceVnd: opts.shippingVnd ?? 30_000 },
    customer: {
      name: opts.name ?? 'Nguyễn Thị Hoa',
      phone: opts.phone ?? '0912345678',
      address: { line: '12 Đường Láng', commune: 'Phường Láng', province: 'Hà Nội' },
    },
    reservedUntil:
      opts.hold === 'method' ? undefined : method === 'cod' ? null : Date.now() + 48 * 3_600_000,
    now: opts.now,
  });
}

/** Everything an action could touch, to show that a refusal wrote nothing. */
export async function snapshot(db: Db) {
  return {
    orders: await db.select().from(orders).orderBy(asc(orders.id)),
    lines: await db.select().from(orderLines).orderBy(asc(orderLines.id)),
    events: await db.select().from(orderEvents).orderBy(asc(orderEvents.id)),
    inventory: await db.select().from(inventory).orderBy(asc(inventory.sku)),
    shipments: await db.select().from(shipments).orderBy(asc(shipments.id)),
  };
}
