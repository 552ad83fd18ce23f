import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Village } from '@/lib/content';
import type { Tour } from '@/lib/content/tours';
import { TourBookingForm } from './tour-booking-form';
import { heading } from '@/components/ui/heading';

const tel = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** The booking request form, and the tour's and first village's contact for those who prefer to call. */
export async function TourBookingSlot({
  tour,
  village,
  locale,
}: {
  tour: Tour;
  village: Village | undefined;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: 'Tours' });
  const b = await getTranslations({ locale, namespace: 'Booking' });
  const contacts = [tour.contact, ...(village ? [village.contact] : [])];
  return (
    <section
      id="booking"
      aria-labelledby="booking-title"
      className="border-leaf-700 rounded-lg border bg-white p-4"
    >
      <h2 id="booking-title" className={heading({ level: 'block', className: 'mb-2' })}>
        {t('booking')}
      </h2>
      <p className="mb-3 text-sm">{b('lead')}</p>
      <TourBookingForm tour={tour} locale={locale} />
      <h3 className="mt-4 mb-1 font-semibold">{b('orCall')}</h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {contacts.map((c, i) => (
          <div key={`${c.phone}-${i}`} className="contents">
            <dt className="font-semibold">{i === 0 ? t('contact') : village?.name}</dt>
            <dd>
              <a href={tel(c.phone)} className="link">
                {c.phone}
              </a>
              {c.email && (
                <>
                  {' '}
                  ·{' '}
                  <a href={`mailto:${c.email}`} className="link break-all">
                    {c.email}
                  </a>
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
