import { cva, type VariantProps } from 'class-variance-authority';

/**
 * The site's buttons, one definition: a primary action (leaf green), a secondary one (outlined),
 * a danger one (red).
 * `buttonVariants` styles a link that acts as a button the same way. Kept apart from
 * button.tsx so that client leaves take cva alone, not tailwind-merge (cn), into the browser.
 */
export const buttonVariants = cva(
  'inline-flex items-center justify-center gap-2 rounded font-semibold no-underline disabled:opacity-60',
  {
    variants: {
      variant: {
        primary: 'bg-leaf-700 hover:bg-leaf-800 text-white',
        secondary: 'border-leaf-700 text-leaf-800 hover:bg-bamboo-100 border bg-white',
        /** Cancelling or refunding: the desk's irreversible actions. */
        danger: 'bg-red-800 text-white hover:bg-red-900',
      },
      size: {
        sm: 'px-4 py-1.5',
        md: 'px-4 py-2',
        lg: 'px-5 py-2',
      },
      block: { true: 'w-full' },
      /** Long labels (the desk's, in Vietnamese) wrap inside a phone-wide button. */
      wrap: { true: 'text-center whitespace-normal', false: 'whitespace-nowrap' },
    },
    defaultVariants: { variant: 'primary', size: 'md', wrap: false },
  },
);

export type ButtonVariants = VariantProps<typeof buttonVariants>;
