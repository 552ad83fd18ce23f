/**
 * Folds Vietnamese for matching: "Mây tre Đan" → "may tre dan". NFD splits the tone and vowel marks off
 * so they can be dropped; đ is a letter of its own (not d + a mark), so it is mapped by hand.
 */
export function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

export function tokens(value: string): string[] {
  return fold(value)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
