import type { Metadata } from 'next';
import { DeskHeader } from '@/components/desk/desk-header';
import { formatDeskTime } from '@/lib/desk/time';
import { cellClass, DeskTable } from '@/components/desk/ui';
import { getTour } from '@/lib/content/tours';
import { getDb } from '@/lib/db/client';
import { requireStaff } from '@/lib/desk/auth';
import { deskMessages } from '@/lib/desk/i18n';
import { bookingsFor } from '@/lib/desk/outbox';
import { heading } from '@/components/ui/heading';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await deskMessages();
  return { title: m.bookings.title };
}

export default async function DeskBookingsPage() {
  const viewer = await requireStaff();
  const { lang, m } = await deskMessages();
  const rows = await bookingsFor(getDb(), viewer);
  const headings = [
    m.bookings.reference,
    m.bookings.tour,
    m.bookings.date,
    m.bookings.group,
    m.bookings.language,
    m.bookings.contact,
    m.bookings.note,
    m.bookings.received,
  ];
  return (
    <>
      <DeskHeader m={m} lang={lang} viewer={viewer} here="/desk/bookings" />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        <h1 className={heading({ level: 'page', className: 'mb-4' })}>{m.bookings.title}</h1>
        <DeskTable headings={headings} empty={m.bookings.none}>
          {rows.map((b) => (
            <tr key={b.id} className="border-bamboo-200 border-b align-top">
              <td className={`${cellClass} font-mono`}>{b.reference}</td>
              <td className={cellClass}>{getTour(b.tour, lang)?.title ?? b.tour}</td>
              <td className={`${cellClass} whitespace-nowrap`}>{b.date}</td>
              <td className={cellClass}>{b.groupSize}</td>
              <td className={cellClass}>{b.language}</td>
              <td className={cellClass}>
                <a href={`tel:${b.phone}`} className="link">
                  {b.phone}
                </a>
                {b.email && <div className="break-all">{b.email}</div>}
                <div>{b.name}</div>
              </td>
              <td className={cellClass}>{b.note}</td>
              <td className={`${cellClass} whitespace-nowrap`}>
                {formatDeskTime(b.createdAt, lang)}
              </td>
            </tr>
          ))}
        </DeskTable>
      </main>
    </>
  );
}
