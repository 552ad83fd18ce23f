// Page paths without the locale, matching lib/paths.ts (which always includes one): the form
// canonical URLs, hreflang alternates and the sitemap are built from.
export const seoPaths = {
  home: '/',
  villages: '/villages',
  village: (slug: string) => `/villages/${slug}`,
  products: '/products',
  product: (slug: string) => `/products/${slug}`,
  tours: '/tours',
  tour: (slug: string) => `/tours/${slug}`,
  artisans: '/artisans',
  artisan: (slug: string) => `/artisans/${slug}`,
  news: '/news',
  newsItem: (slug: string) => `/news/${slug}`,
  programmes: '/programmes',
  programme: (slug: string) => `/programmes/${slug}`,
  marks: '/marks',
  map: '/map',
  policy: (slug: string) => `/policies/${slug}`,
};
