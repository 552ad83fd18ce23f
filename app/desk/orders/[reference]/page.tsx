import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DeskHeader } from '@/components/desk/desk-header';
import { OrderActionForms } from '@/components/desk/order-action-forms';
import { OrderDetails } from '@/components/desk/order-details';
import { OrderHistory } from '@/components/desk/order-history';
import { Notice } from '@/components/desk/ui';
import { getDb } from '@/lib/db/client';
import { requireStaff } from '@/lib/desk/auth';
import { deskMessages, fill } from '@/lib/desk/i18n';
import { formatHistory } from '@/lib/desk/history';
import { historyPeople, orderDetail } from '@/lib/desk/orders';
import { formatDeskTime } from '@/lib/desk/time';
import { DESK_ERRORS } from '@/lib/desk/result';
import { getVillages } from '@/lib/content';
import { env } from '@/lib/env';
import { formatVnd } from '@/lib/format';
import { chargeMismatches, formatCharge } from '@/lib/orders/payment-mismatch';
import { REFERENCE_PATTERN } from '@/lib/orders/link';
import { heading } from '@/components/ui/heading';

const DONE = ['confirmed', 'accepted', 'shipped', 'delivered', 'cancelled'] as const;
const pick = <T extends string>(list: readonly T[], v: unknown): T | undefined =>
  list.find((x) => x === v);

export async function generateMetadata({
  params,
}: PageProps<'/desk/orders/[reference]'>): Promise<Metadata> {
  const { m } = await deskMessages();
  return { title: fill(m.detail.title, { reference: (await params).reference }) };
}

export default async function DeskOrderPage({
  params,
  searchParams,
}: PageProps<'/desk/orders/[reference]'>) {
  const viewer = await requireStaff();
  const { reference } = await params;
  // Another village's order is missing, not forbidden: the answer does not tell that it exists.
  const detail = REFERENCE_PATTERN.test(reference)
    ? await orderDetail(getDb(), viewer, reference)
    : undefined;
  if (!detail) notFound();
  const { order, history } = detail;
  const { lang, m } = await deskMessages();
  const query = await searchParams;
  const villageNames = Object.fromEntries(getVillages(lang).map((v) => [v.slug, v.name]));
  const entries = formatHistory(history, {
    m,
    lang,
    method: order.method,
    villageNames,
    people: await historyPeople(getDb(), history),
  });
  const done = pick(DONE, query.ok);
  const error = pick(DESK_ERRORS, query.error);
  const detailCode =
    typeof query.detail === 'string' && /^[a-z_]{1,60}$/.test(query.detail)
      ? query.detail
      : 'unknown';
  return (
    <>
      <DeskHeader m={m} lang={lang} viewer={viewer} here={`/desk/orders/${order.reference}`} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-4 md:py-8">
        <Link href="/desk" className="link inline-block py-1">
          {m.detail.back}
        </Link>
        <h1 className={heading({ level: 'page', className: 'mt-2 mb-1 break-words' })}>
          {fill(m.detail.title, { reference: order.reference })}
        </h1>
        <p className="mb-4">
          <span data-testid="order-status" className="font-semibold">
            {m.statuses[order.status]}
          </span>{' '}
          · {m.methods[order.method]} ·{' '}
          {fill(m.detail.placed, { date: formatDeskTime(order.createdAt, lang) })}
        </p>
        {done && <Notice tone="ok">{m.done[done]}</Notice>}
        {chargeMismatches(history).map((charge, i) => (
          <Notice key={i} tone="error">
            {fill(m.detail.paymentMismatch, {
              received: formatCharge(charge, lang),
              total: formatVnd(order.totalVnd, lang),
            })}
          </Notice>
        ))}
        {error && (
          <Notice tone="error">
            {fill(m.errors[error], { total: formatVnd(order.totalVnd, lang), detail: detailCode })}
          </Notice>
        )}
        {/* On a phone the actions come last, under the thumb; from lg up they sit beside the facts. */}
        <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
          <div className="grid min-w-0 gap-8">
            <OrderDetails m={m} lang={lang} order={order} villageNames={villageNames} />
            <OrderHistory m={m} entries={entries} />
          </div>
          <OrderActionForms
            m={m}
            lang={lang}
            order={order}
            villageNames={villageNames}
            codHoldHours={env.HOLD_COD_HOURS}
          />
        </div>
      </main>
    </>
  );
}
