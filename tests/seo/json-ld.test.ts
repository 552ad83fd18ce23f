import { describe, expect, it } from 'vitest';
import { eventJsonLd, isoDuration, touristTrip } from '@/lib/seo/events-ld';
import { breadcrumbList, serializeJsonLd } from '@/lib/seo/json-ld';
import { productJsonLd } from '@/lib/seo/product-ld';
import { villageOrganization, villagePlace } from '@/lib/seo/village-ld';

const village = {
  name: 'Làng mây tre đan Phú Vinh',
  summary: 'Mây tre đan',
  commune: 'xã Phú Nghĩa',
  coordinates: { lat: 20.93, lng: 105.65 },
  contact: { phone: '0900 000 000' },
  cover: { src: '/images/villages/phu-vinh.webp', alt: 'Phú Vinh' },
};
const url = 'https://example.vn/vi/villages/phu-vinh';
const maker = villageOrganization({ village, url });

function product(availability: 'in_stock' | 'sold_out' | 'made_to_order') {
  return productJsonLd({
    product: {
      name: 'Giỏ mây </script><script>alert(1)</script>',
      sku: 'PV-001',
      priceVnd: 350000,
      materials: ['mây', 'tre'],
      weightGrams: 400,
      craft: 'may-tre-dan',
    },
    availability,
    url: 'https://example.vn/vi/products/gio-may',
    images: ['https://example.vn/images/a.webp'],
    description: 'Giỏ',
    maker,
  });
}

describe('Product JSON-LD', () => {
  it('has an Offer in VND with the price and the schema.org availability', () => {
    expect(product('in_stock')).toMatchObject({
      '@type': 'Product',
      sku: 'PV-001',
      brand: { '@type': 'Brand', name: village.name },
      manufacturer: { name: village.name },
      offers: {
        '@type': 'Offer',
        price: 350000,
        priceCurrency: 'VND',
        availability: 'https://schema.org/InStock',
      },
    });
    expect(product('sold_out')).toMatchObject({
      offers: { availability: 'https://schema.org/OutOfStock' },
    });
    expect(product('made_to_order')).toMatchObject({
      offers: { availability: 'https://schema.org/MadeToOrder' },
    });
  });

  it('serializes without any `<` so a name cannot close the script element, and parses back', () => {
    const json = serializeJsonLd([product('in_stock')]);
    expect(json).not.toMatch(/[<>]/);
    const parsed = JSON.parse(json) as { '@context': string; '@graph': { name: string }[] };
    expect(parsed['@context']).toBe('https://schema.org');
    expect(parsed['@graph'][0]?.name).toContain('</script>');
  });
});

describe('village JSON-LD', () => {
  it('is a Place with GeoCoordinates and an Organization with its Brand (a Brand carries no address)', () => {
    expect(villagePlace({ village, url, image: 'https://example.vn/a.webp' })).toMatchObject({
      '@type': 'Place',
      geo: { '@type': 'GeoCoordinates', latitude: 20.93, longitude: 105.65 },
      address: { addressCountry: 'VN', addressRegion: 'Hà Nội' },
    });
    expect(maker).toMatchObject({
      '@type': 'Organization',
      telephone: expect.any(String),
      brand: { '@type': 'Brand', name: maker.name },
    });
    expect(Object.keys(maker.brand as object).sort()).toEqual(['@type', 'name', 'url']);
  });

  it('breadcrumbs are numbered from 1', () => {
    const list = breadcrumbList([
      { name: 'Trang chủ', url: 'a' },
      { name: 'Làng nghề', url: 'b' },
    ]);
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'a' },
      { '@type': 'ListItem', position: 2, name: 'Làng nghề', item: 'b' },
    ]);
  });
});

describe('tour and event JSON-LD', () => {
  it('TouristTrip lists its stops in order with an Offer in VND', () => {
    const trip = touristTrip({
      name: 'Một ngày ở Chương Mỹ',
      description: 'd',
      url: 'u',
      duration: 'PT6H',
      priceVnd: 500000,
      stops: [{ name: 'Phú Vinh', lat: 20.9, lng: 105.6 }, { name: 'Vân Vồ' }],
    });
    expect(trip).toMatchObject({
      '@type': 'TouristTrip',
      duration: 'PT6H',
      offers: { price: 500000, priceCurrency: 'VND' },
      itinerary: { numberOfItems: 2 },
    });
  });

  it.each([
    [4, 'PT4H'],
    [4.5, 'PT4H30M'],
    [0.25, 'PT15M'],
  ])('a %s-hour tour lasts %s', (hours, iso) => {
    expect(isoDuration(hours)).toBe(iso);
  });

  it('Event is scheduled, offline, free unless priced', () => {
    const fair = eventJsonLd({
      name: 'Hội chợ',
      description: 'd',
      url: 'u',
      startDate: '2026-12-20',
      location: { name: 'Phú Vinh' },
    });
    expect(fair).toMatchObject({
      '@type': 'Event',
      eventStatus: 'https://schema.org/EventScheduled',
      isAccessibleForFree: true,
      location: { '@type': 'Place' },
    });
  });
});
