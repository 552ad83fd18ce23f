import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import { fill, type DeskMessages } from '@/lib/desk/i18n';
import { formatVnd } from '@/lib/format';
import type { Order } from '@/lib/orders/types';
import {
  cancelOrderAction,
  confirmTransferAction,
  markDeliveredAction,
  markShippedAction,
} from './order-actions';
import { buttonClass, dangerButtonClass, Field, fieldsetClass } from './ui';

function ActionForm({
  action,
  reference,
  legend,
  children,
}: {
  action: (data: FormData) => Promise<void>;
  reference: string;
  legend: string;
  children: ReactNode;
}) {
  return (
    <form action={action}>
      <input type="hidden" name="reference" value={reference} />
      <fieldset className={fieldsetClass}>
        <legend className="px-1 font-bold">{legend}</legend>
        {children}
      </fieldset>
    </form>
  );
}

/** Only the actions the order's state allows; the server checks again, so a stale page changes nothing. */
export function OrderActionForms({
  m,
  lang,
  order,
}: {
  m: DeskMessages;
  lang: Locale;
  order: Order;
}) {
  const a = m.actions;
  const ref = order.reference;
  const canConfirm =
    order.method === 'bank_transfer' && (order.status === 'pending' || order.status === 'expired');
  const canShip = order.status === 'paid' || (order.method === 'cod' && order.status === 'pending');
  const sold = order.status === 'paid' || order.status === 'shipped';
  const canCancel = sold || order.status === 'pending';
  return (
    <section aria-labelledby="actions-title" className="mt-8">
      <h2 id="actions-title" className="mb-3 text-xl font-bold">
        {a.title}
      </h2>
      {!canConfirm && !canShip && order.status !== 'shipped' && !canCancel && <p>{a.none}</p>}
      <div className="grid gap-4 md:grid-cols-2">
        {canConfirm && (
          <ActionForm action={confirmTransferAction} reference={ref} legend={a.confirm.legend}>
            <Field
              label={a.confirm.amount}
              name="amount"
              inputMode="numeric"
              autoComplete="off"
              required
              maxLength={20}
              hint={fill(a.confirm.hint, { total: formatVnd(order.totalVnd, lang) })}
            />
            <button type="submit" className={buttonClass}>
              {a.confirm.submit}
            </button>
          </ActionForm>
        )}
        {canShip && (
          <ActionForm action={markShippedAction} reference={ref} legend={a.ship.legend}>
            <Field
              label={a.ship.carrier}
              name="carrier"
              required
              maxLength={60}
              autoComplete="off"
            />
            <Field
              label={a.ship.tracking}
              name="trackingNumber"
              required
              maxLength={60}
              autoComplete="off"
              spellCheck={false}
            />
            {order.method === 'cod' && <p className="mb-3 text-sm">{a.ship.codHint}</p>}
            <button type="submit" className={buttonClass}>
              {a.ship.submit}
            </button>
          </ActionForm>
        )}
        {order.status === 'shipped' && (
          <ActionForm action={markDeliveredAction} reference={ref} legend={a.deliver.legend}>
            <button type="submit" className={buttonClass}>
              {order.method === 'cod' ? a.deliver.codSubmit : a.deliver.submit}
            </button>
          </ActionForm>
        )}
        {canCancel && (
          <ActionForm action={cancelOrderAction} reference={ref} legend={a.cancel.legend}>
            <Field
              label={a.cancel.reason}
              name="reason"
              required
              maxLength={200}
              autoComplete="off"
            />
            {sold && (
              <p className="mb-3 text-sm">
                {order.method === 'card' ? a.cancel.cardRefund : a.cancel.manualRefund}
              </p>
            )}
            <button type="submit" className={dangerButtonClass}>
              {a.cancel.submit}
            </button>
          </ActionForm>
        )}
      </div>
    </section>
  );
}
