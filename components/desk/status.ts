import { ORDER_STATUSES, type OrderStatus } from '@/lib/db/schema';

export const isStatus = (s: string): s is OrderStatus =>
  (ORDER_STATUSES as readonly string[]).includes(s);
