import type { MetadataRoute } from 'next';
import { publicPages, sitemapEntries } from '@/lib/seo/sitemap';

export const revalidate = 3600;

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(publicPages());
}
