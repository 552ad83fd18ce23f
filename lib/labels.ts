import { routing, type Locale } from '@/i18n/routing';
import { getProductBySku, getProducts, type Product } from '@/lib/content';

export interface Label {
  sku: string;
  nameVi: string;
  nameEn: string;
  priceVnd: number;
  village: string;
  slug: string;
}

type Params = Record<string, string | string[] | undefined>;
const all = (v: string | string[] | undefined) =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

/** Labels for `?sku=` (repeatable) or `?village=`; unknown values are skipped, not errors. */
export function selectLabels(params: Params, locale: Locale): Label[] {
  const skus = all(params.sku).slice(0, 200);
  const village = all(params.village)[0];
  let products: Product[];
  if (skus.length > 0) {
    products = skus
      .map((s) => getProductBySku(s, routing.defaultLocale))
      .filter((p): p is Product => Boolean(p));
  } else {
    products = getProducts(routing.defaultLocale).filter((p) => !village || p.village === village);
  }
  const unique = [...new Map(products.map((p) => [p.sku, p])).values()];
  return unique.map((p) => ({
    sku: p.sku,
    nameVi: p.name,
    nameEn: getProductBySku(p.sku, 'en')?.name ?? p.name,
    priceVnd: p.priceVnd,
    village:
      locale === 'vi'
        ? p.villageName
        : (getProductBySku(p.sku, locale)?.villageName ?? p.villageName),
    slug: p.slug,
  }));
}
