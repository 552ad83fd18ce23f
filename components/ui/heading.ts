import { cva } from 'class-variance-authority';

/**
 * The type scale for headings, one definition: a page's title, a section's, a block's. Semibold
 * and slightly tightened, as Be Vietnam Pro is drawn to be read at size; text-wrap balance keeps
 * a two-line Vietnamese title from leaving one word alone.
 */
export const heading = cva('font-semibold tracking-tight text-balance', {
  variants: {
    level: {
      /** Over a hero photo: white, set by the hero's scrim. */
      hero: 'sm:text-display text-3xl',
      page: 'text-leaf-800 text-3xl sm:text-4xl',
      section: 'text-2xl',
      block: 'text-xl',
    },
  },
  defaultVariants: { level: 'section' },
});
