import { tokens } from './fold';

export const SEARCH_KINDS = ['product', 'village', 'artisan', 'tour'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One searchable thing, compact enough to ship to the browser: folded tokens joined by spaces. */
export interface SearchEntry {
  kind: SearchKind;
  title: string;
  url: string;
  /** Short line shown under the title: a product's or artisan's village, a village's commune. */
  detail: string;
  /** The thumbnail: the first photo's path in public/ (shown small through the image optimizer). */
  img?: string;
  /** A product's price in đồng. */
  price?: number;
  /** Folded title tokens. */
  ft: string;
  /** Folded body tokens. */
  fb: string;
}

/** What a result shows: an entry without its folded tokens, which only the ranking needs. */
export type SearchHit = Pick<SearchEntry, 'kind' | 'title' | 'url' | 'detail' | 'img' | 'price'>;

export const toHit = ({ kind, title, url, detail, img, price }: SearchEntry): SearchHit => ({
  kind,
  title,
  url,
  detail,
  ...(img && { img }),
  ...(price !== undefined && { price }),
});

export function toEntry(doc: {
  kind: SearchKind;
  title: string;
  url: string;
  detail: string;
  body: string;
  img?: string;
  price?: number;
}): SearchEntry {
  return {
    kind: doc.kind,
    title: doc.title,
    url: doc.url,
    detail: doc.detail,
    // Left out when absent, so the index the browser downloads carries no empty keys.
    ...(doc.img && { img: doc.img }),
    ...(doc.price !== undefined && { price: doc.price }),
    ft: tokens(doc.title).join(' '),
    fb: tokens(doc.body).join(' '),
  };
}

// Title hits outrank body hits; a whole word outranks a word that merely starts with the query.
const WEIGHTS = { titleWord: 100, titlePrefix: 60, bodyWord: 20, bodyPrefix: 10 };

function tokenScore(q: string, title: string[], body: string[]): number {
  if (title.includes(q)) return WEIGHTS.titleWord;
  if (title.some((w) => w.startsWith(q))) return WEIGHTS.titlePrefix;
  if (body.includes(q)) return WEIGHTS.bodyWord;
  if (body.some((w) => w.startsWith(q))) return WEIGHTS.bodyPrefix;
  return 0;
}

/** How many results a search page lists; the count above them is of every match. */
export const SHOWN_RESULTS = 30;

/**
 * Every entry that matches, best first: every query word must match somewhere; the title holding the
 * whole phrase in order ranks first. The caller lists the first SHOWN_RESULTS and counts them all.
 */
export function search(entries: SearchEntry[], query: string): SearchEntry[] {
  const qs = tokens(query);
  if (qs.length === 0) return [];
  const phrase = qs.join(' ');
  const scored: { entry: SearchEntry; score: number }[] = [];
  for (const entry of entries) {
    const title = entry.ft.split(' ');
    const body = entry.fb.split(' ');
    let score = 0;
    for (const q of qs) {
      const s = tokenScore(q, title, body);
      if (s === 0) {
        score = 0;
        break;
      }
      score += s;
    }
    if (score === 0) continue;
    if (entry.ft === phrase) score += 200;
    else if (` ${entry.ft} `.includes(` ${phrase} `)) score += 80;
    scored.push({ entry, score });
  }
  return scored
    .sort(
      (a, b) =>
        b.score - a.score ||
        SEARCH_KINDS.indexOf(a.entry.kind) - SEARCH_KINDS.indexOf(b.entry.kind) ||
        a.entry.title.localeCompare(b.entry.title),
    )
    .map((s) => s.entry);
}
