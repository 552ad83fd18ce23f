import { tokens } from './fold';
import { search, type SearchEntry } from './rank';

/** How many "try instead" queries a search with no result offers. */
export const SUGGESTIONS = 3;

interface Vocabulary {
  /** Folded word → how it is written in a title ("gio" → "giỏ"), else the folded word itself. */
  written: Map<string, string>;
  /** Folded word → in how many entries it occurs: the commoner of two equally close words wins. */
  count: Map<string, number>;
}

const vocabularies = new WeakMap<SearchEntry[], Vocabulary>();

function vocabulary(entries: SearchEntry[]): Vocabulary {
  const known = vocabularies.get(entries);
  if (known) return known;
  const forms = new Map<string, Map<string, number>>();
  const count = new Map<string, number>();
  for (const e of entries) {
    const folded = e.ft.split(' ');
    // The same split as tokens(), before folding: word i of the title is folded word i.
    const words = e.title.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (words.length === folded.length)
      folded.forEach((w, i) => {
        const form = (words[i] ?? w).toLowerCase();
        const seen = forms.get(w) ?? new Map<string, number>();
        seen.set(form, (seen.get(form) ?? 0) + 1);
        forms.set(w, seen);
      });
    for (const w of new Set([...folded, ...e.fb.split(' ')]))
      if (w) count.set(w, (count.get(w) ?? 0) + 1);
  }
  // "may" is "mây" in most titles (rattan) and "may" in a few (sewing): the commonest spelling wins.
  const written = new Map(
    [...forms].map(([w, seen]) => [w, [...seen].sort((a, b) => b[1] - a[1])[0]?.[0] ?? w]),
  );
  const made = { written, count };
  vocabularies.set(entries, made);
  return made;
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit ("thue" → "theu": typing
 * Vietnamese without its marks, vowels come out in the wrong order), or max + 1 as soon as it is
 * sure to exceed max.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      row[j] = d;
    }
    if (Math.min(...row) > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length] ?? max + 1;
}

// One typo in a short word, two in a long one; a word of one or two letters is too short to guess.
const allowedTypos = (word: string) => (word.length <= 2 ? 0 : word.length <= 5 ? 1 : 2);

/** The word itself when some indexed word starts with it; else the closest indexed words. */
function alternatives(word: string, vocab: Vocabulary): string[] {
  const words = [...vocab.count.keys()];
  if (words.some((w) => w.startsWith(word))) return [word];
  const max = allowedTypos(word);
  return words
    .map((w) => ({ w, d: editDistance(word, w, max) }))
    .filter((c) => c.d <= max)
    .sort(
      (a, b) =>
        a.d - b.d ||
        (vocab.count.get(b.w) ?? 0) - (vocab.count.get(a.w) ?? 0) ||
        a.w.localeCompare(b.w),
    )
    .slice(0, 3)
    .map((c) => c.w);
}

function combinations(options: string[][]): string[][] {
  return options.reduce<string[][]>(
    (acc, words) => acc.flatMap((prefix) => words.map((w) => [...prefix, w])),
    [[]],
  );
}

/**
 * Queries to try when `query` matches nothing, each one that does match: the query with misspelt
 * words replaced by the closest indexed words ("gio mai" → "giỏ mây"), then the query less one of
 * its words ("rattan lotus" → "lotus"). Written with their diacritics where a title has the word.
 */
export function suggest(entries: SearchEntry[], query: string, limit = SUGGESTIONS): string[] {
  const words = tokens(query);
  if (words.length === 0 || search(entries, query).length > 0) return [];
  const vocab = vocabulary(entries);
  const corrected = combinations(words.map((w) => alternatives(w, vocab)));
  const shorter = words.length > 1 ? words.map((_, i) => words.filter((__, j) => j !== i)) : [];
  const found: string[] = [];
  for (const candidate of [...corrected, ...shorter]) {
    const folded = candidate.join(' ');
    if (folded === words.join(' ') || found.includes(folded)) continue;
    if (search(entries, folded).length > 0) found.push(folded);
    if (found.length === limit) break;
  }
  return found.map((f) =>
    f
      .split(' ')
      .map((w) => vocab.written.get(w) ?? w)
      .join(' '),
  );
}
