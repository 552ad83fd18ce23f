'use client';

export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded bg-leaf-700 px-4 py-2 font-semibold text-white hover:bg-leaf-800">
      {label}
    </button>
  );
}
