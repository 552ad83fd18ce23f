import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Village } from '@/lib/content';
import { geoUri, webMapUrl } from '@/lib/geo';
import { card } from '@/components/ui/card';
import { heading } from '@/components/ui/heading';

const tel = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

export async function VillageContact({ village, locale }: { village: Village; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Villages' });
  const { contact } = village;
  return (
    <section
      aria-labelledby="contact"
      className={card({ padding: 'md', className: 'h-fit lg:sticky lg:top-4' })}
    >
      <h2 id="contact" className={heading({ level: 'block', className: 'mb-3' })}>
        {t('contact')}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">{t('phone')}</dt>
        <dd>
          <a href={tel(contact.phone)} className="link">
            {contact.phone}
          </a>
        </dd>
        {contact.zalo && (
          <>
            <dt className="font-semibold">{t('zalo')}</dt>
            <dd>
              <a href={`https://zalo.me/${contact.zalo.replace(/\D/g, '')}`} className="link">
                {contact.zalo}
              </a>
            </dd>
          </>
        )}
        {contact.email && (
          <>
            <dt className="font-semibold">{t('email')}</dt>
            <dd>
              <a href={`mailto:${contact.email}`} className="link break-all">
                {contact.email}
              </a>
            </dd>
          </>
        )}
      </dl>
      <p className="mt-4 flex flex-col gap-2 text-sm">
        <a href={geoUri(village.coordinates, village.name)} className="link">
          {t('map')}
        </a>
        <a href={webMapUrl(village.coordinates)} className="link" rel="noopener">
          {t('webMap')}
        </a>
      </p>
    </section>
  );
}
