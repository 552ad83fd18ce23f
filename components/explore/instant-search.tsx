'use client';

import { getImageProps } from 'next/image';
import { useState, type ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import { search, SHOWN_RESULTS, type SearchEntry, type SearchHit } from '@/lib/search/rank';
import { suggest } from '@/lib/search/suggest';
import { buttonVariants } from '@/components/ui/button-variants';
import { card } from '@/components/ui/card';
import { Price } from '@/components/ui/price';
import { control } from '@/components/ui/field';

interface Labels {
  label: string;
  placeholder: string;
  submit: string;
  hint: string;
  /** Raw templates with {q} and {count}: the client fills them in without an i18n runtime. */
  resultsNone: string;
  resultsOne: string;
  resultsMany: string;
  /** With {shown}: said when there are more matches than the page lists. */
  resultsShown: string;
  kinds: Record<SearchEntry['kind'], string>;
  tryInstead: string;
  price: string;
}

// One download per page view, shared by every keystroke; a failed one is tried again on the next.
const indexes = new Map<string, Promise<SearchEntry[]>>();

function loadIndex(url: string): Promise<SearchEntry[]> {
  let index = indexes.get(url);
  if (!index) {
    index = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.json() as Promise<SearchEntry[]>;
    });
    index.catch(() => indexes.delete(url));
    indexes.set(url, index);
  }
  return index;
}

function summary(labels: Labels, q: string, count: number): string {
  const template =
    count === 0 ? labels.resultsNone : count === 1 ? labels.resultsOne : labels.resultsMany;
  return template.replace('{q}', q).replace('{count}', String(count));
}

// 64 px on screen: the optimizer's 96 and 128 px widths for 1× and 2× screens (next.config.mjs).
function Thumbnail({ src }: { src: string }) {
  const { props } = getImageProps({ src, alt: '', width: 64, height: 64 });
  // eslint-disable-next-line @next/next/no-img-element -- next/image's own markup, from getImageProps
  return <img {...props} alt="" className="size-16 flex-none rounded object-cover" />;
}

/**
 * The search box and its results. The server renders it with the URL's query and its results, so they
 * are there without JavaScript (the form is a plain GET). With JavaScript, the index
 * (`indexUrl`, built with the site) is fetched when the box is first used and results follow each
 * keystroke; until it arrives the server's results stay, labelled with their own query.
 */
export function InstantSearch({
  action,
  indexUrl,
  initialQuery,
  initialResults,
  initialTotal,
  initialSuggestions,
  noMatch,
  locale,
  labels,
}: {
  action: string;
  indexUrl: string;
  initialQuery: string;
  initialResults: SearchHit[];
  initialTotal: number;
  /** Queries that do match, offered when the URL's query matches nothing (lib/search/suggest.ts). */
  initialSuggestions: string[];
  /** Shown under the suggestions when nothing matches: ways to browse instead. */
  noMatch: ReactNode;
  locale: Locale;
  labels: Labels;
}) {
  const [query, setQuery] = useState(initialQuery);
  const [index, setIndex] = useState<SearchEntry[]>();
  const load = () => {
    if (!index) loadIndex(indexUrl).then(setIndex, () => {});
  };
  const shownQuery = (index ? query : initialQuery).trim();
  const found = index ? search(index, query) : undefined;
  const results: SearchHit[] = found ? found.slice(0, SHOWN_RESULTS) : initialResults;
  const total = found ? found.length : initialTotal;
  const tries = index ? suggest(index, query) : initialSuggestions;
  return (
    <>
      <form
        method="get"
        action={action}
        role="search"
        className="mb-6 flex flex-wrap items-end gap-3"
      >
        <label className="flex min-w-0 flex-1 flex-col text-sm">
          <span className="mb-1 font-semibold">{labels.label}</span>
          <input
            type="search"
            name="q"
            value={query}
            onFocus={load}
            onChange={(e) => {
              setQuery(e.target.value);
              load();
            }}
            placeholder={labels.placeholder}
            autoComplete="off"
            aria-describedby="search-hint"
            className={control({ size: 'lg' })}
          />
        </label>
        <button type="submit" className={buttonVariants()}>
          {labels.submit}
        </button>
        <p id="search-hint" className="text-bamboo-800 w-full text-sm">
          {labels.hint}
        </p>
      </form>
      {shownQuery && (
        <p role="status" className="mb-4 text-sm font-semibold">
          {summary(labels, shownQuery, total)}
          {total > results.length && (
            <span className="block font-normal">
              {labels.resultsShown.replace('{shown}', String(results.length))}
            </span>
          )}
        </p>
      )}
      {shownQuery && total === 0 && (
        <div data-testid="search-suggestions">
          {tries.length > 0 && (
            <p className="mb-4 flex flex-wrap items-baseline gap-x-3">
              <span className="font-semibold">{labels.tryInstead}</span>
              {tries.map((q) => (
                <a
                  key={q}
                  href={`${action}?q=${encodeURIComponent(q)}`}
                  // With the index here, answer at once; before it, the link loads the page for q.
                  onClick={(e) => {
                    if (!index) return;
                    e.preventDefault();
                    setQuery(q);
                  }}
                  className="link py-1"
                >
                  {q}
                </a>
              ))}
            </p>
          )}
          {noMatch}
        </div>
      )}
      <ul data-testid="search-results" className="flex flex-col gap-3">
        {results.map((r) => (
          <li key={r.url} className={card({ padding: 'sm', className: 'flex items-center gap-3' })}>
            {r.img ? <Thumbnail src={r.img} /> : <span className="size-16 flex-none" />}
            <span className="min-w-0">
              <span className="text-bamboo-800 mr-2 text-xs font-semibold uppercase">
                {labels.kinds[r.kind]}
              </span>
              <a href={r.url} className="link">
                {r.title}
              </a>
              {r.detail && <span className="text-bamboo-800 block text-sm">{r.detail}</span>}
              {r.price !== undefined && (
                <span className="block">
                  <span className="sr-only">{labels.price}: </span>
                  <Price vnd={r.price} locale={locale} size="sm" />
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
