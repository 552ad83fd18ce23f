import { getTranslations } from 'next-intl/server';
import type { Village } from '@/lib/content';
import { breadcrumbList } from '@/lib/seo/json-ld';
import { seoPaths } from '@/lib/seo/paths';
import { absoluteUrl, localizedUrl } from '@/lib/seo/urls';
import { villageOrganization, villagePlace } from '@/lib/seo/village-ld';
import { JsonLd } from './json-ld';

/** Place (with coordinates) + Organization/Brand + BreadcrumbList for a village page. */
export async function VillageJsonLd({ village }: { village: Village }) {
  const { locale } = village;
  const nav = await getTranslations({ locale, namespace: 'Nav' });
  const url = localizedUrl(locale, seoPaths.village(village.slug));
  const crumbs = breadcrumbList([
    { name: nav('home'), url: localizedUrl(locale, seoPaths.home) },
    { name: nav('villages'), url: localizedUrl(locale, seoPaths.villages) },
    { name: village.name, url },
  ]);
  return (
    <JsonLd
      data={[
        villagePlace({ village, url, image: absoluteUrl(village.cover.src) }),
        villageOrganization({ village, url }),
        crumbs,
      ]}
    />
  );
}
