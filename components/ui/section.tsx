import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';
import { heading } from './heading';

/** A titled part of a page: named by its heading for screen readers, the same rhythm everywhere. */
export function Section({
  id,
  title,
  children,
  className,
}: {
  id: string;
  title: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section aria-labelledby={id} className={cn('mb-section', className)}>
      <h2 id={id} className={heading({ level: 'section', className: 'mb-4' })}>
        {title}
      </h2>
      {children}
    </section>
  );
}
