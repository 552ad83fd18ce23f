import 'server-only';
import { desc, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { bookings, outbox } from '@/lib/db/schema';
import { getTour } from '@/lib/content/tours';
import type { Viewer } from './viewer';

/** Messages the viewer may see: all for the administrator, their village's for a representative. */
export async function outboxFor(db: Db, viewer: Viewer, limit = 300) {
  const q = db.select().from(outbox);
  return (viewer.village ? q.where(eq(outbox.village, viewer.village)) : q)
    .orderBy(desc(outbox.id))
    .limit(limit);
}

/** Booking requests: all for the administrator; a representative sees tours that visit their village. */
export async function bookingsFor(db: Db, viewer: Viewer, limit = 300) {
  const rows = await db.select().from(bookings).orderBy(desc(bookings.id)).limit(limit);
  if (!viewer.village) return rows;
  return rows.filter((b) => getTour(b.tour, 'vi')?.villages.includes(viewer.village ?? ''));
}
