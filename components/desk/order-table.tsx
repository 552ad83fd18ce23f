import Link from 'next/link';
import { formatDeskTime } from '@/lib/desk/time';
import { formatVnd } from '@/lib/format';
import { nextStep } from '@/lib/orders/allowed';
import { OrderCards, partsText, type OrderListProps } from './order-cards';
import { PhoneLink } from './phone-link';
import { card } from '@/components/ui/card';

/**
 * The list: cards on a phone, a table from md up. Both are rendered and CSS shows one (display:
 * none also hides the other from screen readers), so the page needs no script to adapt.
 */
export function OrderTable({ m, lang, orders, villageNames }: OrderListProps) {
  const l = m.list;
  if (orders.length === 0)
    return <p className="border-bamboo-200 rounded border bg-white p-4">{l.empty}</p>;
  const headings = [
    l.reference,
    l.created,
    l.status,
    l.method,
    l.customer,
    m.orderList.part,
    l.total,
    m.orderList.next,
  ];
  return (
    <>
      <OrderCards m={m} lang={lang} orders={orders} villageNames={villageNames} />
      <div className={card({ padding: 'none', className: 'hidden overflow-x-auto md:block' })}>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{l.title}</caption>
          <thead className="bg-bamboo-100">
            <tr>
              {headings.map((h) => (
                <th key={h} scope="col" className="px-3 py-2">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-bamboo-200 divide-y">
            {orders.map((o) => (
              <tr key={o.id} className="align-top">
                <th scope="row" className="px-3 py-2 font-mono font-normal">
                  <Link href={`/desk/orders/${o.reference}`} className="link">
                    {o.reference}
                  </Link>
                </th>
                <td className="px-3 py-2">{formatDeskTime(o.createdAt, lang)}</td>
                <td className="px-3 py-2" data-status={o.status}>
                  {m.statuses[o.status]}
                </td>
                <td className="px-3 py-2">{m.methods[o.method]}</td>
                <td className="px-3 py-2 break-words">
                  {o.customerName ?? '—'}
                  <span className="block text-xs">
                    <PhoneLink m={m} phone={o.customerPhone} />
                  </span>
                </td>
                <td className="px-3 py-2">{partsText(o, m, villageNames)}</td>
                <td className="px-3 py-2 text-right whitespace-nowrap">
                  {formatVnd(o.totalVnd, lang)}
                </td>
                <td className="px-3 py-2">{m.next[nextStep(o, o.wholeOrder)]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
