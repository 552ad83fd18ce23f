import type { Thing } from './json-ld';

/** Builders for the tours and fair/news pages; inputs are plain so they fit whatever content model those pages use. */

export interface PlaceRef {
  name: string;
  url?: string;
  lat?: number;
  lng?: number;
  /** A PostalAddress: Google requires one for an Event's location. */
  address?: Thing;
}

function place(p: PlaceRef): Thing {
  return {
    '@type': 'Place',
    name: p.name,
    ...(p.url ? { url: p.url } : {}),
    ...(p.address ? { address: p.address } : {}),
    ...(p.lat !== undefined && p.lng !== undefined
      ? { geo: { '@type': 'GeoCoordinates', latitude: p.lat, longitude: p.lng } }
      : {}),
  };
}

/** ISO 8601 duration from hours: 4.5 → PT4H30M. */
export function isoDuration(hours: number): string {
  const h = Math.floor(hours);
  const m = Math.round((hours - h) * 60);
  return `PT${h > 0 ? `${h}H` : ''}${m > 0 ? `${m}M` : ''}` || 'PT0H';
}

export interface TourLdInput {
  name: string;
  description: string;
  url: string;
  image?: string;
  /** ISO 8601 duration, e.g. 'PT4H'. */
  duration?: string;
  priceVnd?: number;
  stops: PlaceRef[];
  provider?: Thing;
}

export function touristTrip(t: TourLdInput): Thing {
  return {
    '@type': 'TouristTrip',
    name: t.name,
    description: t.description,
    url: t.url,
    ...(t.image ? { image: t.image } : {}),
    ...(t.duration ? { duration: t.duration } : {}),
    touristType: 'Cultural tourism',
    itinerary: {
      '@type': 'ItemList',
      numberOfItems: t.stops.length,
      itemListElement: t.stops.map((s, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        item: place(s),
      })),
    },
    ...(t.priceVnd !== undefined
      ? { offers: { '@type': 'Offer', price: t.priceVnd, priceCurrency: 'VND', url: t.url } }
      : {}),
    ...(t.provider ? { provider: t.provider } : {}),
  };
}

export interface EventLdInput {
  name: string;
  description: string;
  url: string;
  /** ISO 8601 date or date-time (Asia/Ho_Chi_Minh offset, +07:00, when a time is given). */
  startDate: string;
  endDate?: string;
  location: PlaceRef;
  image?: string;
  organizer?: Thing;
  /** Free fairs say so; a price makes an Offer. */
  priceVnd?: number;
  cancelled?: boolean;
}

export function eventJsonLd(e: EventLdInput): Thing {
  return {
    '@type': 'Event',
    name: e.name,
    description: e.description,
    url: e.url,
    startDate: e.startDate,
    ...(e.endDate ? { endDate: e.endDate } : {}),
    eventStatus: e.cancelled
      ? 'https://schema.org/EventCancelled'
      : 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: place(e.location),
    ...(e.image ? { image: e.image } : {}),
    ...(e.organizer ? { organizer: e.organizer } : {}),
    ...(e.priceVnd !== undefined
      ? { offers: { '@type': 'Offer', price: e.priceVnd, priceCurrency: 'VND', url: e.url } }
      : { isAccessibleForFree: true }),
  };
}
