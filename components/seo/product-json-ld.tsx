import { getTranslations } from 'next-intl/server';
import { getVillage, type Availability, type Product } from '@/lib/content';
import { breadcrumbList } from '@/lib/seo/json-ld';
import { productDescription } from '@/lib/seo/page-metadata';
import { seoPaths } from '@/lib/seo/paths';
import { productJsonLd } from '@/lib/seo/product-ld';
import { absoluteUrl, localizedUrl } from '@/lib/seo/urls';
import { villageOrganization } from '@/lib/seo/village-ld';
import { JsonLd } from './json-ld';

/** Product + Offer (live availability) + BreadcrumbList for a product page. */
export async function ProductJsonLd({
  product,
  availability,
}: {
  product: Product;
  /** Live, as the route read it. */
  availability: Availability;
}) {
  const { locale } = product;
  const nav = await getTranslations({ locale, namespace: 'Nav' });
  const village = getVillage(product.village, locale);
  const url = localizedUrl(locale, seoPaths.product(product.slug));
  const villageUrl = localizedUrl(locale, seoPaths.village(product.village));
  const maker = village
    ? villageOrganization({ village, url: villageUrl })
    : { '@type': 'Organization', name: product.villageName, url: villageUrl };
  const data = productJsonLd({
    product,
    availability,
    url,
    images: product.images.map((i) => absoluteUrl(i.src)),
    description: await productDescription(product),
    maker,
  });
  const crumbs = breadcrumbList([
    { name: nav('home'), url: localizedUrl(locale, seoPaths.home) },
    { name: nav('products'), url: localizedUrl(locale, seoPaths.products) },
    { name: product.name, url },
  ]);
  return <JsonLd data={[data, crumbs]} />;
}
