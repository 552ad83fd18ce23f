import { describe, expect, it } from 'vitest';
import { VILLAGE_PAGE_PRODUCTS } from '@/lib/catalogue';
import {
  isCacheableImage,
  isCacheablePage,
  isPrivatePath,
  productLinks,
  productPage,
  scanSku,
  skuOnPage,
  villageLink,
  WARM_LIMIT,
} from '@/worker/routes';

const ORIGIN = 'https://example.vn';
const page = (path: string) => isCacheablePage(new URL(path, ORIGIN), ORIGIN);

describe('service worker routes', () => {
  it.each([
    '/en/checkout/success',
    '/vi/orders/CM-2026-000001',
    '/api/checkout',
    '/desk',
    '/desk/orders',
    '/q/PV-001',
    '/Q/PV-001',
    '/vi/labels',
  ])('never caches %s', (path) => {
    expect(isPrivatePath(path)).toBe(true);
    expect(page(path)).toBe(false);
  });

  it.each([
    '/vi',
    '/en/villages',
    '/vi/villages/phu-vinh',
    '/en/products',
    '/vi/products/gio-may',
    '/en/tours/mot-ngay',
    '/vi/news',
  ])('caches the public page %s', (path) => {
    expect(page(path)).toBe(true);
  });

  it('leaves other origins, query strings and unknown sections alone', () => {
    expect(isCacheablePage(new URL('/vi/products/x', 'https://other.example'), ORIGIN)).toBe(false);
    expect(page('/vi/products?craft=mo-go')).toBe(false);
    expect(page('/vi/products/x/opengraph-image')).toBe(false);
    expect(page('/vi/search')).toBe(false);
  });

  it('caches pictures', () => {
    expect(
      isCacheableImage(new URL('/_next/image?url=%2Fimages%2Fa.webp&w=640&q=75', ORIGIN), ORIGIN),
    ).toBe(true);
    expect(isCacheableImage(new URL('/images/products/a.webp', ORIGIN), ORIGIN)).toBe(true);
    expect(isCacheableImage(new URL('/api/products', ORIGIN), ORIGIN)).toBe(false);
  });

  it('finds the village of a product page and a bounded list of its products', () => {
    expect(productPage('/vi/products/gio-may')).toEqual({ locale: 'vi', slug: 'gio-may' });
    expect(productPage('/vi/villages/phu-vinh')).toBeUndefined();
    expect(
      villageLink('<a href="/vi/villages">x</a><a href="/vi/villages/phu-vinh">Phú Vinh</a>', 'vi'),
    ).toBe('/vi/villages/phu-vinh');
    const html =
      Array.from({ length: 30 }, (_, i) => `<a href="/vi/products/p-${i % 20}">`).join('') +
      '<a href="/en/products/other">';
    const links = productLinks(html, 'vi');
    expect(links).toHaveLength(WARM_LIMIT);
    expect(new Set(links).size).toBe(WARM_LIMIT);
    expect(links.every((l) => l.startsWith('/vi/products/'))).toBe(true);
  });

  it('warms as many products as a village page lists, so every one shown there opens without signal', () => {
    expect(WARM_LIMIT).toBe(VILLAGE_PAGE_PRODUCTS);
  });

  it('maps a printed QR link to the SKU a stored product page shows', () => {
    expect(scanSku('/Q/PV-001')).toBe('PV-001');
    expect(scanSku('/q/pv-001')).toBe('PV-001');
    expect(scanSku('/qr/PV-001.svg')).toBeUndefined();
    expect(scanSku('/vi/q/PV-001')).toBeUndefined();
    expect(skuOnPage('<img src="/qr/PV-001.svg" alt="">')).toBe('PV-001');
    expect(
      skuOnPage('<script type="application/ld+json">{"@type":"Product","sku":"QB-0002"}</script>'),
    ).toBe('QB-0002');
    expect(skuOnPage('<p>no code</p>')).toBeUndefined();
  });
});
