'use client';

import { useState } from 'react';

/** Copies one value (account number, amount, transfer note) for pasting into a banking app. */
export function CopyButton({
  value,
  label,
  copied,
}: {
  value: string;
  label: string;
  copied: string;
}) {
  const [done, setDone] = useState(false);
  return (
    <button
      type="button"
      onClick={() =>
        navigator.clipboard.writeText(value).then(
          () => setDone(true),
          () => setDone(false),
        )
      }
      className="border-leaf-700 text-leaf-800 hover:bg-bamboo-100 rounded border px-2 py-0.5 text-xs font-semibold"
    >
      <span aria-live="polite">{done ? copied : label}</span>
    </button>
  );
}
