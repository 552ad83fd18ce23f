import localFont from 'next/font/local';

/**
 * Be Vietnam Pro, drawn for Vietnamese: its stacked marks (ệ, ỗ, ử) sit clear of the line above.
 * Two weights, one file each with Latin and Vietnamese together (scripts/subset-fonts.sh), behind
 * the metric-matched fallback next/font generates. `optional`, not preloaded: the face is used
 * when it is at hand within the first moment (a fast line, or any later page), else the page keeps
 * the fallback — on a weak signal a swap moved text after the first paint (CLS 0.01–0.15) and the
 * preloads took bandwidth from the photo the largest paint waits for (bench/results.md).
 */
export const brandFont = localFont({
  src: [
    { path: './be-vietnam-pro-400.woff2', weight: '400', style: 'normal' },
    { path: './be-vietnam-pro-600.woff2', weight: '600', style: 'normal' },
  ],
  display: 'optional',
  variable: '--font-brand',
  adjustFontFallback: 'Arial',
  preload: false,
});
