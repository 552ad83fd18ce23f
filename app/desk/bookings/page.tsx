import type { Metadata } from 'next';
import { DeskHeader } from '@/components/desk/desk-header';
import { getTour } from '@/lib/content/tours';
import { getDb } from '@/lib/db/client';
import { requireStaff } from '@/lib/desk/auth';
import { deskMessages } from '@/lib/desk/i18n';
import { bookingsFor } from '@/lib/desk/outbox';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await deskMessages();
  return { title: m.bookings.title };
}

export default async function DeskBookingsPage() {
  const viewer = await requireStaff();
  const { lang, m } = await deskMessages();
  const rows = bookingsFor(getDb(), viewer);
  const time = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' });
  const headers = [m.bookings.reference, m.bookings.tour, m.bookings.date, m.bookings.group, m.bookings.language, m.bookings.contact, m.bookings.note, m.bookings.received];
  return (
    <>
      <DeskHeader m={m} lang={lang} viewer={viewer} here="/desk/bookings" />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        <h1 className="mb-4 text-2xl font-bold">{m.bookings.title}</h1>
        {rows.length === 0 ? (
          <p>{m.bookings.none}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <thead>
                <tr className="border-b border-bamboo-200">
                  {headers.map((h) => (
                    <th key={h} scope="col" className="px-2 py-2">{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((b) => (
                  <tr key={b.id} className="border-b border-bamboo-200 align-top">
                    <td className="px-2 py-2 font-mono">{b.reference}</td>
                    <td className="px-2 py-2">{getTour(b.tour, lang)?.title ?? b.tour}</td>
                    <td className="px-2 py-2 whitespace-nowrap">{b.date}</td>
                    <td className="px-2 py-2">{b.groupSize}</td>
                    <td className="px-2 py-2">{b.language}</td>
                    <td className="px-2 py-2">
                      <a href={`tel:${b.phone}`} className="text-leaf-700 underline">{b.phone}</a>
                      {b.email && <div className="break-all">{b.email}</div>}
                      <div>{b.name}</div>
                    </td>
                    <td className="px-2 py-2">{b.note}</td>
                    <td className="px-2 py-2 whitespace-nowrap">{time.format(b.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </main>
    </>
  );
}
