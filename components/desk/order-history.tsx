import type { Locale } from '@/i18n/routing';
import type { DeskMessages } from '@/lib/desk/i18n';
import type { orderEvents } from '@/lib/db/schema';
import { isStatus } from './status';
import { formatDeskTime } from './time';

export function OrderHistory({
  m,
  lang,
  events,
}: {
  m: DeskMessages;
  lang: Locale;
  events: (typeof orderEvents.$inferSelect)[];
}) {
  const d = m.detail;
  const label = (s: string | null) => (s === null ? '' : isStatus(s) ? m.statuses[s] : s);
  return (
    <section aria-labelledby="history-title" className="mt-8">
      <h2 id="history-title" className="mb-3 text-xl font-bold">
        {d.history}
      </h2>
      <div className="border-bamboo-200 overflow-x-auto rounded-lg border bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-bamboo-100">
            <tr>
              {[d.at, d.change, d.actor, d.eventNote].map((h) => (
                <th key={h} scope="col" className="px-3 py-2">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-bamboo-200 divide-y">
            {events.map((e) => (
              <tr key={e.id}>
                <td className="px-3 py-2 whitespace-nowrap">{formatDeskTime(e.at, lang)}</td>
                <td className="px-3 py-2">
                  {e.fromStatus
                    ? `${label(e.fromStatus)} → ${label(e.toStatus)}`
                    : label(e.toStatus)}
                </td>
                <td className="px-3 py-2 font-mono">{e.actor}</td>
                <td className="px-3 py-2 break-words">{e.note ?? d.none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
