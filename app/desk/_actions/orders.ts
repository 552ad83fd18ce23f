'use server';

import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { afterChange } from '@/lib/checkout/after-change';
import { getDb } from '@/lib/db/client';
import { orderByReference } from '@/lib/orders/queries';
import type { NotifyKind } from '@/lib/notify/messages';
import { confirmCod, confirmTransfer, markDelivered, markShipped } from '@/lib/desk/actions';
import { requireStaff } from '@/lib/desk/auth';
import { cancelOrder } from '@/lib/desk/cancel';
import {
  cancelForm,
  confirmForm,
  formFields,
  partForm,
  referenceForm,
  shipForm,
} from '@/lib/desk/forms';
import { refuse, type DeskResult } from '@/lib/desk/result';
import { stripeGateway } from '@/lib/desk/stripe-gateway';
import type { Viewer } from '@/lib/desk/viewer';

type Done = 'confirmed' | 'accepted' | 'shipped' | 'delivered' | 'cancelled';

// Which desk outcomes the village and the buyer hear about.
const NOTIFY: Partial<Record<Done, NotifyKind>> = {
  confirmed: 'paid',
  shipped: 'shipped',
  cancelled: 'cancelled',
};

/** Back to the order with the outcome in the query string: works as a plain form post, no JavaScript. */
async function finish(
  viewer: Viewer,
  reference: string | undefined,
  result: DeskResult,
  done: Done,
): Promise<never> {
  if (!result.ok && result.error === 'not_found') {
    console.warn(
      `[desk] ${viewer.username} refused: order ${reference ?? '(invalid)'} not found or outside their village`,
    );
    redirect('/desk?error=not_found');
  }
  if (result.ok && reference) {
    // Every desk change may change availability (a cancel, a late transfer): the pages follow.
    const order = await orderByReference(getDb(), reference);
    const kind = NOTIFY[done];
    await afterChange({
      skus: order?.lines.map((l) => l.sku) ?? [],
      message: order && kind ? { orderId: order.id, kind } : undefined,
    });
  }
  const query = result.ok
    ? `ok=${done}`
    : `error=${result.error}${result.detail ? `&detail=${result.detail}` : ''}`;
  redirect(`/desk/orders/${reference}?${query}`);
}

/** Session first, then zod; a form that does not parse changes nothing. */
async function run<S extends z.ZodType<{ reference: string }>>(
  data: FormData,
  schema: S,
  done: Done,
  act: (viewer: Viewer, input: z.infer<S>) => DeskResult | Promise<DeskResult>,
): Promise<never> {
  const viewer = await requireStaff();
  const fields = formFields(data);
  const input = schema.safeParse(fields);
  const reference = referenceForm.safeParse(fields).data?.reference;
  if (!input.success)
    return finish(viewer, reference, refuse(reference ? 'invalid' : 'not_found'), done);
  return finish(viewer, reference, await act(viewer, input.data), done);
}

export async function confirmTransferAction(_: void, data: FormData): Promise<void> {
  await run(data, confirmForm, 'confirmed', (viewer, i) =>
    confirmTransfer(getDb(), viewer, i.reference, i.amount),
  );
}

export async function confirmCodAction(_: void, data: FormData): Promise<void> {
  await run(data, partForm, 'accepted', (viewer, i) =>
    confirmCod(getDb(), viewer, i.reference, i.village),
  );
}

export async function markShippedAction(_: void, data: FormData): Promise<void> {
  await run(data, shipForm, 'shipped', (viewer, i) => markShipped(getDb(), viewer, i.reference, i));
}

export async function markDeliveredAction(_: void, data: FormData): Promise<void> {
  await run(data, partForm, 'delivered', (viewer, i) =>
    markDelivered(getDb(), viewer, i.reference, i.village),
  );
}

export async function cancelOrderAction(_: void, data: FormData): Promise<void> {
  await run(data, cancelForm, 'cancelled', (viewer, i) =>
    cancelOrder(getDb(), viewer, i.reference, i.reason, stripeGateway(), i.village),
  );
}
