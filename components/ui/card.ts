import { cva } from 'class-variance-authority';

/**
 * The site's one surface: white, a hairline border, the card radius and a soft shadow. `link`
 * cards (a whole card that opens a page) lift on hover; their photo keeps the same crop
 * everywhere (16:9 for places and tours, 1:1 for products). Plain cva, so client leaves can use it.
 */
export const card = cva('border-bamboo-200 rounded-card shadow-card border bg-white', {
  variants: {
    padding: { none: '', sm: 'p-3', md: 'p-4', lg: 'p-5' },
    link: {
      true: 'group hover:shadow-card-hover relative flex h-full flex-col overflow-hidden transition-shadow',
    },
  },
  defaultVariants: { padding: 'md' },
});
