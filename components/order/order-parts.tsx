import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import type { Locale } from '@/i18n/routing';
import { getVillage } from '@/lib/content';
import { paths } from '@/lib/paths';
import type { OrderWithLines } from '@/lib/orders/types';

/** Each village's part of the order: who prepares it, where it stands, and its tracking number. */
export async function OrderParts({ order, locale }: { order: OrderWithLines; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Order' });
  return (
    <section aria-labelledby="parts">
      <h2 id="parts" className="mb-2 text-xl font-bold">
        {t('parts')}
      </h2>
      <ul className="grid gap-3" data-testid="order-parts">
        {order.shipments.map((s) => {
          const village = getVillage(s.village, locale);
          const lines = order.lines.filter((l) => l.village === s.village);
          return (
            <li key={s.id} className="border-bamboo-200 rounded-lg border bg-white p-3">
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
