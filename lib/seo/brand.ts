// The site's colours for places CSS does not reach (manifest, Open Graph images); they mirror
// --color-leaf-800 and the bamboo shades in app/globals.css.
export const THEME_COLOR = '#234a2c';
export const BRAND = {
  leaf: '#234a2c',
  leafLight: '#2f5d3a',
  bamboo50: '#faf7f0',
  bamboo100: '#f2ead8',
  bamboo200: '#e4d3ad',
  bamboo900: '#2f220e',
} as const;

/** The icons every document names (public site and desk), so no browser asks for /favicon.ico. */
export const SITE_ICONS = { icon: '/icons/icon-192.png', apple: '/icons/apple-touch-icon.png' };
