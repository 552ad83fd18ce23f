import { describe, expect, it } from 'vitest';
import { getProduct, getProducts } from '@/lib/content';
import { moreFromVillage, similarTo } from '@/lib/related';

describe('what a product page suggests next', () => {
  const products = getProducts('vi');
  const soldOut = getProduct('long-chim-may', 'vi')!;

  it('more from the village: up to four of its other pieces, in the catalogue’s order', () => {
    const more = moreFromVillage(soldOut, products);
    expect(more.length).toBeGreaterThan(0);
    expect(more.length).toBeLessThanOrEqual(4);
    expect(more.every((p) => p.village === soldOut.village)).toBe(true);
    expect(more.map((p) => p.sku)).not.toContain(soldOut.sku);
    const featuredFirst = more.map((p) => Boolean(p.featured));
    expect(featuredFirst).toEqual([...featuredFirst].sort((a, b) => Number(b) - Number(a)));
  });

  it('similar pieces: the same craft, none sold out, none already shown', () => {
    const more = moreFromVillage(soldOut, products);
    const similar = similarTo(soldOut, products, more);
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.length).toBeLessThanOrEqual(4);
    for (const p of similar) {
      expect(p.craft).toBe(soldOut.craft);
      expect(p.availability).not.toBe('sold_out');
      expect(p.sku).not.toBe(soldOut.sku);
      expect(more.map((m) => m.sku)).not.toContain(p.sku);
    }
  });

  it('similar pieces sharing tags come before those that share none', () => {
    const tagged = products.find((p) => (p.tags?.length ?? 0) > 0 && p.craft === soldOut.craft);
    if (!tagged) return expect.fail('sample content has a tagged piece of this craft');
    const similar = similarTo(tagged, products, [], 50);
    const shares = similar.map((p) => (p.tags ?? []).some((t) => tagged.tags!.includes(t)));
    expect(shares).toContain(true);
    expect(shares).toContain(false);
    expect(shares).toEqual([...shares].sort((a, b) => Number(b) - Number(a)));
  });
});
