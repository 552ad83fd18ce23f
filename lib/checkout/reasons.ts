/** Fields whose rule gets its own explanation in messages (CheckoutErrors.reasons.*). */
export const FIELD_REASONS = [
  'quantity',
  'items',
  'sku',
  'locale',
  'method',
  'customer',
  'name',
  'phone',
  'email',
  'line',
  'commune',
  'province',
  'note',
];
