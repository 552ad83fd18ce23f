import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import type { DeskMessages } from '@/lib/desk/i18n';
import { formatVnd } from '@/lib/format';
import type { DeskOrder } from '@/lib/desk/orders';
import { PhoneLink } from './phone-link';
import { card } from '@/components/ui/card';

function Facts({ rows, none }: { rows: [string, ReactNode][]; none: string }) {
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd className="break-words">{value || none}</dd>
        </div>
      ))}
    </dl>
  );
}

export function OrderDetails({
  m,
  lang,
  order,
  villageNames,
}: {
  m: DeskMessages;
  lang: Locale;
  order: DeskOrder;
  villageNames: Record<string, string>;
}) {
  const d = m.detail;
  const address = [
    order.addressLine,
    order.addressCommune,
    order.addressProvince,
    order.addressCountry,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <div className="grid gap-6 md:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">
      <section aria-labelledby="lines-title" className={card({ padding: 'md' })}>
        <h2 id="lines-title" className="mb-2 font-bold">
          {d.lines}
        </h2>
        <ul className="divide-bamboo-200 mb-4 divide-y">
          {order.lines.map((l) => (
            <li key={l.id} className="flex justify-between gap-4 py-2">
              <span className="min-w-0 break-words">
                {l.name} × {l.quantity}{' '}
                <span className="font-mono text-sm">
                  ({l.sku} · {l.village})
                </span>
              </span>
              <span className="whitespace-nowrap">
                {formatVnd(l.unitPriceVnd * l.quantity, lang)}
              </span>
            </li>
          ))}
        </ul>
        <dl className="grid grid-cols-[1fr_auto] gap-1">
          <dt>{d.shipping}</dt>
          <dd className="text-right">{formatVnd(order.shippingVnd, lang)}</dd>
          <dt className="font-bold">{d.total}</dt>
          <dd className="text-right font-bold" data-testid="order-total">
            {formatVnd(order.totalVnd, lang)}
          </dd>
        </dl>
      </section>
      <section aria-labelledby="customer-title" className={card({ padding: 'md' })}>
        <h2 id="customer-title" className="mb-2 font-bold">
          {d.customer}
        </h2>
        <Facts
          none={d.none}
          rows={[
            [d.name, order.customerName],
            [d.phone, order.customerPhone && <PhoneLink m={m} phone={order.customerPhone} zalo />],
            [d.email, order.customerEmail],
            [d.address, address],
            [d.note, order.customerNote],
          ]}
        />
        <h2 className="mt-4 mb-2 font-bold">{d.shipment}</h2>
        <ul className="grid gap-3" data-testid="shipments">
          {order.shipments.map((s) => (
            <li key={s.id}>
              <Facts
                none={d.none}
                rows={[
                  [villageNames[s.village] ?? s.village, m.shipmentStatuses[s.status]],
                  ...(s.carrier || s.trackingNumber
                    ? ([
                        [d.carrier, s.carrier],
                        [d.tracking, s.trackingNumber],
                      ] as [string, ReactNode][])
                    : []),
                ]}
              />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
