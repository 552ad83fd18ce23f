/** The one cache tag per product that every page showing its availability carries. */
export const productTag = (sku: string) => `product:${sku.toUpperCase()}`;
