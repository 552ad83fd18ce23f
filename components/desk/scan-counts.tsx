import type { Locale } from '@/i18n/routing';
import type { DeskMessages } from '@/lib/desk/i18n';
import type { ScanRow } from '@/lib/desk/scans';
import { formatNumber } from '@/lib/format';
import { card } from '@/components/ui/card';
import { heading } from '@/components/ui/heading';

export function ScanCounts({ m, lang, rows }: { m: DeskMessages; lang: Locale; rows: ScanRow[] }) {
  const s = m.scans;
  return (
    <section aria-labelledby="scans-title" className="mt-10">
      <h2 id="scans-title" className={heading({ level: 'block', className: 'mb-3' })}>
        {s.title}
      </h2>
      {rows.length === 0 ? (
        <p>{s.none}</p>
      ) : (
        <div className={card({ padding: 'none', className: 'overflow-x-auto' })}>
          <table className="w-full text-left text-sm">
            <thead className="bg-bamboo-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {s.product}
                </th>
                <th scope="col" className="px-3 py-2">
                  {s.sku}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {s.count}
                </th>
              </tr>
            </thead>
            <tbody className="divide-bamboo-200 divide-y">
              {rows.map((r) => (
                <tr key={r.sku}>
                  <th scope="row" className="px-3 py-2 font-normal">
                    {r.name}
                  </th>
                  <td className="px-3 py-2 font-mono">{r.sku}</td>
                  <td className="px-3 py-2 text-right">{formatNumber(r.total, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
