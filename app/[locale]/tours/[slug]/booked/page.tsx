import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { isLocale } from '@/i18n/routing';
import { getTour } from '@/lib/content/tours';
import { heading } from '@/components/ui/heading';

export const metadata: Metadata = { robots: { index: false } };

export default async function BookingReceived({
  params,
  searchParams,
}: PageProps<'/[locale]/tours/[slug]/booked'>) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const tour = getTour(slug, locale);
  if (!tour) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Booking' });
  const ref = (await searchParams).ref;
  return (
    <section className="mx-auto max-w-xl" aria-live="polite">
      <h1 className={heading({ level: 'page', className: 'mb-2' })}>{t('thanks')}</h1>
      <p className="mb-2">{t('thanksLead')}</p>
      {typeof ref === 'string' && /^TB-\d{4}-\d{6}$/.test(ref) && (
        <p className="mb-4 font-semibold" data-testid="booking-reference">
          {t('reference', { reference: ref })}
        </p>
      )}
      <Link href={`/${locale}/tours/${tour.slug}`} className="link">
        {tour.title}
      </Link>
    </section>
  );
}
