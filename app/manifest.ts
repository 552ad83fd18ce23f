import type { MetadataRoute } from 'next';
import { THEME_COLOR } from '@/lib/seo/brand';

// One manifest for the site, in Vietnamese: it is what a village shop adds to the home screen.
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: 'Làng nghề Chương Mỹ',
    short_name: 'Làng nghề CM',
    description: 'Mây tre đan, đồ gỗ và thêu ren từ các làng nghề Chương Mỹ, Hà Nội',
    lang: 'vi',
    dir: 'ltr',
    start_url: '/vi',
    scope: '/',
    display: 'standalone',
    background_color: '#faf7f0',
    theme_color: THEME_COLOR,
    categories: ['shopping', 'travel'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
