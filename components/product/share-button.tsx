'use client';

import { useState } from 'react';

/**
 * The phone's own share sheet where there is one (Web Share API), else the link copied to the
 * clipboard, else the link shown to copy by hand. The address is this page's, in this language.
 */
export function ShareButton({
  title,
  path,
  labels,
}: {
  title: string;
  path: string;
  labels: { share: string; copied: string; copyThis: string };
}) {
  const [result, setResult] = useState<'copied' | { manual: string } | null>(null);
  async function share() {
    const url = new URL(path, window.location.origin).href;
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        // The visitor closed the sheet: nothing to do. Anything else falls through to copying.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setResult('copied');
    } catch {
      setResult({ manual: url });
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <button
        type="button"
        onClick={() => void share()}
        className="border-bamboo-600 text-leaf-800 hover:bg-bamboo-100 rounded border bg-white px-3 py-1.5 font-semibold"
      >
        {labels.share}
      </button>
      <p role="status">
        {result === 'copied' && labels.copied}
        {result && result !== 'copied' && (
          <>
            {labels.copyThis} <span className="break-all select-all">{result.manual}</span>
          </>
        )}
      </p>
    </div>
  );
}
