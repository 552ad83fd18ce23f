'use client';

import { useEffect, useState } from 'react';
import { CACHES, pageName, savedPaths, titleElement } from '@/lib/offline';
import { heading as headingClass } from '@/components/ui/heading';

interface Saved {
  path: string;
  name: string;
}

/** The title's text, from the start of a stored page's HTML. */
async function nameOf(response: Response | undefined, fallback: string): Promise<string> {
  const title = response && titleElement(await response.text());
  if (!title) return fallback;
  const text = new DOMParser().parseFromString(title, 'text/html').title;
  return text ? pageName(text) : fallback;
}

/**
 * The pages of this locale kept on this phone by the service worker (worker/sw.ts), by name: what
 * can be opened without signal. Read from Cache Storage in the browser; nothing on the server.
 */
export function SavedPages({
  locale,
  heading,
  none,
}: {
  locale: string;
  heading: string;
  none: string;
}) {
  const [saved, setSaved] = useState<Saved[] | undefined>();
  useEffect(() => {
    let live = true;
    void (async () => {
      if (!('caches' in window)) return setSaved([]);
      const cache = await caches.open(CACHES.pages);
      const paths = savedPaths(
        (await cache.keys()).map((r) => r.url),
        locale,
      );
      const list = await Promise.all(
        paths.map(async (path) => ({
          path,
          name: await nameOf(await cache.match(path, { ignoreVary: true }), path),
        })),
      );
      if (live) setSaved(list);
    })();
    return () => {
      live = false;
    };
  }, [locale]);
  return (
    <section aria-labelledby="saved-pages" className="mt-6">
      <h2 id="saved-pages" className={headingClass({ level: 'block', className: 'mb-2' })}>
        {heading}
      </h2>
      {saved?.length === 0 && <p>{none}</p>}
      {saved && saved.length > 0 && (
        <ul className="grid gap-2" data-testid="saved-pages">
          {saved.map((s) => (
            <li key={s.path}>
              <a href={s.path} className="link">
                {s.name}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
