import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import type { Product } from '@/lib/content';
import { liveStocks } from '@/lib/orders/live';
import { ProductGrid } from './product-card';

/** A titled row of product cards with their live availability; nothing when the list is empty. */
export async function RelatedProducts({
  id,
  title,
  products,
  locale,
  footer,
}: {
  id: string;
  title: string;
  products: Product[];
  locale: Locale;
  footer?: ReactNode;
}) {
  if (products.length === 0) return null;
  const stock = await liveStocks(products);
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="mb-4 text-2xl font-bold">
        {title}
      </h2>
      <ProductGrid products={products} stock={stock} locale={locale} />
      {footer}
    </section>
  );
}
