import localFont from 'next/font/local';

/**
 * Be Vietnam Pro, drawn for Vietnamese: its stacked marks (ệ, ỗ, ử) sit clear of the line above.
 * Two weights, one file each with Latin and Vietnamese together (scripts/subset-fonts.sh), so the
 * metric-matched fallback next/font generates stands in for every letter while it loads: text
 * shows at once in the fallback and the swap moves nothing (CLS 0).
 */
export const brandFont = localFont({
  src: [
    { path: './be-vietnam-pro-400.woff2', weight: '400', style: 'normal' },
    { path: './be-vietnam-pro-600.woff2', weight: '600', style: 'normal' },
  ],
  display: 'swap',
  variable: '--font-brand',
  adjustFontFallback: 'Arial',
});
