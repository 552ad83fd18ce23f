import { cva } from 'class-variance-authority';

/**
 * Form fields, one look: a control (input, select, textarea) with a firm border that thickens
 * and turns red when the server marks it invalid (aria-invalid), its label, hint and error lines.
 * Plain cva and strings, so the client forms take them without tailwind-merge.
 */
export const control = cva(
  'border-bamboo-600 text-bamboo-900 rounded-md border bg-white aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-800',
  {
    variants: {
      size: { sm: 'px-1.5 py-0.5 text-sm', md: 'px-2.5 py-1.5', lg: 'px-3 py-2 text-base' },
      width: { full: 'w-full', auto: '' },
    },
    defaultVariants: { size: 'md', width: 'full' },
  },
);

export const fieldLabel = 'block text-sm font-semibold';
export const fieldHint = 'text-bamboo-800 mt-0.5 text-xs';
export const fieldError = 'mt-0.5 text-sm font-semibold text-red-800';
