import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Product, Village } from '@/lib/content';

const tel = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;
const zalo = (phone: string) => `https://zalo.me/${phone.replace(/\D/g, '')}`;
const link = 'link';

/**
 * Ask the village: its phone and Zalo from the village file. For a sold-out piece of a village that
 * makes pieces to order (`takesCommissions`), the same links become an order-to-make enquiry, with an
 * e-mail whose subject names the piece.
 */
export async function VillageEnquiry({
  product,
  village,
  soldOut,
  locale,
}: {
  product: Product;
  village: Village | undefined;
  soldOut: boolean;
  locale: Locale;
}) {
  if (!village?.contact.phone) return null;
  const t = await getTranslations({ locale, namespace: 'Product' });
  const { phone, zalo: zaloNumber, email } = village.contact;
  const commission = soldOut && village.takesCommissions === true;
  const subject = t('commissionSubject', { name: product.name, sku: product.sku });
  return (
    <section
      aria-labelledby="enquiry"
      className={commission ? 'border-leaf-700 rounded-lg border-2 bg-white p-4' : undefined}
    >
      <h2 id="enquiry" className="mb-1 font-bold">
        {commission ? t('commissionTitle') : t('contactVillage', { village: village.name })}
      </h2>
      {commission && (
        <p className="mb-2 text-sm">{t('commissionText', { village: village.name })}</p>
      )}
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <a href={tel(phone)} className={link}>
          {t('callVillage', { phone })}
        </a>
        {zaloNumber && (
          <a href={zalo(zaloNumber)} className={link} rel="noopener">
            {t('zaloVillage', { phone: zaloNumber })}
          </a>
        )}
        {commission && email && (
          <a href={`mailto:${email}?subject=${encodeURIComponent(subject)}`} className={link}>
            {t('emailVillage')}
          </a>
        )}
      </p>
    </section>
  );
}
