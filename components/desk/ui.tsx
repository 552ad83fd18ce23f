import type { ComponentProps, ReactNode } from 'react';
import { buttonVariants } from '@/components/ui/button-variants';
import { card } from '@/components/ui/card';
import { control } from '@/components/ui/field';

export const buttonClass = buttonVariants({ wrap: true });
export const dangerButtonClass = buttonVariants({ variant: 'danger', wrap: true });
/** Buttons at the bottom of an order page: the width of a phone, within a thumb's reach. */
export const thumbButtonClass = `${buttonClass} min-h-12 w-full md:w-auto`;
export const thumbDangerButtonClass = `${dangerButtonClass} min-h-12 w-full md:w-auto`;
export const inputClass = control({ size: 'lg' });
export const fieldsetClass = card({ className: 'min-w-0' });

/** A labelled input: the label names it for screen readers and enlarges its click target. */
export function Field({
  label,
  hint,
  ...input
}: ComponentProps<'input'> & { label: string; name: string; hint?: string }) {
  const id = input.id ?? `field-${input.name}`;
  return (
    <p className="mb-3 flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <input
        id={id}
        className={inputClass}
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...input}
      />
      {hint && (
        <span id={`${id}-hint`} className="text-bamboo-700 text-sm">
          {hint}
        </span>
      )}
    </p>
  );
}

/** The outcome of the last action: a polite status, or an alert when nothing changed. */
export function Notice({ tone, children }: { tone: 'ok' | 'error'; children: ReactNode }) {
  return tone === 'ok' ? (
    <p
      role="status"
      className="border-leaf-700 text-leaf-800 mb-4 rounded border bg-white px-3 py-2"
    >
      {children}
    </p>
  ) : (
    <p role="alert" className="mb-4 rounded border border-red-800 bg-red-50 px-3 py-2 text-red-900">
      {children}
    </p>
  );
}

/** A desk list: column headings, or a sentence when there is nothing to list. */
export function DeskTable({
  headings,
  empty,
  children,
}: {
  headings: string[];
  empty: string;
  children: ReactNode[];
}) {
  if (children.length === 0) return <p>{empty}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-bamboo-200 border-b">
            {headings.map((h) => (
              <th key={h} scope="col" className="px-2 py-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export const cellClass = 'px-2 py-2';
