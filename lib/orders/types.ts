import type { orderLines, orders, shipments } from '@/lib/db/schema';

export type Order = typeof orders.$inferSelect;
export type OrderLine = typeof orderLines.$inferSelect;
export type Shipment = typeof shipments.$inferSelect;
export type { OrderStatus, PaymentMethod, ShipmentStatus } from './states';

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

/** A buyer as lib/checkout/schema.ts leaves them: phone in E.164, address absent for pick-up. */
export interface Customer {
  name: string;
  phone: string;
  /** ISO 3166 code; Vietnam when not given. */
  country?: string;
  email?: string;
  address?: { line: string; commune?: string; province?: string };
  note?: string;
}
