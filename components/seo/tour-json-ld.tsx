import { getTranslations } from 'next-intl/server';
import { getVillage } from '@/lib/content';
import type { Tour } from '@/lib/content/tours';
import { isoDuration, touristTrip } from '@/lib/seo/events-ld';
import { breadcrumbList } from '@/lib/seo/json-ld';
import { seoPaths } from '@/lib/seo/paths';
import { absoluteUrl, localizedUrl } from '@/lib/seo/urls';
import { JsonLd } from './json-ld';

/** TouristTrip (stops = the tour's villages, with coordinates) + BreadcrumbList for a tour page. */
export async function TourJsonLd({ tour }: { tour: Tour }) {
  const { locale } = tour;
  const nav = await getTranslations({ locale, namespace: 'Nav' });
  const url = localizedUrl(locale, seoPaths.tour(tour.slug));
  const stops = tour.villages.map((slug) => {
    const v = getVillage(slug, locale);
    return v
      ? {
          name: v.name,
          url: localizedUrl(locale, seoPaths.village(slug)),
          lat: v.coordinates.lat,
          lng: v.coordinates.lng,
        }
      : { name: slug };
  });
  const trip = touristTrip({
    name: tour.title,
    description: tour.summary,
    url,
    image: absoluteUrl(tour.cover.src),
    duration: isoDuration(tour.durationHours),
    priceVnd: tour.priceVnd,
    stops,
  });
  const crumbs = breadcrumbList([
    { name: nav('home'), url: localizedUrl(locale, seoPaths.home) },
    { name: tour.title, url },
  ]);
  return <JsonLd data={[trip, crumbs]} />;
}
