import type { Availability } from '@/lib/content';

/** One schema.org node; `@context` is added once at the top by `withContext`. */
export interface Thing {
  '@type': string | string[];
  '@id'?: string;
  [key: string]: unknown;
}

export const SCHEMA_AVAILABILITY: Record<Availability, string> = {
  in_stock: 'https://schema.org/InStock',
  sold_out: 'https://schema.org/OutOfStock',
  made_to_order: 'https://schema.org/MadeToOrder',
};

export function withContext(node: Thing | Thing[]): Record<string, unknown> {
  return Array.isArray(node)
    ? { '@context': 'https://schema.org', '@graph': node }
    : { '@context': 'https://schema.org', ...node };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so that a name containing
 * `</script>` cannot close the element; U+2028/2029 so old parsers do not see a line break.
 */
export function serializeJsonLd(node: Thing | Thing[]): string {
  return JSON.stringify(withContext(node))
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface Crumb {
  name: string;
  url: string;
}

export function breadcrumbList(crumbs: Crumb[]): Thing {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.name,
      item: c.url,
    })),
  };
}
