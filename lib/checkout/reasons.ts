/** Fields whose rule gets its own explanation in messages (CheckoutErrors.reasons.*). */
export const FIELD_REASONS = [
  'quantity',
  'items',
  'sku',
  'locale',
  'method',
  'shipping',
  'customer',
  'name',
  'phone',
  'email',
  'country',
  'address',
  'line',
  'line2',
  'commune',
  'district',
  'province',
  'city',
  'region',
  'postalCode',
  'note',
];

/** Reasons a check names itself (lib/checkout/schema.ts): rules across fields, an empty phone. */
export const RULE_REASONS = ['cod_abroad', 'country_shipping', 'phone_empty'];
