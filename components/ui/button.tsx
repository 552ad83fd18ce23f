import type { ButtonHTMLAttributes } from 'react';
import { cn } from '@/lib/cn';
import { buttonVariants, type ButtonVariants } from './button-variants';

/** A button in the site's style, for Server Components; client leaves use buttonVariants. */
export function Button({
  variant,
  size,
  block,
  wrap,
  className,
  type = 'button',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & ButtonVariants) {
  return (
    <button
      type={type}
      className={cn(buttonVariants({ variant, size, block, wrap }), className)}
      {...props}
    />
  );
}
