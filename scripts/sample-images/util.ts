/** Small deterministic helpers shared by the sample-image drawings: seeded randomness, colours, ids. */

export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export type Rand = () => number;

/** mulberry32: a tiny deterministic random generator seeded from a string */
export function rng(seed: string): Rand {
  let a = hash(seed);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A number in [a, b) from the generator. */
export const between = (r: Rand, a: number, b: number): number => a + r() * (b - a);

export function pick<T>(items: readonly T[], r: number): T {
  const item = items[Math.floor(r * items.length) % items.length];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** One decimal: keeps the SVG short. */
export const f1 = (n: number): number => Math.round(n * 10) / 10;

export const clamp = (x: number, a = 0, b = 1): number => Math.max(a, Math.min(b, x));

const hex2 = (x: number) =>
  Math.round(clamp(x) * 255)
    .toString(16)
    .padStart(2, '0');

export function hsl(h: number, s: number, l: number): string {
  const S = s / 100;
  const L = l / 100;
  const k = (n: number) => (n + h / 30) % 12;
  const a = S * Math.min(L, 1 - L);
  const f = (n: number) => L - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return `#${hex2(f(0))}${hex2(f(8))}${hex2(f(4))}`;
}

function rgb(c: string): [number, number, number] {
  const h = c.length === 4 ? [...c.slice(1)].map((ch) => ch + ch).join('') : c.slice(1);
  const n = parseInt(h, 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

/** Linear mix of two #rrggbb colours (t = 0 gives a, 1 gives b). */
export function mix(a: string, b: string, t: number): string {
  const x = rgb(a);
  const y = rgb(b);
  return `#${hex2(x[0] + (y[0] - x[0]) * t)}${hex2(x[1] + (y[1] - x[1]) * t)}${hex2(x[2] + (y[2] - x[2]) * t)}`;
}

/** A colour lit by a factor: 0 → deep shadow, 0.5 → itself, 1 → highlight (warm-tinted). */
export function lit(c: string, k: number): string {
  return k < 0.5 ? mix('#1a120c', c, 0.25 + 1.5 * k) : mix(c, '#fff6e4', (k - 0.5) * 0.9);
}

/** Collects <defs> for one picture and hands out ids unique within it. */
export class Defs {
  private items: string[] = [];
  private n = 0;
  constructor(readonly prefix: string) {}
  id(name: string): string {
    this.n += 1;
    return `${this.prefix}${name}${this.n.toString(36)}`;
  }
  add(svg: string): void {
    this.items.push(svg);
  }
  toString(): string {
    return `<defs>${this.items.join('')}</defs>`;
  }
}

/** Gradient stops from [offset, colour, opacity?] triples. */
export const stops = (list: readonly (readonly [number, string, number?])[]): string =>
  list
    .map(
      ([o, c, a]) =>
        `<stop offset="${f1(o * 1000) / 1000}" stop-color="${c}"${a === undefined ? '' : ` stop-opacity="${f1(a * 100) / 100}"`}/>`,
    )
    .join('');

/** A Gaussian-blur filter (blur in user units); region generous so soft edges are not cut. */
export function blurFilter(d: Defs, sd: number, pad = 0.5): string {
  const id = d.id('b');
  d.add(
    `<filter id="${id}" x="${-pad}" y="${-pad}" width="${1 + 2 * pad}" height="${1 + 2 * pad}"><feGaussianBlur stdDeviation="${sd}"/></filter>`,
  );
  return id;
}

/**
 * Pictures are drawn with a margin round the frame and cropped to w × h after rendering: librsvg
 * clips blurs at the canvas edge, which would otherwise fade every blurred layer at the border.
 */
export const MARGIN = 40;

export const svgRoot = (w: number, h: number, d: Defs, body: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w + 2 * MARGIN}" height="${h + 2 * MARGIN}" viewBox="${-MARGIN} ${-MARGIN} ${w + 2 * MARGIN} ${h + 2 * MARGIN}">${d.toString()}${body}</svg>`;
