/** Pure naming rules for new content: slugs from Vietnamese names, the next SKU, a village's SKU prefix. */

/** "Giỏ mây đựng đồ" → "gio-may-dung-do": no diacritics, lower-case, dashes. */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The slug itself when free, else slug-2, slug-3, … (slugs are unique site-wide). */
export function freeSlug(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug;
  let n = 2;
  while (taken.has(`${slug}-${n}`)) n += 1;
  return `${slug}-${n}`;
}

/**
 * One past the highest number ever used with this prefix, in products or in the SKU registry:
 * a retired SKU may still be on a label somewhere, so numbers are never reused to fill gaps.
 */
export function nextSku(prefix: string, used: Iterable<string>): string {
  const pattern = new RegExp(`^${prefix}-(\\d+)$`, 'i');
  let highest = 0;
  for (const sku of used) {
    const n = pattern.exec(sku)?.[1];
    if (n !== undefined) highest = Math.max(highest, Number(n));
  }
  return `${prefix}-${String(highest + 1).padStart(4, '0')}`;
}

/** "Phú Vinh" → "PV", "Đông Phương Yên" → "DPY"; lengthened with more letters while taken. */
export function suggestSkuPrefix(name: string, taken: ReadonlySet<string>): string {
  const words = slugify(name).split('-').filter(Boolean);
  const initials = words
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase()
    .slice(0, 4);
  const letters = words.join('').toUpperCase();
  const candidates = [initials, ...[2, 3, 4].map((n) => letters.slice(0, n))].filter((c) =>
    /^[A-Z]{2,4}$/.test(c),
  );
  return candidates.find((c) => !taken.has(c)) ?? initials.padEnd(2, 'X');
}

/** A price or a count as people type it: "250.000", "250 000 đ", "250000₫" → 250000. */
export function parseWholeNumber(raw: string): number | undefined {
  const cleaned = raw.trim().replace(/\s|\.|,|đ|₫|vnd/gi, '');
  return /^\d+$/.test(cleaned) ? Number(cleaned) : undefined;
}
