import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { transaction, type Db } from '@/lib/db/client';
import { bookings, orderCounters } from '@/lib/db/schema';
import { normalizeVietnamesePhone } from '@/lib/phone';
import { cleanLine, emailOrBlank, freeText, oneLine } from '@/lib/validation/text';

/** Ho Chi Minh City's calendar day, so "today" is the visitor's today in Vietnam. */
export function todayInVietnam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}

export function bookingSchema(guideLanguages: string[], now = new Date()) {
  return z.object({
    name: oneLine(100),
    // Tourists book too: a Vietnamese mobile is normalised, any other international number is kept.
    phone: z
      .string()
      .overwrite(cleanLine)
      .max(30)
      .transform(
        (v, ctx) =>
          normalizeVietnamesePhone(v) ??
          (/^\+[1-9][\d\s-]{6,20}$/.test(v)
            ? v.replace(/[\s-]/g, '')
            : (ctx.addIssue({ code: 'custom', message: 'phone' }), z.NEVER)),
      ),
    email: emailOrBlank(200).optional(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'date')
      .refine((d) => !Number.isNaN(Date.parse(d)) && d >= todayInVietnam(now), 'date'),
    groupSize: z.coerce.number().int().min(1).max(200),
    language: z.enum(guideLanguages as [string, ...string[]]),
    note: freeText(1000).optional(),
  });
}
export type BookingInput = z.infer<ReturnType<typeof bookingSchema>>;

export async function saveBooking(
  db: Db,
  tour: string,
  locale: string,
  input: BookingInput,
  now = Date.now(),
): Promise<string> {
  return transaction(db, async (tx) => {
    // Own counter row (year + 1_000_000) beside the order counters: references never collide.
    const year = Number(todayInVietnam(new Date(now)).slice(0, 4));
    const [row] = await tx
      .insert(orderCounters)
      .values({ year: year + 1_000_000, last: 1 })
      .onConflictDoUpdate({
        target: orderCounters.year,
        set: { last: sql`${orderCounters.last} + 1` },
      })
      .returning({ last: orderCounters.last });
    const reference = `TB-${year}-${String(row!.last).padStart(6, '0')}`;
    await tx.insert(bookings).values({
      reference,
      tour,
      locale,
      name: input.name,
      phone: input.phone,
      email: input.email || null,
      date: input.date,
      groupSize: input.groupSize,
      language: input.language,
      note: input.note || null,
      createdAt: now,
    });
    return reference;
  });
}
