import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { CatalogueFilter } from '@/lib/catalogue';
import { CRAFTS, type Village } from '@/lib/content';
import { paths } from '@/lib/paths';
import { Button } from '@/components/ui/button';
import { card } from '@/components/ui/card';
import { control } from '@/components/ui/field';

const field = control();

/** A plain GET form: filtering works without JavaScript and every result is a shareable URL. */
export async function CatalogueFilterForm({
  filter,
  villages,
  locale,
}: {
  filter: CatalogueFilter;
  villages: Village[];
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: 'Products' });
  const crafts = await getTranslations({ locale, namespace: 'Crafts' });
  const active = [
    filter.village,
    filter.craft,
    filter.minPrice,
    filter.maxPrice,
    filter.sort === 'featured' ? undefined : filter.sort,
  ].filter((v) => v !== undefined).length;
  // Behind one button, so that on a phone the pieces come first; open while a filter is in use.
  return (
    <details
      open={active > 0}
      className={card({ padding: 'none', className: 'mb-6' })}
      data-testid="catalogue-filters"
    >
      <summary className="text-leaf-700 cursor-pointer px-4 py-3 font-semibold">
        {active > 0 ? t('filterActive', { count: active }) : t('filterButton')}
      </summary>
      <form
        method="get"
        action={paths.products(locale)}
        aria-label={t('filter')}
        className="grid gap-3 px-4 pb-4 sm:grid-cols-3 lg:grid-cols-6"
      >
        <label className="text-sm">
          <span className="mb-1 block font-semibold">{t('village')}</span>
          <select name="village" defaultValue={filter.village ?? ''} className={field}>
            <option value="">{t('any')}</option>
            {villages.map((v) => (
              <option key={v.slug} value={v.slug}>
                {v.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-semibold">{t('craft')}</span>
          <select name="craft" defaultValue={filter.craft ?? ''} className={field}>
            <option value="">{t('any')}</option>
            {CRAFTS.map((c) => (
              <option key={c} value={c}>
                {crafts(c)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-semibold">{t('minPrice')}</span>
          <input
            name="min"
            type="number"
            inputMode="numeric"
            min={0}
            step={1000}
            defaultValue={filter.minPrice}
            className={field}
          />
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-semibold">{t('maxPrice')}</span>
          <input
            name="max"
            type="number"
            inputMode="numeric"
            min={0}
            step={1000}
            defaultValue={filter.maxPrice}
            className={field}
          />
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-semibold">{t('sort')}</span>
          <select name="sort" defaultValue={filter.sort} className={field}>
            <option value="featured">{t('sortFeatured')}</option>
            <option value="price-asc">{t('sortPriceAsc')}</option>
            <option value="price-desc">{t('sortPriceDesc')}</option>
            <option value="name">{t('sortName')}</option>
          </select>
        </label>
        <div className="flex items-end gap-3">
          <Button type="submit" size="sm">
            {t('apply')}
          </Button>
          <a href={paths.products(locale)} className="link text-sm">
            {t('reset')}
          </a>
        </div>
      </form>
    </details>
  );
}
