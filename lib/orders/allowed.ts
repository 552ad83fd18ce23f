import type { Order, Shipment } from './types';

export type OrderAction = 'confirm_transfer' | 'confirm' | 'ship' | 'deliver' | 'cancel';

const unpaid = (order: Pick<Order, 'method' | 'status'>) =>
  order.method !== 'cod' && (order.status === 'pending' || order.status === 'expired');

/**
 * The state machine, in one place: what may be done now to one village's part of an order. The
 * desk shows exactly these buttons and its actions refuse anything else.
 * `wholeOrder`: the person sees every part (the administrator, or the only village of the order);
 * an unpaid card or transfer order is one payment, so only they may confirm or cancel it.
 */
export function allowedActions(
  order: Pick<Order, 'method' | 'status'>,
  part: Pick<Shipment, 'status'>,
  wholeOrder: boolean,
): OrderAction[] {
  const actions: OrderAction[] = [];
  const cod = order.method === 'cod';
  if (order.method === 'bank_transfer' && unpaid(order) && wholeOrder)
    actions.push('confirm_transfer');
  if (cod && order.status === 'pending' && part.status === 'pending') actions.push('confirm');
  if (
    part.status === 'confirmed' ||
    (cod && order.status === 'pending' && part.status === 'pending')
  )
    actions.push('ship');
  if (part.status === 'shipped') actions.push('deliver');
  const live = part.status !== 'cancelled' && order.status !== 'expired';
  if (live && (!unpaid(order) || wholeOrder)) actions.push('cancel');
  return actions;
}

/** What the person should do next with an order, for the desk's list: the first step allowed. */
export type NextStep =
  'confirm_transfer' | 'confirm' | 'ship' | 'deliver' | 'await_payment' | 'none';

export function nextStep(
  order: Pick<Order, 'method' | 'status'> & { shipments: Pick<Shipment, 'status'>[] },
  wholeOrder: boolean,
): NextStep {
  const allowed = order.shipments.flatMap((s) => allowedActions(order, s, wholeOrder));
  for (const step of ['confirm_transfer', 'confirm', 'ship', 'deliver'] as const)
    if (allowed.includes(step)) return step;
  return order.method !== 'cod' && order.status === 'pending' ? 'await_payment' : 'none';
}
