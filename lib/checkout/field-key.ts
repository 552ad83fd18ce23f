/**
 * A request field's name as the cart form names its input: `customer.address.commune` → `commune`,
 * `items[2].quantity` → `quantity`. Shared by the API's messages and the form that shows them.
 */
export function fieldKey(field: string): string {
  return (
    field
      .split('.')
      .at(-1)
      ?.replace(/\[\d+\]$/, '') ?? field
  );
}
