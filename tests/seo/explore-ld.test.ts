import { describe, expect, it } from 'vitest';
import { NewsJsonLd } from '@/components/seo/news-json-ld';
import { getNews } from '@/lib/content/news';

describe('news JSON-LD from content', () => {
  const items = getNews('vi');

  it('fairs, exhibitions and training days are Events with a start date and a place; plain news has none', () => {
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const element = NewsJsonLd({ item });
      if (item.kind === 'news') {
        expect(element).toBeNull();
        continue;
      }
      expect(element?.props).toMatchObject({
        data: {
          '@type': 'Event',
          name: item.title,
          startDate: item.start,
          location: { '@type': 'Place', name: item.place },
        },
      });
    }
  });
});
