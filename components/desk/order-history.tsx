import type { DeskMessages } from '@/lib/desk/i18n';
import type { HistoryEntry } from '@/lib/desk/history';
import { card } from '@/components/ui/card';
import { heading } from '@/components/ui/heading';

/** The order's history, oldest first, in words (lib/desk/history.ts): one entry per change. */
export function OrderHistory({ m, entries }: { m: DeskMessages; entries: HistoryEntry[] }) {
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title" className={heading({ level: 'block', className: 'mb-3' })}>
        {m.detail.history}
      </h2>
      {entries.length === 0 ? (
        <p>{m.history.empty}</p>
      ) : (
        <ol
          className={card({ padding: 'none', className: 'divide-bamboo-200 divide-y' })}
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
