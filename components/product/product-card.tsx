import { Photo } from '@/components/ui/photo';
import { Link } from '@/components/ui/link';
import type { Locale } from '@/i18n/routing';
import type { Product } from '@/lib/content';
import type { LiveStock } from '@/lib/orders/stock';
import { paths } from '@/lib/paths';
import { Availability } from './availability';
import { IMAGE_SIZES } from '@/lib/images/sizes';
import { card, cardTitleLink } from '@/components/ui/card';
import { Price } from '@/components/ui/price';

export function ProductCard({
  product,
  live,
  locale,
  priority = false,
  level = 3,
}: {
  product: Product;
  live: LiveStock;
  locale: Locale;
  priority?: boolean;
  /** The card's heading level: 2 straight under a page's h1, 3 under a section's h2. */
  level?: 2 | 3;
}) {
  const image = product.images[0];
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <article className={card({ padding: 'none', link: true, className: 'w-full' })}>
      {image && (
        <Photo
          src={image.src}
          alt={image.alt}
          width={600}
          height={600}
          sizes={IMAGE_SIZES.productCard}
          className="aspect-square w-full object-cover"
          preload={priority}
        />
      )}
      <div className="flex flex-1 flex-col gap-1 p-3">
        <Heading className="leading-snug font-semibold">
          <Link href={paths.product(locale, product.slug)} className={cardTitleLink}>
            {product.name}
          </Link>
        </Heading>
        <p className="text-bamboo-800 text-sm">{product.villageName}</p>
        <p className="mt-auto">
          <Price vnd={product.priceVnd} locale={locale} />
        </p>
        <p className="text-sm">
          <Availability live={live} leadTimeDays={product.leadTimeDays} locale={locale} />
        </p>
      </div>
    </article>
  );
}

/** `stock`: live availability by SKU, read by the route (lib/orders/live.ts `liveStocks`). */
export function ProductGrid({
  products,
  stock,
  locale,
  eager = 0,
  level = 3,
  columns = 4,
}: {
  products: Product[];
  stock: Map<string, LiveStock>;
  locale: Locale;
  eager?: number;
  level?: 2 | 3;
  /** At most this many across: 3 for a short selection of 6 (home), so no row is left half empty. */
  columns?: 3 | 4;
}) {
  return (
    <ul
      className={`grid grid-cols-2 gap-4 sm:grid-cols-3 ${columns === 4 ? 'lg:grid-cols-4' : ''}`}
    >
      {products.map((p, i) => (
        <li key={p.sku} className="relative flex">
          <ProductCard
            product={p}
            live={stock.get(p.sku) ?? { availability: p.availability, stock: p.stock ?? null }}
            locale={locale}
            priority={i < eager}
            level={level}
          />
        </li>
      ))}
    </ul>
  );
}
