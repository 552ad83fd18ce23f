import type { Metadata } from 'next';
import { DeskHeader } from '@/components/desk/desk-header';
import { formatDeskTime } from '@/lib/desk/time';
import { cellClass, DeskTable, Notice } from '@/components/desk/ui';
import { getDb } from '@/lib/db/client';
import { requireStaff } from '@/lib/desk/auth';
import { deskMessages } from '@/lib/desk/i18n';
import { outboxFor } from '@/lib/desk/outbox';
import { env } from '@/lib/env';
import { heading } from '@/components/ui/heading';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await deskMessages();
  return { title: m.outbox.title };
}

export default async function DeskMessagesPage() {
  const viewer = await requireStaff();
  const { lang, m } = await deskMessages();
  const rows = await outboxFor(getDb(), viewer);
  return (
    <>
      <DeskHeader m={m} lang={lang} viewer={viewer} here="/desk/messages" />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        <h1 className={heading({ level: 'page', className: 'mb-2' })}>{m.outbox.title}</h1>
        <p className="mb-4 max-w-3xl">{m.outbox.lead}</p>
        {!env.SMTP_URL && <Notice tone="error">{m.outbox.noSmtp}</Notice>}
        <DeskTable
          headings={[
            m.outbox.when,
            m.outbox.to,
            m.outbox.subject,
            m.outbox.status,
            m.outbox.attempts,
            m.outbox.error,
          ]}
          empty={m.outbox.none}
        >
          {rows.map((r) => (
            <tr key={r.id} className="border-bamboo-200 border-b align-top">
              <td className={`${cellClass} whitespace-nowrap`}>
                {formatDeskTime(r.createdAt, lang)}
              </td>
              <td className={`${cellClass} break-all`}>{r.recipient}</td>
              <td className={cellClass}>
                <details>
                  <summary>{r.subject}</summary>
                  <pre className="mt-2 font-sans whitespace-pre-wrap">{r.body}</pre>
                </details>
              </td>
              <td className={cellClass}>{m.outbox.statuses[r.status]}</td>
              <td className={cellClass}>{r.attempts}</td>
              <td className={`${cellClass} text-red-800`}>{r.lastError}</td>
            </tr>
          ))}
        </DeskTable>
      </main>
    </>
  );
}
