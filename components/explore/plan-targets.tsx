import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatNumber } from '@/lib/format';
import type { Plan } from '@/lib/content/plan';
import { card } from '@/components/ui/card';
import { heading } from '@/components/ui/heading';

const percent = (reported: number | undefined, target: number, locale: Locale) =>
  reported === undefined || target === 0
    ? '—'
    : new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', { style: 'percent' }).format(
        reported / target,
      );

/** The plan's targets against the figures reported so far, as a table (readable without colour or bars). */
export async function PlanTargets({ plan, locale }: { plan: Plan; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Programmes' });
  const reportedTotal = plan.targets.every((x) => x.reported !== undefined)
    ? plan.targets.reduce((n, x) => n + (x.reported ?? 0), 0)
    : undefined;
  const n = (v: number | undefined) => (v === undefined ? '—' : formatNumber(v, locale));
  return (
    <section aria-labelledby="targets" className={card({ padding: 'md', className: 'my-8' })}>
      <h2 id="targets" className={heading({ level: 'section', className: 'mb-3' })}>
        {t('targets')}
      </h2>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="mb-2 text-left font-semibold">
            {t('targetsCaption', { year: plan.year, plan: plan.plan })}
          </caption>
          <thead>
            <tr className="border-bamboo-200 border-b">
              <th scope="col" className="py-1 pr-3">
                {t('source')}
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                {t('target')}
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                {t('reported')}
              </th>
              <th scope="col" className="py-1 text-right">
                {t('share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.targets.map((x) => (
              <tr key={x.key} className="border-bamboo-100 border-b">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {t(`targetKey.${x.key}`)}
                </th>
                <td className="py-1 pr-3 text-right tabular-nums">{n(x.target)}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{n(x.reported)}</td>
                <td className="py-1 text-right tabular-nums">
                  {percent(x.reported, x.target, locale)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="font-semibold">
              <th scope="row" className="py-1 pr-3">
                {t('total')}
              </th>
              <td className="py-1 pr-3 text-right tabular-nums">{n(plan.totalTarget)}</td>
              <td className="py-1 pr-3 text-right tabular-nums">{n(reportedTotal)}</td>
              <td className="py-1 text-right tabular-nums">
                {percent(reportedTotal, plan.totalTarget, locale)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="mt-3 text-sm">
        {plan.reportedSample && <strong>{t('sampleNote')} </strong>}
        {plan.reportedAsOf && t('asOf', { date: plan.reportedAsOf })}
      </p>
    </section>
  );
}
