import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Tour } from '@/lib/content/tours';
import { buttonVariants } from '@/components/ui/button-variants';
import { control } from '@/components/ui/field';

const input = control({ className: 'mt-1' });
const LANGUAGE_NAMES: Record<string, { vi: string; en: string }> = {
  vi: { vi: 'Tiếng Việt', en: 'Vietnamese' },
  en: { vi: 'Tiếng Anh', en: 'English' },
  fr: { vi: 'Tiếng Pháp', en: 'French' },
  ja: { vi: 'Tiếng Nhật', en: 'Japanese' },
  ko: { vi: 'Tiếng Hàn', en: 'Korean' },
  zh: { vi: 'Tiếng Trung', en: 'Chinese' },
};

/** A plain HTML form posting to /api/bookings: works with no JavaScript at all. */
export async function TourBookingForm({ tour, locale }: { tour: Tour; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Booking' });
  return (
    <form method="post" action="/api/bookings" className="grid gap-3 sm:grid-cols-2">
      <input type="hidden" name="tour" value={tour.slug} />
      <input type="hidden" name="locale" value={locale} />
      {/* Honeypot: invisible to people and screen readers; bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label>
          Website
          <input type="text" name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </div>
      <label className="text-sm font-semibold">
        {t('fields.name')}
        <input name="name" required maxLength={100} autoComplete="name" className={input} />
      </label>
      <label className="text-sm font-semibold">
        {t('fields.phone')}
        <input
          name="phone"
          type="tel"
          required
          maxLength={30}
          autoComplete="tel"
          className={input}
        />
      </label>
      <label className="text-sm font-semibold">
        {t('fields.email')} ({t('optional')})
        <input name="email" type="email" maxLength={200} autoComplete="email" className={input} />
      </label>
      <label className="text-sm font-semibold">
        {t('fields.date')}
        <input name="date" type="date" required className={input} />
      </label>
      <label className="text-sm font-semibold">
        {t('fields.groupSize')}
        <input
          name="groupSize"
          type="number"
          min={1}
          max={200}
          defaultValue={2}
          required
          inputMode="numeric"
          className={input}
        />
      </label>
      <label className="text-sm font-semibold">
        {t('fields.language')}
        <select name="language" className={input}>
          {tour.guideLanguages.map((l) => (
            <option key={l} value={l}>
              {LANGUAGE_NAMES[l]?.[locale] ?? l}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-semibold sm:col-span-2">
        {t('fields.note')} ({t('optional')})
        <textarea name="note" maxLength={1000} rows={3} className={input} />
      </label>
      <p className="sm:col-span-2">
        <button type="submit" className={buttonVariants({ size: 'lg' })}>
          {t('submit')}
        </button>
      </p>
    </form>
  );
}
