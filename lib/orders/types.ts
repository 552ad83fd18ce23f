import type { orderLines, orders } from '@/lib/db/schema';

export type Order = typeof orders.$inferSelect;
export type OrderLine = typeof orderLines.$inferSelect;
export type { OrderStatus, PaymentMethod } from '@/lib/db/schema';

export interface OrderWithLines extends Order {
  lines: OrderLine[];
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
