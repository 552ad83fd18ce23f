import { getVillage } from '@/lib/content';
import type { NewsItem } from '@/lib/content/news';
import { eventJsonLd } from '@/lib/seo/events-ld';
import { seoPaths } from '@/lib/seo/paths';
import { absoluteUrl, localizedUrl } from '@/lib/seo/urls';
import { postalAddress, villageOrganization } from '@/lib/seo/village-ld';
import { JsonLd } from './json-ld';

/** Event for fairs, exhibitions and training days; plain news items carry none. */
export function NewsJsonLd({ item }: { item: NewsItem }) {
  if (item.kind === 'news') return null;
  const { locale } = item;
  const village = item.village ? getVillage(item.village, locale) : undefined;
  const villageUrl = item.village
    ? localizedUrl(locale, seoPaths.village(item.village))
    : undefined;
  const event = eventJsonLd({
    name: item.title,
    description: item.summary,
    url: localizedUrl(locale, seoPaths.newsItem(item.slug)),
    startDate: item.start,
    endDate: item.end,
    // The place as written, in the village's commune when the item names one.
    location: village
      ? {
          name: item.place,
          url: villageUrl,
          lat: village.coordinates.lat,
          lng: village.coordinates.lng,
          address: { ...postalAddress(village), streetAddress: item.place },
        }
      : {
          name: item.place,
          address: { '@type': 'PostalAddress', streetAddress: item.place, addressCountry: 'VN' },
        },
    image: item.cover && absoluteUrl(item.cover.src),
    organizer:
      village && villageUrl ? villageOrganization({ village, url: villageUrl }) : undefined,
  });
  return <JsonLd data={event} />;
}
