import type { Village } from '@/lib/content';
import { webMapUrl } from '@/lib/geo';
import type { Thing } from './json-ld';

export interface VillageLdInput {
  village: Pick<Village, 'name' | 'summary' | 'commune' | 'coordinates' | 'contact' | 'cover'>;
  /** Absolute URL of the village page in the page's locale. */
  url: string;
  /** Absolute URL of the cover picture. */
  image: string;
}

const ADDRESS_REGION = 'Hà Nội';

/**
 * The village as a maker: the Organization a product names as its manufacturer, with its name as a
 * Brand. Two nodes, not one typed both: a Brand may carry only a Brand's properties (no address,
 * telephone or email).
 */
export function villageOrganization({
  village,
  url,
}: Pick<VillageLdInput, 'village' | 'url'>): Thing {
  return {
    '@type': 'Organization',
    '@id': `${url}#organization`,
    name: village.name,
    url,
    brand: { '@type': 'Brand', name: village.name, url },
    ...(village.contact.email ? { email: village.contact.email } : {}),
    telephone: village.contact.phone,
    address: postalAddress(village),
  };
}

/** The village as somewhere to go, with its coordinates. */
export function villagePlace({ village, url, image }: VillageLdInput): Thing {
  return {
    '@type': 'Place',
    '@id': `${url}#place`,
    name: village.name,
    description: village.summary,
    url,
    image,
    address: postalAddress(village),
    geo: {
      '@type': 'GeoCoordinates',
      latitude: village.coordinates.lat,
      longitude: village.coordinates.lng,
    },
    hasMap: webMapUrl(village.coordinates),
  };
}

/** Where a village is: its commune, in Hanoi, Vietnam. */
export function postalAddress(village: Pick<Village, 'commune'>): Thing {
  return {
    '@type': 'PostalAddress',
    addressLocality: village.commune,
    addressRegion: ADDRESS_REGION,
    addressCountry: 'VN',
  };
}
