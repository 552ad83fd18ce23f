'use client';

import { useActionState, type ReactNode } from 'react';

/** A desk server action: it ends in a redirect, so a form has no state of its own to show. */
export type DeskAction = (state: void, data: FormData) => Promise<void>;

/**
 * A form that runs a server action and carries a real address: for a bare server action React
 * writes action="", which is not valid HTML; useActionState's permalink is written instead. Before
 * scripts run (or without them) the browser posts to that address and the action runs the same.
 */
export function PostForm({
  action,
  permalink,
  className,
  children,
}: {
  action: DeskAction;
  /** The page the form is on, which the action redirects back to or away from. */
  permalink: string;
  className?: string;
  children: ReactNode;
}) {
  const [, formAction] = useActionState(action, undefined, permalink);
  return (
    <form action={formAction} className={className}>
      {children}
    </form>
  );
}
