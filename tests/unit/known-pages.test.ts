import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { isKnownPage, notFoundPath } from '@/lib/known-pages';
import proxy from '@/proxy';

// As a build lists them in .next/prerender-manifest.json.
const built = new Set([
  '/vi',
  '/en',
  '/en/villages',
  '/en/villages/phu-vinh',
  '/vi/products/gio-may-tron-co-nap',
  '/en/not-found',
  '/vi/not-found',
]);

describe('isKnownPage', () => {
  it('knows the pages the build prerendered, with or without a trailing slash', () => {
    expect(isKnownPage('/en', built)).toBe(true);
    expect(isKnownPage('/en/villages/phu-vinh', built)).toBe(true);
    expect(isKnownPage('/en/villages/phu-vinh/', built)).toBe(true);
    expect(isKnownPage('/vi/products/gio-may-tron-co-nap', built)).toBe(true);
  });

  it('does not know a slug, section or locale the build did not make', () => {
    expect(isKnownPage('/en/villages/lang-khong-co', built)).toBe(false);
    expect(isKnownPage('/en/products/gio-may-tron-co-nap', built)).toBe(false); // only /vi was built here
    expect(isKnownPage('/en/villages/phu-vinh/extra', built)).toBe(false);
    expect(isKnownPage('/fr/villages', built)).toBe(false);
  });

  it('knows the pages rendered per request without any build list', () => {
    for (const path of [
      '/en/cart',
      '/vi/search',
      '/en/products',
      '/vi/labels',
      '/en/checkout/success',
      '/vi/orders/CM-20261130-ABCD',
    ]) {
      expect(isKnownPage(path, new Set()), path).toBe(true);
    }
  });

  it('knows a tour’s “booking received” page only for a tour the build has a page for', () => {
    const withTour = new Set([...built, '/en/tours/a-tour']);
    expect(isKnownPage('/en/tours/a-tour/booked', withTour)).toBe(true);
    expect(isKnownPage('/en/tours/a-tour/booked/', withTour)).toBe(true);
    expect(isKnownPage('/vi/tours/a-tour/booked', withTour)).toBe(false); // only /en was built here
    expect(isKnownPage('/en/tours/khong-co/booked', withTour)).toBe(false);
    expect(isKnownPage('/en/tours/khong-co/booked', undefined)).toBe(true); // next dev
  });

  it('knows a short link only for a published product, in any case', () => {
    expect(isKnownPage('/en/q/PV-0001', built)).toBe(true);
    expect(isKnownPage('/vi/q/pv-0001', built)).toBe(true);
    expect(isKnownPage('/en/q/TY-0007', built)).toBe(false); // in content, but not published
    expect(isKnownPage('/en/q/XX-0000', built)).toBe(false);
    expect(isKnownPage('/en/q/PV-0001/more', built)).toBe(false);
    expect(isKnownPage('/en/q', built)).toBe(false);
  });

  it('never treats the 404 page itself as a page that answers 200', () => {
    expect(isKnownPage(notFoundPath('en'), built)).toBe(false);
  });

  it('without a build list (next dev), lets every page answer for itself', () => {
    expect(isKnownPage('/en/villages/lang-khong-co', undefined)).toBe(true);
    expect(isKnownPage('/en/q/XX-0000', undefined)).toBe(false);
  });
});

describe('proxy: unknown short links', () => {
  const get = (path: string, language = 'en-US') =>
    proxy(
      new NextRequest(new URL(`http://localhost:3000${path}`), {
        headers: { 'accept-language': language },
      }),
    );

  it('answers an unknown or withdrawn code with the 404 page in the scanner’s language, status 404', () => {
    for (const [path, language, locale] of [
      ['/q/XX-0000', 'en-US', 'en'],
      ['/Q/TY-0007', 'vi-VN', 'vi'],
    ] as const) {
      const res = get(path, language);
      expect(res.status, path).toBe(404);
      expect(new URL(res.headers.get('x-middleware-rewrite')!).pathname).toBe(
        `/${locale}/not-found`,
      );
      expect(res.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=300');
    }
  });

  it('still hands a known code to the short-link page', () => {
    const res = get('/q/pv-0001');
    expect(res.status).toBe(200);
    expect(new URL(res.headers.get('x-middleware-rewrite')!).pathname).toBe('/en/q/pv-0001');
  });
});
