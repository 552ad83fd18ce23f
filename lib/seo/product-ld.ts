import type { Availability, Product } from '@/lib/content';
import { SCHEMA_AVAILABILITY, type Thing } from './json-ld';

export interface ProductLdInput {
  product: Pick<Product, 'name' | 'sku' | 'priceVnd' | 'materials' | 'weightGrams' | 'craft'>;
  /** Live availability (lib/stock.ts `liveStock`), not the content figure. */
  availability: Availability;
  /** Absolute URL of the product page in the page's locale. */
  url: string;
  /** Absolute image URLs, the main picture first. */
  images: string[];
  description: string;
  /** The village's Organization/Brand node (lib/seo/village-ld.ts). */
  maker: Thing;
}

export function productJsonLd({
  product,
  availability,
  url,
  images,
  description,
  maker,
}: ProductLdInput): Thing {
  return {
    '@type': 'Product',
    '@id': `${url}#product`,
    name: product.name,
    sku: product.sku,
    description,
    url,
    image: images,
    material: product.materials.join(', '),
    weight: { '@type': 'QuantitativeValue', value: product.weightGrams, unitCode: 'GRM' },
    // Search engines read `brand.name`; the village is both the brand and the maker.
    brand: { '@type': 'Brand', name: maker.name },
    manufacturer: maker,
    offers: {
      '@type': 'Offer',
      url,
      sku: product.sku,
      price: product.priceVnd,
      priceCurrency: 'VND',
      availability: SCHEMA_AVAILABILITY[availability],
      itemCondition: 'https://schema.org/NewCondition',
      seller: { '@type': 'Organization', name: maker.name },
    },
  };
}
