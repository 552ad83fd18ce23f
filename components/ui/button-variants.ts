import { cva, type VariantProps } from 'class-variance-authority';

/**
 * The site's buttons, one definition: a primary action (leaf green), a secondary one (outlined).
 * `buttonVariants` styles a link that acts as a button the same way. Kept apart from
 * button.tsx so that client leaves take cva alone, not tailwind-merge (cn), into the browser.
 */
export const buttonVariants = cva(
  'inline-flex items-center justify-center gap-2 rounded font-semibold whitespace-nowrap no-underline disabled:opacity-60',
  {
    variants: {
      variant: {
        primary: 'bg-leaf-700 hover:bg-leaf-800 text-white',
        secondary: 'border-leaf-700 text-leaf-800 hover:bg-bamboo-100 border bg-white',
      },
      size: {
        sm: 'px-4 py-1.5',
        md: 'px-4 py-2',
        lg: 'px-5 py-2',
      },
      block: { true: 'w-full' },
    },
    defaultVariants: { variant: 'primary', size: 'md' },
  },
);

export type ButtonVariants = VariantProps<typeof buttonVariants>;
