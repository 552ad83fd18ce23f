import { cva, type VariantProps } from 'class-variance-authority';
import type { Locale } from '@/i18n/routing';
import { formatVnd } from '@/lib/format';

const price = cva('whitespace-nowrap tabular-nums', {
  variants: {
    size: {
      sm: 'text-sm',
      md: '',
      lg: 'text-lg',
      xl: 'text-3xl tracking-tight',
    },
    /** Regular in a column of figures (lines, shipping); strong where the price is the point. */
    weight: { regular: 'font-normal', strong: 'font-semibold' },
  },
  defaultVariants: { size: 'md', weight: 'strong' },
});

/**
 * An amount in đồng as the page's language writes it ("320.000 ₫", "₫320,000"), never broken
 * across lines, figures of even width so columns of totals line up. `<data value>` keeps the
 * whole number for machines; the words around it stay the caller's.
 */
export function Price({
  vnd,
  locale,
  size,
  weight,
  className,
}: { vnd: number; locale: Locale; className?: string } & VariantProps<typeof price>) {
  return (
    <data value={vnd} className={price({ size, weight, className })}>
      {formatVnd(vnd, locale)}
    </data>
  );
}
