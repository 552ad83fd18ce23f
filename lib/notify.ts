import 'server-only';

/**
 * Order notifications (placed, paid, shipped, cancelled). Not built yet: see issue 5, item 5.
 * Kept as the single call site so that adding SMTP + outbox changes no route.
 */
export function onOrderPlaced(orderId: number): void {
  void orderId;
}
