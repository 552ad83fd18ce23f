import type { ReactNode } from 'react';
import {
  cancelOrderAction,
  confirmCodAction,
  confirmTransferAction,
  markDeliveredAction,
  markShippedAction,
} from '@/app/desk/_actions/orders';
import type { Locale } from '@/i18n/routing';
import { fill, type DeskMessages } from '@/lib/desk/i18n';
import type { DeskOrder } from '@/lib/desk/orders';
import { formatVnd } from '@/lib/format';
import { allowedActions } from '@/lib/orders/allowed';
import type { Shipment } from '@/lib/orders/types';
import { PostForm, type DeskAction } from './post-form';
import { Field, fieldsetClass, thumbButtonClass, thumbDangerButtonClass } from './ui';
import { heading } from '@/components/ui/heading';

function ActionForm({
  action,
  reference,
  village,
  legend,
  children,
}: {
  action: DeskAction;
  reference: string;
  village?: string;
  legend: string;
  children: ReactNode;
}) {
  return (
    <PostForm action={action} permalink={`/desk/orders/${reference}`}>
      <input type="hidden" name="reference" value={reference} />
      {village && <input type="hidden" name="village" value={village} />}
      <fieldset className={fieldsetClass}>
        <legend className="px-1 font-bold">{legend}</legend>
        {children}
      </fieldset>
    </PostForm>
  );
}

function PartActions({
  m,
  order,
  part,
  villageName,
  codHoldHours,
}: {
  m: DeskMessages;
  order: DeskOrder;
  part: Shipment;
  villageName: string;
  codHoldHours: number;
}) {
  const a = m.actions;
  const ref = order.reference;
  const allowed = allowedActions(order, part, order.wholeOrder);
  const cod = order.method === 'cod';
  const returning = part.status === 'delivered';
  const paid = !cod && order.status !== 'pending';
  return (
    <>
      {allowed.includes('confirm') && (
        <ActionForm
          action={confirmCodAction}
          reference={ref}
          village={part.village}
          legend={a.accept.legend}
        >
          <p className="mb-3 text-sm">{fill(a.accept.hint, { hours: String(codHoldHours) })}</p>
          <button type="submit" className={thumbButtonClass}>
            {a.accept.submit}
          </button>
        </ActionForm>
      )}
      {allowed.includes('ship') && (
        <ActionForm
          action={markShippedAction}
          reference={ref}
          village={part.village}
          legend={a.ship.legend}
        >
          <Field label={a.ship.carrier} name="carrier" required maxLength={60} autoComplete="off" />
          <Field
            label={a.ship.tracking}
            name="trackingNumber"
            required
            maxLength={60}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
          />
          {cod && <p className="mb-3 text-sm">{a.ship.codHint}</p>}
          <button type="submit" className={thumbButtonClass}>
            {a.ship.submit}
          </button>
        </ActionForm>
      )}
      {allowed.includes('deliver') && (
        <ActionForm
          action={markDeliveredAction}
          reference={ref}
          village={part.village}
          legend={a.deliver.legend}
        >
          <button type="submit" className={thumbButtonClass}>
            {cod ? a.deliver.codSubmit : a.deliver.submit}
          </button>
        </ActionForm>
      )}
      {allowed.includes('cancel') && (
        <ActionForm
          action={cancelOrderAction}
          reference={ref}
          village={part.village}
          legend={returning ? a.cancel.returnLegend : `${a.cancel.legend} — ${villageName}`}
        >
          <Field
            label={a.cancel.reason}
            name="reason"
            required
            maxLength={200}
            autoComplete="off"
          />
          {(paid || returning) && (
            <p className="mb-3 text-sm">
              {order.method === 'card' ? a.cancel.cardRefund : a.cancel.manualRefund}
            </p>
          )}
          <button type="submit" className={thumbDangerButtonClass}>
            {returning ? a.cancel.returnSubmit : a.cancel.submit}
          </button>
        </ActionForm>
      )}
    </>
  );
}

/**
 * The actions the state machine (lib/orders/allowed.ts) allows on each part this user sees; the
 * server checks again, so a stale page changes nothing.
 */
export function OrderActionForms({
  m,
  lang,
  order,
  villageNames,
  codHoldHours,
}: {
  m: DeskMessages;
  lang: Locale;
  order: DeskOrder;
  villageNames: Record<string, string>;
  codHoldHours: number;
}) {
  const a = m.actions;
  const first = order.shipments[0];
  const canConfirm =
    first && allowedActions(order, first, order.wholeOrder).includes('confirm_transfer');
  const any =
    canConfirm ||
    order.shipments.some((s) => allowedActions(order, s, order.wholeOrder).length > 0);
  return (
    <section aria-labelledby="actions-title" className="min-w-0">
      <h2 id="actions-title" className={heading({ level: 'block', className: 'mb-3' })}>
        {a.title}
      </h2>
      {!any && <p>{a.none}</p>}
      <div className="grid gap-4">
        {canConfirm && (
          <ActionForm
            action={confirmTransferAction}
            reference={order.reference}
            legend={a.confirm.legend}
          >
            <Field
              label={a.confirm.amount}
              name="amount"
              inputMode="numeric"
              autoComplete="off"
              required
              maxLength={20}
              hint={fill(a.confirm.hint, { total: formatVnd(order.totalVnd, lang) })}
            />
            <button type="submit" className={thumbButtonClass}>
              {a.confirm.submit}
            </button>
          </ActionForm>
        )}
      </div>
      {order.shipments.map((part) => (
        <div key={part.id} className="mt-4">
          {order.shipments.length > 1 && (
            <h3 className="mb-2 font-bold">
              {fill(a.part, { village: villageNames[part.village] ?? part.village })}
            </h3>
          )}
          <div className="grid gap-4">
            <PartActions
              m={m}
              order={order}
              part={part}
              villageName={villageNames[part.village] ?? part.village}
              codHoldHours={codHoldHours}
            />
          </div>
        </div>
      ))}
    </section>
  );
}
