'use client';

export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="bg-leaf-700 hover:bg-leaf-800 rounded px-4 py-2 font-semibold text-white"
    >
      {label}
    </button>
  );
}
