import { Photo } from '@/components/ui/photo';
import { Link } from '@/components/ui/link';
import type { Locale } from '@/i18n/routing';
import type { Product } from '@/lib/content';
import { formatVnd } from '@/lib/format';
import { paths } from '@/lib/paths';
import { Availability } from './availability';
import { IMAGE_SIZES } from '@/lib/images/sizes';

export function ProductCard({
  product,
  locale,
  priority = false,
}: {
  product: Product;
  locale: Locale;
  priority?: boolean;
}) {
  const image = product.images[0];
  return (
    <article className="group border-bamboo-200 flex flex-col overflow-hidden rounded-lg border bg-white">
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
        <h3 className="leading-snug font-semibold">
          <Link
            href={paths.product(locale, product.slug)}
            className="no-underline group-hover:underline after:absolute after:inset-0"
          >
            {product.name}
          </Link>
        </h3>
        <p className="text-bamboo-800 text-sm">{product.villageName}</p>
        <p className="mt-auto font-bold">{formatVnd(product.priceVnd, locale)}</p>
        <p className="text-sm">
          <Availability product={product} locale={locale} />
        </p>
      </div>
    </article>
  );
}

export function ProductGrid({
  products,
  locale,
  eager = 0,
}: {
  products: Product[];
  locale: Locale;
  eager?: number;
}) {
  return (
    <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((p, i) => (
        <li key={p.sku} className="relative flex">
          <ProductCard product={p} locale={locale} priority={i < eager} />
        </li>
      ))}
    </ul>
  );
}
