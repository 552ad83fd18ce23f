import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { catalogue, locales, villageSlugs } from './helpers';

for (const locale of locales) {
  test(`every page type passes axe in ${locale}`, async ({ page, request }) => {
    const [product] = await catalogue(request, locale);
    const [village] = await villageSlugs(request);
    const pages = [
      `/${locale}`,
      `/${locale}/villages`,
      `/${locale}/villages/${village}`,
      `/${locale}/products`,
      `/${locale}/products?craft=mo-go&sort=price-asc`,
      `/${locale}/products/${product?.slug}`,
      `/${locale}/khong-co-trang-nay`,
    ];
    for (const path of pages) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const summary = violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      expect(summary, path).toEqual([]);
    }
  });
}
