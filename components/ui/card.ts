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

/**
 * The title link of a `link` card: its ::after covers the card, so the whole card is one target and
 * screen readers hear one link, named by the title.
 */
export const cardTitleLink = 'no-underline group-hover:underline after:absolute after:inset-0';

/** The list cards sit in: one column on a phone, two from a tablet, three on a desktop unless `two`. */
export const cardGrid = cva('grid gap-4 sm:grid-cols-2', {
  variants: { columns: { 2: '', 3: 'lg:grid-cols-3' } },
  defaultVariants: { columns: 3 },
});
