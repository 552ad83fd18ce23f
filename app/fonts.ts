import localFont from 'next/font/local';

// Be Vietnam Pro from @fontsource (no download at build). Fontsource splits the font into subsets;
// the Latin and Vietnamese faces together cover every Vietnamese letter, and the browser falls back
// face by face for glyphs a subset lacks.
export const sans = localFont({
  src: [
    { path: '../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-700-normal.woff2', weight: '700', style: 'normal' },
    { path: '../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-be-vietnam',
  display: 'swap',
  // Not preloaded: four preloaded files (~70 kB) would race the product photo (the page's largest
  // paint) on a weak signal. The text shows at once in the size-adjusted fallback and swaps in.
  preload: false,
  adjustFontFallback: 'Arial',
});
