/**
 * The order lifecycle's vocabulary, in one place: the database schema constrains its columns to
 * these lists, the state machine (./allowed.ts, ./transitions.ts) moves between them, and the desk
 * filters and names them.
 */

export const ORDER_STATUSES = [
  'pending',
  'paid',
  'shipped',
  'delivered',
  'cancelled',
  'expired',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const PAYMENT_METHODS = ['card', 'bank_transfer', 'cod'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** One village's part of an order. */
export const SHIPMENT_STATUSES = [
  'pending',
  'confirmed',
  'shipped',
  'delivered',
  'cancelled',
] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];
