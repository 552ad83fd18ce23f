import { cva, type VariantProps } from 'class-variance-authority';
import type { ReactNode } from 'react';

const badge = cva(
  'inline-flex items-center rounded-full border px-2.5 py-0.5 text-xs font-semibold',
  {
    variants: {
      tone: {
        leaf: 'border-leaf-700 text-leaf-800 bg-white',
        bamboo: 'border-bamboo-600 bg-bamboo-100 text-bamboo-800',
      },
    },
    defaultVariants: { tone: 'bamboo' },
  },
);

/** A mark, a status or a "sample" note: small, rounded, never a link by itself. */
export function Badge({ children, tone }: { children: ReactNode } & VariantProps<typeof badge>) {
  return <span className={badge({ tone })}>{children}</span>;
}
