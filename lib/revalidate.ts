import 'server-only';
import { revalidatePath } from 'next/cache';
import { routing } from '@/i18n/routing';
import { getProductBySku } from '@/lib/content';
import { paths } from '@/lib/paths';

/** After stock changes: the product pages, their village pages, listings and the catalogue API. */
export function revalidateStock(skus: string[]): void {
  for (const locale of routing.locales) {
    for (const sku of skus) {
      const product = getProductBySku(sku, locale);
      if (!product) continue;
      revalidatePath(paths.product(locale, product.slug));
      revalidatePath(paths.village(locale, product.village));
    }
    revalidatePath(paths.home(locale));
  }
  revalidatePath('/api/products');
}
