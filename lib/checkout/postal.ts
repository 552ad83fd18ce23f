/**
 * Places without postal codes, where the checkout must not insist on one: the server's schema
 * (./schema.ts) and the cart's address fields read this one list. Browser-safe.
 */
export const NO_POSTAL_CODE: ReadonlySet<string> = new Set(['AE', 'HK', 'MO', 'QA']);
