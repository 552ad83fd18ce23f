'use client';
import { buttonVariants } from '@/components/ui/button-variants';

export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={buttonVariants()}>
      {label}
    </button>
  );
}
