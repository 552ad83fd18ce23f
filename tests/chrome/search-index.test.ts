import { describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/search/[locale]/route';
import { getProducts, getVillages } from '@/lib/content';
import { searchIndex } from '@/lib/search/build';
import { search, toEntry, toHit, type SearchEntry } from '@/lib/search/rank';
import { editDistance, suggest } from '@/lib/search/suggest';

// Outside Next there is no request to take messages from: the same messages, through use-intl's core.
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('use-intl/core');
  const { loadMessages } = await import('@/i18n/messages');
  return {
    getTranslations: async ({ locale, namespace }: { locale: 'vi' | 'en'; namespace: string }) =>
      createTranslator({ locale, messages: await loadMessages(locale), namespace }),
  };
});

async function served(locale: string): Promise<SearchEntry[]> {
  const res = await GET(new Request(`http://x/api/search/${locale}`), {
    params: Promise.resolve({ locale }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as SearchEntry[];
}

describe('the search index a browser downloads', () => {
  it.each(['vi', 'en'] as const)(
    'gives each product (%s) its first photo, its village and its price',
    async (locale) => {
      const index = await served(locale);
      const products = getProducts(locale);
      expect(products.length).toBeGreaterThan(10);
      for (const p of products) {
        const entry = index.find((e) => e.url === `/${locale}/products/${p.slug}`);
        expect(entry, p.slug).toBeDefined();
        expect(entry?.img).toBe(p.images[0]?.src);
        expect(entry?.price).toBe(p.priceVnd);
        expect(entry?.detail).toBe(p.villageName);
      }
    },
  );

  it('gives villages their cover and no price (only products have one)', async () => {
    const index = await searchIndex('en');
    for (const v of getVillages('en')) {
      const entry = index.find((e) => e.url === `/en/villages/${v.slug}`);
      expect(entry?.img).toBe(v.cover.src);
      expect(entry).not.toHaveProperty('price');
    }
    expect(index.every((e) => e.img?.startsWith('/images/'))).toBe(true);
  });

  it('stays small: one short path and one number more an entry, the whole index under 32 kB', async () => {
    const index = await served('vi');
    for (const e of index) expect(e.img?.length ?? 0, e.url).toBeLessThan(80);
    expect(JSON.stringify(index).length).toBeLessThan(32_000);
  });

  it('a result carries the thumbnail and price to the page, not the folded tokens', () => {
    const hit = toHit(
      toEntry({
        kind: 'product',
        title: 'Giỏ mây',
        url: '/vi/products/gio-may',
        detail: 'Phú Vinh',
        body: 'mây',
        img: '/images/p.webp',
        price: 320000,
      }),
    );
    expect(hit).toEqual({
      kind: 'product',
      title: 'Giỏ mây',
      url: '/vi/products/gio-may',
      detail: 'Phú Vinh',
      img: '/images/p.webp',
      price: 320000,
    });
  });
});

describe('suggestions when nothing matches', () => {
  it('measures typos', () => {
    expect(editDistance('mai', 'may', 1)).toBe(1);
    expect(editDistance('rattn', 'rattan', 2)).toBe(1);
    expect(editDistance('lotus', 'rattan', 2)).toBe(3);
    expect(editDistance('thue', 'theu', 1)).toBe(1);
  });

  it('corrects a misspelt Vietnamese query, written with its diacritics', async () => {
    const index = await searchIndex('vi');
    expect(search(index, 'gio mai')).toEqual([]);
    const tries = suggest(index, 'gio mai');
    expect(tries).toContain('giỏ mây');
    for (const q of tries) expect(search(index, q).length, q).toBeGreaterThan(0);
  });

  it('corrects vowels typed in the wrong order', async () => {
    const index = await searchIndex('vi');
    expect(search(index, 'thue ren')).toEqual([]);
    expect(suggest(index, 'thue ren')[0]).toBe('thêu ren');
  });

  it('corrects a misspelt English word', async () => {
    const index = await searchIndex('en');
    expect(search(index, 'rattn')).toEqual([]);
    expect(suggest(index, 'rattn')[0]).toBe('rattan');
  });

  it('drops the word that makes two good words match nothing together', async () => {
    const index = await searchIndex('en');
    expect(search(index, 'rattan lotus')).toEqual([]);
    expect(suggest(index, 'rattan lotus')).toEqual(expect.arrayContaining(['rattan', 'lotus']));
  });

  it('offers nothing when the query already matches, or when nothing is close', async () => {
    const index = await searchIndex('vi');
    expect(suggest(index, 'mây')).toEqual([]);
    expect(suggest(index, 'xyzzyqwv')).toEqual([]);
    expect(suggest(index, '')).toEqual([]);
  });
});
