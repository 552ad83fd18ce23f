import type { DeskMessages } from '@/lib/desk/i18n';
import type { HistoryEntry } from '@/lib/desk/history';

/** The order's history, oldest first, in words (lib/desk/history.ts): one entry per change. */
export function OrderHistory({ m, entries }: { m: DeskMessages; entries: HistoryEntry[] }) {
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title" className="mb-3 text-xl font-bold">
        {m.detail.history}
      </h2>
      {entries.length === 0 ? (
        <p>{m.history.empty}</p>
      ) : (
        <ol
          className="border-bamboo-200 divide-bamboo-200 divide-y rounded-lg border bg-white"
          data-testid="order-history"
        >
          {entries.map((e) => (
            <li key={e.id} className="px-4 py-3">
              <p className="font-semibold break-words">{e.title}</p>
              {e.details.map((d, i) => (
                <p key={i} className="text-sm break-words">
                  {d}
                </p>
              ))}
              <p className="text-bamboo-700 text-sm break-words">
                {e.who} · <time dateTime={new Date(e.at).toISOString()}>{e.when}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
