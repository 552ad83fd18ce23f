import Link from 'next/link';
import type { Locale } from '@/i18n/routing';
import type { DeskMessages } from '@/lib/desk/i18n';
import type { DeskOrder } from '@/lib/desk/orders';
import { formatDeskTime } from '@/lib/desk/time';
import { formatVnd } from '@/lib/format';
import { nextStep } from '@/lib/orders/allowed';
import { PhoneLink } from './phone-link';
import { card } from '@/components/ui/card';

/** "Phú Vinh: Đã gửi hàng" for each part the viewer sees (a representative: their own). */
export const partsText = (o: DeskOrder, m: DeskMessages, villageNames: Record<string, string>) =>
  o.shipments
    .map((s) => `${villageNames[s.village] ?? s.village}: ${m.shipmentStatuses[s.status]}`)
    .join('; ');

/** The list on a phone: one card per order, everything in one column, nothing wider than the screen. */
/** What both forms of the order list (cards and table) are drawn from. */
export interface OrderListProps {
  m: DeskMessages;
  lang: Locale;
  orders: DeskOrder[];
  villageNames: Record<string, string>;
}

export function OrderCards({ m, lang, orders, villageNames }: OrderListProps) {
  const l = m.list;
  const o = m.orderList;
  return (
    <ul className="grid gap-3 md:hidden" data-testid="order-cards">
      {orders.map((order) => {
        const step = nextStep(order, order.wholeOrder);
        return (
          <li key={order.id} className={card({ padding: 'md' })}>
            <p className="flex flex-wrap items-baseline justify-between gap-x-3">
              <Link href={`/desk/orders/${order.reference}`} className="link py-1 font-mono">
                {order.reference}
              </Link>
              <span className="bg-bamboo-100 rounded-full px-2 py-0.5 text-sm font-semibold">
                {m.statuses[order.status]}
              </span>
            </p>
            <p className="text-bamboo-700 mb-2 text-sm">
              {formatDeskTime(order.createdAt, lang)} · {m.methods[order.method]}
            </p>
            <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
              <dt className="font-semibold">{o.part}</dt>
              <dd className="break-words">{partsText(order, m, villageNames)}</dd>
              <dt className="font-semibold">{l.customer}</dt>
              <dd className="break-words">
                {order.customerName ?? '—'} <PhoneLink m={m} phone={order.customerPhone} />
              </dd>
              <dt className="font-semibold">{l.total}</dt>
              <dd className="font-semibold">{formatVnd(order.totalVnd, lang)}</dd>
              <dt className="font-semibold">{o.next}</dt>
              <dd className={step === 'none' ? '' : 'text-leaf-800 font-semibold'}>
                {m.next[step]}
              </dd>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
