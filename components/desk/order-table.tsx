import Link from 'next/link';
import type { Locale } from '@/i18n/routing';
import type { DeskMessages } from '@/lib/desk/i18n';
import { formatVnd } from '@/lib/format';
import type { OrderWithLines } from '@/lib/orders/types';
import { formatDeskTime } from './time';

export function OrderTable({
  m,
  lang,
  orders,
  villageNames,
}: {
  m: DeskMessages;
  lang: Locale;
  orders: OrderWithLines[];
  villageNames: Record<string, string>;
}) {
  const l = m.list;
  if (orders.length === 0)
    return <p className="border-bamboo-200 rounded border bg-white p-4">{l.empty}</p>;
  return (
    <div className="border-bamboo-200 overflow-x-auto rounded-lg border bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{l.title}</caption>
        <thead className="bg-bamboo-100">
          <tr>
            {[l.reference, l.created, l.status, l.method, l.customer, l.villages, l.total].map(
              (h) => (
                <th key={h} scope="col" className="px-3 py-2">
                  {h}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody className="divide-bamboo-200 divide-y">
          {orders.map((o) => (
            <tr key={o.id}>
              <th scope="row" className="px-3 py-2 font-mono font-normal">
                <Link href={`/desk/orders/${o.reference}`} className="text-leaf-700 underline">
                  {o.reference}
                </Link>
              </th>
              <td className="px-3 py-2 whitespace-nowrap">{formatDeskTime(o.createdAt, lang)}</td>
              <td className="px-3 py-2" data-status={o.status}>
                {m.statuses[o.status]}
              </td>
              <td className="px-3 py-2">{m.methods[o.method]}</td>
              <td className="px-3 py-2">
                {o.customerName ?? '—'}
                {o.customerPhone && (
                  <span className="block font-mono text-xs">{o.customerPhone}</span>
                )}
              </td>
              <td className="px-3 py-2">
                {[...new Set(o.lines.map((x) => villageNames[x.village] ?? x.village))].join(', ')}
              </td>
              <td className="px-3 py-2 text-right whitespace-nowrap">
                {formatVnd(o.totalVnd, lang)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
