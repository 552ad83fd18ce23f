import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import type { Product } from '@/lib/content';
import type { LiveStock } from '@/lib/orders/stock';
import { ProductGrid } from './product-card';
import { heading } from '@/components/ui/heading';

/**
 * A titled row of product cards with their live availability (read by the route: lib/orders/live.ts
 * `liveStocks`); nothing when the list is empty.
 */
export function RelatedProducts({
  id,
  title,
  products,
  stock,
  locale,
  footer,
}: {
  id: string;
  title: string;
  products: Product[];
  stock: Map<string, LiveStock>;
  locale: Locale;
  footer?: ReactNode;
}) {
  if (products.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className={heading({ level: 'section', className: 'mb-4' })}>
        {title}
      </h2>
      <ProductGrid products={products} stock={stock} locale={locale} />
      {footer}
    </section>
  );
}
