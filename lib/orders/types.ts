import type { orderLines, orders, shipments } from '@/lib/db/schema';

export type Order = typeof orders.$inferSelect;
export type OrderLine = typeof orderLines.$inferSelect;
export type Shipment = typeof shipments.$inferSelect;
export type { OrderStatus, PaymentMethod, ShipmentStatus } from '@/lib/db/schema';

export interface OrderWithLines extends Order {
  lines: OrderLine[];
  /** One per village, in the order the villages first appear in the lines. */
  shipments: Shipment[];
}

/** A cart line priced from content: what checkout hands to createOrder. */
export interface PricedLine {
  sku: string;
  name: string;
  village: string;
  unitPriceVnd: number;
  quantity: number;
  /** In-stock products hold units; made-to-order ones do not. */
  contentStock: number | null;
}

export interface Customer {
  name: string;
  phone: string;
  email?: string;
  address: { line: string; commune: string; province: string; country?: string };
  note?: string;
}
