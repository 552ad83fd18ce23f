import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Village } from '@/lib/content';
import { geoUri, webMapUrl } from '@/lib/geo';

const tel = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

export async function VillageContact({ village, locale }: { village: Village; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Villages' });
  const { contact } = village;
  return (
    <section
      aria-labelledby="contact"
      className="border-bamboo-200 h-fit rounded-lg border bg-white p-4 lg:sticky lg:top-4"
    >
      <h2 id="contact" className="mb-3 text-xl font-bold">
        {t('contact')}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">{t('phone')}</dt>
        <dd>
          <a href={tel(contact.phone)} className="text-leaf-700 underline">
            {contact.phone}
          </a>
        </dd>
        {contact.zalo && (
          <>
            <dt className="font-semibold">{t('zalo')}</dt>
            <dd>
              <a
                href={`https://zalo.me/${contact.zalo.replace(/\D/g, '')}`}
                className="text-leaf-700 underline"
              >
                {contact.zalo}
              </a>
            </dd>
          </>
        )}
        {contact.email && (
          <>
            <dt className="font-semibold">{t('email')}</dt>
            <dd>
              <a href={`mailto:${contact.email}`} className="text-leaf-700 break-all underline">
                {contact.email}
              </a>
            </dd>
          </>
        )}
      </dl>
      <p className="mt-4 flex flex-col gap-2 text-sm">
        <a
          href={geoUri(village.coordinates, village.name)}
          className="text-leaf-700 font-semibold underline"
        >
          {t('map')}
        </a>
        <a href={webMapUrl(village.coordinates)} className="text-leaf-700 underline" rel="noopener">
          {t('webMap')}
        </a>
      </p>
    </section>
  );
}
