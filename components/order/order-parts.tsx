import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import type { Locale } from '@/i18n/routing';
import { getVillage, type Village } from '@/lib/content';
import { geoUri, webMapUrl } from '@/lib/geo';
import { paths } from '@/lib/paths';
import type { OrderWithLines } from '@/lib/orders/types';
import { shopSettings } from '@/lib/settings';
import { card } from '@/components/ui/card';
import { heading } from '@/components/ui/heading';

/**
 * Each village's part of the order: who prepares it, where it stands, its tracking number once
 * shipped — and, for pick-up, where and when to collect it.
 */
export async function OrderParts({ order, locale }: { order: OrderWithLines; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Order' });
  // Pick-up is the option that delivers nowhere (content/settings/shop.yml).
  const option = shopSettings().shipping.find((o) => o.id === order.shippingOption);
  const pickup = option !== undefined && option.countries === undefined;
  return (
    <section aria-labelledby="parts">
      <h2 id="parts" className={heading({ level: 'block', className: 'mb-2' })}>
        {t('parts')}
      </h2>
      <ul className="grid gap-3" data-testid="order-parts">
        {order.shipments.map((s) => {
          const village = getVillage(s.village, locale);
          const lines = order.lines.filter((l) => l.village === s.village);
          return (
            <li key={s.id} className={card({ padding: 'sm' })}>
              <p className="font-semibold">
                {village ? (
                  <Link href={paths.village(locale, village.slug)}>{village.name}</Link>
                ) : (
                  s.village
                )}
                {' — '}
                <span data-testid="part-status">{t(`partStatuses.${s.status}`)}</span>
              </p>
              <p className="text-sm">{lines.map((l) => `${l.name} × ${l.quantity}`).join(', ')}</p>
              {pickup && village?.pickup && s.status !== 'cancelled' && (
                <PickupPlace village={village} t={t} />
              )}
              {s.trackingNumber && (
                <p className="text-sm">
                  {t('carrier')}: {s.carrier} · {t('tracking')}:{' '}
                  <span className="font-mono" data-testid="tracking">
                    {s.trackingNumber}
                  </span>
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const linkClass = 'link';

type OrderT = Awaited<ReturnType<typeof getTranslations<'Order'>>>;

function PickupPlace({ village, t }: { village: Village; t: OrderT }) {
  const place = village.pickup!;
  return (
    <div className="mt-2 text-sm" data-testid="pickup">
      <dl className="grid grid-cols-[auto_1fr] gap-x-3">
        <dt className="font-semibold">{t('pickupAt')}</dt>
        <dd>{place.address}</dd>
        <dt className="font-semibold">{t('pickupHours')}</dt>
        <dd>{place.hours}</dd>
      </dl>
      <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        <a href={`tel:${village.contact.phone.replace(/[^\d+]/g, '')}`} className={linkClass}>
          {t('callVillage')}: {village.contact.phone}
        </a>
        <a href={geoUri(village.coordinates, village.name)} className={linkClass}>
          {t('openMap')}
        </a>
        <a href={webMapUrl(village.coordinates)} rel="noopener" className={linkClass}>
          {t('webMap')}
        </a>
      </p>
    </div>
  );
}
