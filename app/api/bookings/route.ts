import { NextResponse } from 'next/server';
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/i18n/messages';
import type ExploreMessagesFile from '@/messages/explore/vi.json';
import { isLocale, routing, type Locale } from '@/i18n/routing';
import { bookingSchema, saveBooking } from '@/lib/bookings';
import { getTour } from '@/lib/content/tours';
import { getDb } from '@/lib/db/client';
import { env } from '@/lib/env';
import { RequestError } from '@/lib/http/errors';
import { checkRateLimit, clientAddress } from '@/lib/rate-limit';

// The honeypot: hidden from people, filled in by form-spamming bots.
export const HONEYPOT = 'website';

type ExploreMessages = typeof ExploreMessagesFile;

// A plain translator (not the request-bound one): this handler answers outside any page.
async function bookingText(locale: Locale) {
  const messages = (await loadMessages(locale)) as unknown as ExploreMessages;
  return createTranslator({ locale, messages, namespace: 'Booking' });
}

function escape(s: string) {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A small HTML answer for a plain form post (no JavaScript needed to book). */
async function page(
  locale: Locale,
  status: number,
  title: string,
  items: string[],
  back: string,
  headers: Record<string, string> = {},
) {
  const t = await bookingText(locale);
  const list = items.length ? `<ul>${items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>` : '';
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(title)}</title><meta name="robots" content="noindex"></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5"><main><h1>${escape(title)}</h1>${list}<p><a href="${escape(back)}">${escape(t('back'))}</a></p></main></body></html>`;
  return new NextResponse(html, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    },
  });
}

/** POST /api/bookings — a tour booking request from the form on a tour page (form-encoded). */
export async function POST(request: Request) {
  const form = await request.formData().catch(() => undefined);
  const value = (k: string) => (typeof form?.get(k) === 'string' ? String(form?.get(k)) : '');
  const locale: Locale = isLocale(value('locale'))
    ? (value('locale') as Locale)
    : routing.defaultLocale;
  const tour = getTour(value('tour'), locale);
  const back = tour ? `/${locale}/tours/${tour.slug}#booking` : `/${locale}/tours`;
  const t = await bookingText(locale);

  if (request.headers.get('origin') !== new URL(env.SITE_URL).origin)
    return page(locale, 403, t('crossOrigin'), [], back);
  try {
    await checkRateLimit('booking', clientAddress(request));
  } catch (error) {
    if (error instanceof RequestError)
      return page(locale, 429, t('rateLimited'), [], back, error.headers);
    throw error;
  }
  if (!form || !tour) return page(locale, 400, t('invalid'), [t('fields.tour')], back);
  // A filled honeypot looks like success to the bot, and nothing is stored.
  if (value(HONEYPOT))
    return NextResponse.redirect(
      new URL(`/${locale}/tours/${tour.slug}/booked`, env.SITE_URL),
      303,
    );

  const parsed = bookingSchema(tour.guideLanguages).safeParse(
    Object.fromEntries(
      ['name', 'phone', 'email', 'date', 'groupSize', 'language', 'note'].map((k) => [
        k,
        value(k) || undefined,
      ]),
    ),
  );
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
    return page(
      locale,
      400,
      t('invalid'),
      fields.map((f) => t(`fields.${f}` as 'fields.name')),
      back,
    );
  }
  const reference = await saveBooking(getDb(), tour.slug, locale, parsed.data);
  return NextResponse.redirect(
    new URL(`/${locale}/tours/${tour.slug}/booked?ref=${reference}`, env.SITE_URL),
    303,
  );
}
