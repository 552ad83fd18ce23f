/**
 * `npx tsx scripts/generate-sample-images.ts [--force] [--only=<sku or village slug>]`
 *
 * Draws the SAMPLE illustrations for the sample content (no photos, no fonts): reads every Vietnamese
 * content file (content/villages/*.mdx, content/products/<village>/*.mdx — not the .en.mdx twins),
 * and writes each image the frontmatter references (cover, gallery, images) as WebP under public/.
 * Products: 1200x1200, village covers: 1600x900, village galleries: 1200x800.
 * The drawing is chosen from the product name (giỏ, khay, đèn, hộp, ghế ...) and its first material
 * (mây, tre, giang, gỗ, vải), and the colours are seeded from the SKU, so re-running gives the same files.
 * Existing files are kept (so a real photo copied over an illustration is never overwritten);
 * pass --force to redraw every illustration.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import sharp from 'sharp';

const ROOT = process.cwd();
const CONTENT = path.join(ROOT, 'content');
const PUBLIC = path.join(ROOT, 'public');
const MAX_BYTES = 60 * 1024;

// ---------------------------------------------------------------- small helpers

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a tiny deterministic random generator seeded from a string */
function rng(seed: string): () => number {
  let a = hash(seed);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hsl(h: number, s: number, l: number): string {
  const S = s / 100;
  const L = l / 100;
  const k = (n: number) => (n + h / 30) % 12;
  const a = S * Math.min(L, 1 - L);
  const f = (n: number) => L - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  const hex = (x: number) =>
    Math.round(x * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${hex(f(0))}${hex(f(8))}${hex(f(4))}`;
}

function pick<T>(items: readonly T[], r: number): T {
  const item = items[Math.floor(r * items.length) % items.length];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

const f1 = (n: number) => Math.round(n * 10) / 10;

// ---------------------------------------------------------------- stroke font (SKU label only)

type Stroke = [number, number][];
const RECT: Stroke = [
  [0, 0],
  [4, 0],
  [4, 6],
  [0, 6],
  [0, 0],
];
const GLYPHS: Record<string, Stroke[]> = {
  '0': [
    RECT,
    [
      [4, 0],
      [0, 6],
    ],
  ],
  '1': [
    [
      [1, 1],
      [2, 0],
      [2, 6],
    ],
    [
      [1, 6],
      [3, 6],
    ],
  ],
  '2': [
    [
      [0, 0],
      [4, 0],
      [4, 3],
      [0, 3],
      [0, 6],
      [4, 6],
    ],
  ],
  '3': [
    [
      [0, 0],
      [4, 0],
      [4, 6],
      [0, 6],
    ],
    [
      [1, 3],
      [4, 3],
    ],
  ],
  '4': [
    [
      [0, 0],
      [0, 3],
      [4, 3],
    ],
    [
      [4, 0],
      [4, 6],
    ],
  ],
  '5': [
    [
      [4, 0],
      [0, 0],
      [0, 3],
      [4, 3],
      [4, 6],
      [0, 6],
    ],
  ],
  '6': [
    [
      [4, 0],
      [0, 0],
      [0, 6],
      [4, 6],
      [4, 3],
      [0, 3],
    ],
  ],
  '7': [
    [
      [0, 0],
      [4, 0],
      [2, 6],
    ],
  ],
  '8': [
    RECT,
    [
      [0, 3],
      [4, 3],
    ],
  ],
  '9': [
    [
      [4, 3],
      [0, 3],
      [0, 0],
      [4, 0],
      [4, 6],
      [0, 6],
    ],
  ],
  '-': [
    [
      [1, 3],
      [3, 3],
    ],
  ],
  A: [
    [
      [0, 6],
      [0, 2],
      [2, 0],
      [4, 2],
      [4, 6],
    ],
    [
      [0, 3.5],
      [4, 3.5],
    ],
  ],
  B: [
    [
      [0, 0],
      [3, 0],
      [4, 1],
      [4, 2],
      [3, 3],
      [0, 3],
    ],
    [
      [3, 3],
      [4, 4],
      [4, 5],
      [3, 6],
      [0, 6],
      [0, 0],
    ],
  ],
  C: [
    [
      [4, 0],
      [0, 0],
      [0, 6],
      [4, 6],
    ],
  ],
  D: [
    [
      [0, 0],
      [3, 0],
      [4, 1.5],
      [4, 4.5],
      [3, 6],
      [0, 6],
      [0, 0],
    ],
  ],
  E: [
    [
      [4, 0],
      [0, 0],
      [0, 6],
      [4, 6],
    ],
    [
      [0, 3],
      [3, 3],
    ],
  ],
  F: [
    [
      [4, 0],
      [0, 0],
      [0, 6],
    ],
    [
      [0, 3],
      [3, 3],
    ],
  ],
  G: [
    [
      [4, 0],
      [0, 0],
      [0, 6],
      [4, 6],
      [4, 3],
      [2, 3],
    ],
  ],
  H: [
    [
      [0, 0],
      [0, 6],
    ],
    [
      [4, 0],
      [4, 6],
    ],
    [
      [0, 3],
      [4, 3],
    ],
  ],
  I: [
    [
      [1, 0],
      [3, 0],
    ],
    [
      [2, 0],
      [2, 6],
    ],
    [
      [1, 6],
      [3, 6],
    ],
  ],
  J: [
    [
      [4, 0],
      [4, 6],
      [0, 6],
      [0, 4],
    ],
  ],
  K: [
    [
      [0, 0],
      [0, 6],
    ],
    [
      [4, 0],
      [0, 3],
      [4, 6],
    ],
  ],
  L: [
    [
      [0, 0],
      [0, 6],
      [4, 6],
    ],
  ],
  M: [
    [
      [0, 6],
      [0, 0],
      [2, 3],
      [4, 0],
      [4, 6],
    ],
  ],
  N: [
    [
      [0, 6],
      [0, 0],
      [4, 6],
      [4, 0],
    ],
  ],
  O: [RECT],
  P: [
    [
      [0, 6],
      [0, 0],
      [4, 0],
      [4, 3],
      [0, 3],
    ],
  ],
  Q: [
    RECT,
    [
      [2.5, 4.5],
      [4, 6.5],
    ],
  ],
  R: [
    [
      [0, 6],
      [0, 0],
      [4, 0],
      [4, 3],
      [0, 3],
    ],
    [
      [1.5, 3],
      [4, 6],
    ],
  ],
  S: [
    [
      [4, 0],
      [0, 0],
      [0, 3],
      [4, 3],
      [4, 6],
      [0, 6],
    ],
  ],
  T: [
    [
      [0, 0],
      [4, 0],
    ],
    [
      [2, 0],
      [2, 6],
    ],
  ],
  U: [
    [
      [0, 0],
      [0, 6],
      [4, 6],
      [4, 0],
    ],
  ],
  V: [
    [
      [0, 0],
      [2, 6],
      [4, 0],
    ],
  ],
  W: [
    [
      [0, 0],
      [1, 6],
      [2, 3],
      [3, 6],
      [4, 0],
    ],
  ],
  X: [
    [
      [0, 0],
      [4, 6],
    ],
    [
      [4, 0],
      [0, 6],
    ],
  ],
  Y: [
    [
      [0, 0],
      [2, 3],
      [4, 0],
    ],
    [
      [2, 3],
      [2, 6],
    ],
  ],
  Z: [
    [
      [0, 0],
      [4, 0],
      [0, 6],
      [4, 6],
    ],
  ],
};

/** The SKU as thin strokes, right-aligned at (right, bottom); h = letter height in px. */
function strokeLabel(
  text: string,
  right: number,
  bottom: number,
  h: number,
  color: string,
): string {
  const unit = h / 6;
  const advance = unit * 6;
  const chars = [...text.toUpperCase()];
  const x0 = right - chars.length * advance + unit * 2;
  const y0 = bottom - h;
  const d = chars
    .map((c, i) =>
      (GLYPHS[c] ?? [])
        .map(
          (s) =>
            'M' +
            s.map(([x, y]) => `${f1(x0 + i * advance + x * unit)} ${f1(y0 + y * unit)}`).join(' L'),
        )
        .join(' '),
    )
    .join(' ');
  return `<path d="${d}" fill="none" stroke="${color}" stroke-width="${f1(unit * 0.75)}" stroke-linecap="round" stroke-linejoin="round" opacity="0.6"/>`;
}

// ---------------------------------------------------------------- palettes and patterns

type Material = 'may' | 'tre' | 'giang' | 'go' | 'vai';

interface Palette {
  bg: string;
  bg2: string;
  base: string;
  light: string;
  dark: string;
  glow: string;
  threads: string[];
  wood: { base: string; light: string; dark: string };
}

function palette(seed: string, mat: Material, name: string): Palette {
  const r = rng(seed);
  const bgHue = 18 + r() * 32;
  const bg = hsl(bgHue, 40 + r() * 20, 89 + r() * 4);
  const bg2 = hsl(bgHue + 8, 35 + r() * 15, 81 + r() * 4);
  const woodH = 18 + r() * 10;
  const woodL = 36 + r() * 10;
  const wood = {
    base: hsl(woodH, 45, woodL),
    light: hsl(woodH + 6, 45, woodL + 14),
    dark: hsl(woodH - 4, 45, woodL - 16),
  };
  const threads = [
    hsl(350, 65, 58),
    hsl(125, 30, 40),
    hsl(44, 80, 55),
    hsl(0, 0, 98),
    hsl(12, 70, 50),
  ];
  const glow = hsl(45, 95, 80);
  let h: number;
  switch (mat) {
    case 'may':
      h = 30 + r() * 10;
      return {
        bg,
        bg2,
        base: hsl(h, 55, 56),
        light: hsl(h + 5, 60, 72),
        dark: hsl(h - 6, 50, 33),
        glow,
        threads,
        wood,
      };
    case 'tre':
      h = 44 + r() * 8;
      return {
        bg,
        bg2,
        base: hsl(h, 48, 60),
        light: hsl(h + 4, 58, 76),
        dark: hsl(h - 8, 45, 35),
        glow,
        threads,
        wood,
      };
    case 'giang':
      h = 52 + r() * 12;
      return {
        bg,
        bg2,
        base: hsl(h, 30, 70),
        light: hsl(h + 3, 38, 83),
        dark: hsl(h - 8, 28, 42),
        glow,
        threads,
        wood,
      };
    case 'go':
      // base/light/dark stay rattan-coloured: wooden pieces here often carry a rattan seat or rim;
      // the wood itself is drawn with c.wood and the grain pattern.
      h = 32 + r() * 6;
      return {
        bg,
        bg2,
        base: hsl(h, 50, 58),
        light: hsl(h + 5, 55, 72),
        dark: hsl(h - 8, 45, 34),
        glow,
        threads,
        wood,
      };
    case 'vai': {
      const n = name.toLowerCase();
      const fabric = /gối|chàm/.test(n)
        ? [222, 42, 33]
        : /túi/.test(n)
          ? [38, 30, 80]
          : /lanh|trải bàn|khăn ăn/.test(n)
            ? [40, 45, 91]
            : pick(
                [
                  [40, 30, 96],
                  [100, 18, 76],
                  [30, 40, 90],
                ],
                r(),
              );
      const [fh = 40, fs = 40, fl = 90] = fabric;
      return {
        bg,
        bg2,
        base: hsl(fh, fs, fl),
        light: hsl(fh, fs, Math.min(98, fl + 6)),
        dark: hsl(fh, fs, Math.max(15, fl - 30)),
        glow,
        threads,
        wood,
      };
    }
  }
}

function materialOf(materials: string[], craft: string): Material {
  const m = materials[0] ?? '';
  if (/^Mây/i.test(m)) return 'may';
  if (/^Tre/i.test(m)) return 'tre';
  if (/^Giang/i.test(m)) return 'giang';
  if (/^Gỗ/i.test(m)) return 'go';
  if (/^(Vải|Lụa)/i.test(m)) return 'vai';
  return craft === 'mo-go' ? 'go' : craft === 'theu-ren' ? 'vai' : 'may';
}

/** Pattern definitions for one drawn object; ids are prefixed with p. */
function patterns(p: string, c: Palette, u = 26): string {
  const grainPaths: string[] = [];
  for (let i = 0; i < 6; i++) {
    const y = 10 + i * 20;
    grainPaths.push(
      `<path d="M0 ${y} C 60 ${y - 8}, 120 ${y + 10}, 180 ${y} S 260 ${y - 6}, 300 ${y}" fill="none" stroke="${c.wood.dark}" stroke-width="${i % 2 ? 2 : 3.5}" opacity="0.35"/>`,
    );
  }
  const wU = u * 2;
  return `
  <pattern id="${p}-weave" width="${wU}" height="${wU}" patternUnits="userSpaceOnUse">
    <rect width="${wU}" height="${wU}" fill="${c.dark}"/>
    <rect x="1.5" y="1.5" width="${u - 3}" height="${u - 3}" rx="3" fill="${c.base}"/>
    <rect x="${u + 1.5}" y="${u + 1.5}" width="${u - 3}" height="${u - 3}" rx="3" fill="${c.base}"/>
    <rect x="${u + 1.5}" y="1.5" width="${u - 3}" height="${u - 3}" rx="3" fill="${c.light}"/>
    <rect x="1.5" y="${u + 1.5}" width="${u - 3}" height="${u - 3}" rx="3" fill="${c.light}"/>
    <path d="M${u / 3} 2 V${u - 2} M${(2 * u) / 3} 2 V${u - 2} M${u + u / 3} ${u + 2} V${wU - 2} M${u + (2 * u) / 3} ${u + 2} V${wU - 2}" stroke="${c.dark}" stroke-width="1.5" opacity="0.45"/>
    <path d="M${u + 2} ${u / 3} H${wU - 2} M${u + 2} ${(2 * u) / 3} H${wU - 2} M2 ${u + u / 3} H${u - 2} M2 ${u + (2 * u) / 3} H${u - 2}" stroke="${c.dark}" stroke-width="1.5" opacity="0.35"/>
  </pattern>
  <pattern id="${p}-twill" width="${u}" height="${u}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
    <rect width="${u}" height="${u}" fill="${c.base}"/>
    <rect width="${u / 2}" height="${u}" fill="${c.light}"/>
    <path d="M0 0 V${u} M${u / 2} 0 V${u}" stroke="${c.dark}" stroke-width="2" opacity="0.5"/>
  </pattern>
  <pattern id="${p}-lattice" width="${u * 1.6}" height="${u * 1.6}" patternUnits="userSpaceOnUse" patternTransform="rotate(30)">
    <path d="M0 0 H${u * 1.6} M0 0 V${u * 1.6}" stroke="${c.dark}" stroke-width="${u * 0.28}" stroke-linecap="round"/>
    <path d="M0 0 H${u * 1.6} M0 0 V${u * 1.6}" stroke="${c.base}" stroke-width="${u * 0.16}" stroke-linecap="round"/>
  </pattern>
  <pattern id="${p}-grain" width="300" height="120" patternUnits="userSpaceOnUse">
    <rect width="300" height="120" fill="${c.wood.base}"/>
    ${grainPaths.join('\n    ')}
  </pattern>
  <pattern id="${p}-linen" width="12" height="12" patternUnits="userSpaceOnUse">
    <rect width="12" height="12" fill="${c.base}"/>
    <path d="M0 6 H12 M6 0 V12" stroke="${c.dark}" stroke-width="1" opacity="0.08"/>
  </pattern>
  <linearGradient id="${p}-shade" x1="0" x2="1" y1="0" y2="0">
    <stop offset="0" stop-color="#000" stop-opacity="0.28"/>
    <stop offset="0.35" stop-color="#000" stop-opacity="0"/>
    <stop offset="0.7" stop-color="#fff" stop-opacity="0.08"/>
    <stop offset="1" stop-color="#000" stop-opacity="0.3"/>
  </linearGradient>
  <radialGradient id="${p}-glow" cx="0.5" cy="0.5" r="0.5">
    <stop offset="0" stop-color="#fffbe8"/>
    <stop offset="0.55" stop-color="${c.glow}"/>
    <stop offset="1" stop-color="${c.base}"/>
  </radialGradient>`;
}

// ---------------------------------------------------------------- object drawings (1200x1200 space, ground at y≈940)

type Kind =
  | 'basket'
  | 'basket-lid'
  | 'basket-tall'
  | 'bowl'
  | 'tub'
  | 'wall-basket'
  | 'tray'
  | 'tray-legs'
  | 'round-tray'
  | 'plates'
  | 'pendant'
  | 'shade'
  | 'table-lamp'
  | 'lantern'
  | 'market-bag'
  | 'handbag'
  | 'tote'
  | 'box'
  | 'box-set'
  | 'carved-box'
  | 'tissue-box'
  | 'tube'
  | 'buffalo'
  | 'cloth'
  | 'hanky'
  | 'napkins'
  | 'pillow'
  | 'picture'
  | 'armchair'
  | 'sofa-set'
  | 'stool'
  | 'tea-table'
  | 'cradle'
  | 'cage'
  | 'blind'
  | 'screen'
  | 'bookshelf'
  | 'wall-shelf'
  | 'chest'
  | 'mirror'
  | 'fan'
  | 'utensils';

/** Chooses a drawing from the Vietnamese product name; order matters (e.g. "Đèn lồng" is a lamp). */
function kindOf(name: string, mat: Material): Kind {
  const n = name.toLowerCase();
  const rules: [RegExp, Kind][] = [
    [/khăn giấy/, 'tissue-box'],
    [/khăn tay/, 'hanky'],
    [/khăn ăn/, 'napkins'],
    [/khăn/, 'cloth'],
    [/gối/, 'pillow'],
    [/tranh/, 'picture'],
    [/túi vải/, 'tote'],
    [/đèn lồng/, 'lantern'],
    [/đèn bàn/, 'table-lamp'],
    [/chao/, 'shade'],
    [/đèn/, 'pendant'],
    [/bộ bàn ghế/, 'sofa-set'],
    [/ghế đẩu/, 'stool'],
    [/ghế/, 'armchair'],
    [/kệ treo/, 'wall-shelf'],
    [/kệ/, 'bookshelf'],
    [/tủ/, 'chest'],
    [/bàn trà|bàn/, 'tea-table'],
    [/khăn giấy/, 'tissue-box'],
    [/bộ 3 hộp|bộ hộp/, 'box-set'],
    [/hộp/, mat === 'go' ? 'carved-box' : 'box'],
    [/ống/, 'tube'],
    [/tượng/, 'buffalo'],
    [/túi/, 'handbag'],
    [/làn/, 'market-bag'],
    [/nôi/, 'cradle'],
    [/lồng/, 'cage'],
    [/mành/, 'blind'],
    [/bình phong/, 'screen'],
    [/gương/, 'mirror'],
    [/quạt/, 'fan'],
    [/đĩa/, 'plates'],
    [/muôi|thìa/, 'utensils'],
    [/chân gấp/, 'tray-legs'],
    [/mâm/, 'round-tray'],
    [/khay/, 'tray'],
    [/treo tường/, 'wall-basket'],
    [/thúng/, 'tub'],
    [/rổ|hoa quả/, 'bowl'],
    [/đồ giặt/, 'basket-tall'],
    [/nắp/, 'basket-lid'],
    [/giỏ/, 'basket'],
  ];
  for (const [re, k] of rules) if (re.test(n)) return k;
  return mat === 'go' ? 'carved-box' : mat === 'vai' ? 'cloth' : 'basket';
}

const shadow = (cx: number, cy: number, rx: number, ry = 34) =>
  `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="#000" opacity="0.13"/>`;

/** A vessel: an open (or lidded) container whose top and bottom are ellipses. */
function vessel(
  p: string,
  c: Palette,
  o: {
    top: number;
    bottom: number;
    wt: number;
    wb: number;
    ry?: number;
    lid?: boolean;
    handle?: boolean;
    fill?: string;
  },
) {
  const { top, bottom, wt, wb } = o;
  const ry = o.ry ?? 46;
  const fill = o.fill ?? `url(#${p}-weave)`;
  const body = `M${600 - wt} ${top} L${600 - wb} ${bottom} A${wb} ${ry * 0.8} 0 0 0 ${600 + wb} ${bottom} L${600 + wt} ${top} A${wt} ${ry} 0 0 1 ${600 - wt} ${top} Z`;
  let s = shadow(600, bottom + 18, wb + 60);
  if (o.handle) {
    s += `<path d="M${600 - wt + 40} ${top} C ${600 - wt + 40} ${top - 360}, ${600 + wt - 40} ${top - 360}, ${600 + wt - 40} ${top}" fill="none" stroke="${c.dark}" stroke-width="30" stroke-linecap="round"/>
    <path d="M${600 - wt + 40} ${top} C ${600 - wt + 40} ${top - 360}, ${600 + wt - 40} ${top - 360}, ${600 + wt - 40} ${top}" fill="none" stroke="${c.light}" stroke-width="16" stroke-dasharray="10 8"/>`;
  }
  s += `<ellipse cx="600" cy="${top}" rx="${wt}" ry="${ry}" fill="${c.dark}"/>`;
  s += `<path d="${body}" fill="${fill}" stroke="${c.dark}" stroke-width="6"/>`;
  s += `<path d="${body}" fill="url(#${p}-shade)"/>`;
  s += `<ellipse cx="600" cy="${top}" rx="${wt}" ry="${ry}" fill="none" stroke="${c.dark}" stroke-width="26"/>`;
  s += `<ellipse cx="600" cy="${top}" rx="${wt}" ry="${ry}" fill="none" stroke="${c.light}" stroke-width="12" stroke-dasharray="14 9"/>`;
  if (o.lid) {
    s += `<path d="M${600 - wt - 18} ${top} Q 600 ${top - 230} ${600 + wt + 18} ${top} A${wt + 18} ${ry + 6} 0 0 1 ${600 - wt - 18} ${top} Z" fill="${fill}" stroke="${c.dark}" stroke-width="6"/>
    <ellipse cx="600" cy="${top}" rx="${wt + 18}" ry="${ry + 6}" fill="none" stroke="${c.dark}" stroke-width="22"/>
    <ellipse cx="600" cy="${top - 118}" rx="34" ry="24" fill="${c.dark}"/>`;
  }
  return s;
}

function drawObject(
  kind: Kind,
  p: string,
  c: Palette,
  r: () => number,
  mat: Material = 'may',
  name = '',
): string {
  const W = `url(#${p}-weave)`;
  const G = `url(#${p}-grain)`;
  const T = `url(#${p}-twill)`;
  const leg = (x1: number, y1: number, x2: number, y2: number, w = 26, col = c.wood.dark) =>
    `<path d="M${x1} ${y1} L${x2} ${y2}" stroke="${col}" stroke-width="${w}" stroke-linecap="round"/>`;
  switch (kind) {
    case 'basket':
      return vessel(p, c, { top: 430, bottom: 900, wt: 270, wb: 210, handle: r() > 0.5 });
    case 'basket-lid':
      return vessel(p, c, { top: 470, bottom: 910, wt: 270, wb: 230, lid: true });
    case 'basket-tall':
      return vessel(p, c, { top: 330, bottom: 930, wt: 230, wb: 200, lid: true });
    case 'bowl':
      return vessel(p, c, { top: 560, bottom: 820, wt: 350, wb: 230, ry: 80 });
    case 'tub':
      return vessel(p, c, { top: 480, bottom: 900, wt: 320, wb: 270, ry: 70, fill: T });
    case 'wall-basket': {
      const d = 'M330 420 H870 Q 880 820 600 900 Q 320 820 330 420 Z';
      return `<rect x="0" y="0" width="1200" height="1200" fill="#fff" opacity="0.15"/>
        <path d="M560 420 Q 600 300 640 420" fill="none" stroke="${c.dark}" stroke-width="14"/>
        <path d="${d}" fill="${W}" stroke="${c.dark}" stroke-width="8" transform="translate(14 18)" opacity="0.2"/>
        <path d="${d}" fill="${W}" stroke="${c.dark}" stroke-width="8"/>
        <path d="M330 420 H870" stroke="${c.dark}" stroke-width="24" stroke-linecap="round"/>
        <path d="M330 420 H870" stroke="${c.light}" stroke-width="10" stroke-dasharray="12 8"/>
        <path d="M470 420 Q 440 250 520 180 M600 420 Q 610 220 660 170 M720 420 Q 780 280 760 210" fill="none" stroke="${hsl(30, 30, 45)}" stroke-width="6"/>
        <circle cx="520" cy="180" r="26" fill="${hsl(35, 70, 70)}"/><circle cx="660" cy="170" r="30" fill="${hsl(15, 60, 65)}"/><circle cx="760" cy="210" r="24" fill="${hsl(45, 70, 75)}"/>`;
    }
    case 'tray':
    case 'tray-legs': {
      const floor = mat === 'go' ? G : W;
      const rim = mat === 'go' && !/mây/i.test(name) ? c.wood.base : c.base;
      const rimDark = mat === 'go' && !/mây/i.test(name) ? c.wood.dark : c.dark;
      let s = shadow(600, 880, 440, 40);
      if (kind === 'tray-legs') {
        s = shadow(600, 1000, 420, 36);
        s +=
          leg(300, 800, 260, 990, 22, c.dark) +
          leg(900, 800, 940, 990, 22, c.dark) +
          leg(340, 800, 380, 960, 18, c.dark) +
          leg(860, 800, 820, 960, 18, c.dark);
      }
      s += `<path d="M200 790 L1000 790 L1000 840 L200 840 Z" fill="${rimDark}"/>
        <path d="M270 500 L930 500 L1000 790 L200 790 Z" fill="${rim}" stroke="${rimDark}" stroke-width="8"/>
        <path d="M315 535 L885 535 L945 760 L255 760 Z" fill="${floor}"/>
        <path d="M315 535 L885 535 L945 760 L255 760 Z" fill="url(#${p}-shade)" opacity="0.6"/>
        <ellipse cx="265" cy="640" rx="18" ry="46" fill="${rimDark}" transform="rotate(-14 265 640)"/>
        <ellipse cx="935" cy="640" rx="18" ry="46" fill="${rimDark}" transform="rotate(14 935 640)"/>`;
      return s;
    }
    case 'round-tray': {
      let petals = '';
      for (let i = 0; i < 8; i++) {
        const a = (i * 45 * Math.PI) / 180;
        const x = 600 + Math.cos(a) * 130;
        const y = 620 + Math.sin(a) * 75;
        petals += `<ellipse cx="${f1(x)}" cy="${f1(y)}" rx="110" ry="48" transform="rotate(${f1((Math.atan2(Math.sin(a) * 75, Math.cos(a) * 130) * 180) / Math.PI)} ${f1(x)} ${f1(y)})" fill="${c.light}" stroke="${c.dark}" stroke-width="5"/>`;
      }
      return `${shadow(600, 860, 440, 50)}
        <ellipse cx="600" cy="650" rx="420" ry="235" fill="${c.dark}"/>
        <ellipse cx="600" cy="620" rx="420" ry="235" fill="${W}" stroke="${c.dark}" stroke-width="8"/>
        <ellipse cx="600" cy="620" rx="420" ry="235" fill="none" stroke="${c.light}" stroke-width="14" stroke-dasharray="14 9"/>
        <ellipse cx="600" cy="620" rx="360" ry="195" fill="none" stroke="${c.dark}" stroke-width="6" opacity="0.6"/>
        ${petals}<ellipse cx="600" cy="620" rx="60" ry="36" fill="${c.dark}"/>`;
    }
    case 'plates': {
      const plate = (cx: number, cy: number, rr: number, style: number) => {
        let s = `<circle cx="${cx + 10}" cy="${cy + 14}" r="${rr}" fill="#000" opacity="0.12"/><circle cx="${cx}" cy="${cy}" r="${rr}" fill="${style === 2 ? T : c.base}" stroke="${c.dark}" stroke-width="8"/>`;
        if (style === 0)
          for (let k = rr - 24; k > 10; k -= 22)
            s += `<circle cx="${cx}" cy="${cy}" r="${k}" fill="none" stroke="${c.dark}" stroke-width="4" opacity="0.55"/>`;
        if (style === 1)
          for (let k = 0; k < 24; k++) {
            const a = (k * 15 * Math.PI) / 180;
            s += `<path d="M${cx} ${cy} L${f1(cx + Math.cos(a) * (rr - 10))} ${f1(cy + Math.sin(a) * (rr - 10))}" stroke="${c.dark}" stroke-width="${k % 2 ? 3 : 6}" opacity="0.6"/>`;
          }
        return (
          s +
          `<circle cx="${cx}" cy="${cy}" r="${rr}" fill="none" stroke="${c.light}" stroke-width="10" stroke-dasharray="12 8"/>`
        );
      };
      return plate(450, 520, 280, 0) + plate(830, 420, 190, 1) + plate(820, 820, 150, 2);
    }
    case 'pendant':
      return `<path d="M600 0 V300" stroke="#3b2f28" stroke-width="8"/><rect x="570" y="290" width="60" height="34" rx="8" fill="#3b2f28"/>
        <circle cx="600" cy="620" r="300" fill="url(#${p}-glow)"/>
        <circle cx="600" cy="620" r="300" fill="url(#${p}-lattice)"/>
        <ellipse cx="600" cy="620" rx="150" ry="300" fill="none" stroke="${c.dark}" stroke-width="10"/>
        <ellipse cx="600" cy="620" rx="300" ry="90" fill="none" stroke="${c.dark}" stroke-width="10"/>
        <circle cx="600" cy="620" r="300" fill="none" stroke="${c.dark}" stroke-width="14"/>`;
    case 'shade':
      return `<path d="M600 0 V330" stroke="#3b2f28" stroke-width="8"/>
        <path d="M330 790 L190 1200 H1010 L870 790 Z" fill="${c.glow}" opacity="0.35"/>
        <path d="M300 790 Q 300 360 600 340 Q 900 360 900 790 Z" fill="url(#${p}-glow)"/>
        <path d="M300 790 Q 300 360 600 340 Q 900 360 900 790 Z" fill="url(#${p}-lattice)" stroke="${c.dark}" stroke-width="10"/>
        <ellipse cx="600" cy="790" rx="300" ry="44" fill="${c.glow}" stroke="${c.dark}" stroke-width="16"/>`;
    case 'table-lamp':
      return `${shadow(600, 1000, 230)}
        <ellipse cx="600" cy="975" rx="190" ry="38" fill="${c.wood.dark}"/><rect x="410" y="930" width="380" height="45" fill="${c.wood.base}"/><ellipse cx="600" cy="930" rx="190" ry="38" fill="${c.wood.light}"/>
        <rect x="580" y="640" width="40" height="300" fill="${c.wood.base}" stroke="${c.wood.dark}" stroke-width="4"/>
        <path d="M360 660 Q 380 330 600 300 Q 820 330 840 660 Z" fill="url(#${p}-glow)"/>
        <path d="M360 660 Q 380 330 600 300 Q 820 330 840 660 Z" fill="${W}" opacity="0.85" stroke="${c.dark}" stroke-width="8"/>
        <ellipse cx="600" cy="660" rx="240" ry="36" fill="${c.glow}" stroke="${c.dark}" stroke-width="14"/>`;
    case 'lantern': {
      let ribs = '';
      for (let i = 0; i <= 8; i++)
        ribs += `<path d="M${380 + i * 55} 360 Q ${600 + (i - 4) * 85} 640 ${380 + i * 55} 900" fill="none" stroke="${c.dark}" stroke-width="10"/>`;
      return `<path d="M600 0 V300" stroke="#3b2f28" stroke-width="8"/>${shadow(600, 1010, 200)}
        <path d="M380 360 Q 180 630 380 900 H820 Q 1020 630 820 360 Z" fill="url(#${p}-glow)"/>
        <path d="M380 360 Q 180 630 380 900 H820 Q 1020 630 820 360 Z" fill="url(#${p}-lattice)" opacity="0.7"/>${ribs}
        <rect x="360" y="320" width="480" height="50" rx="20" fill="${c.dark}"/><rect x="360" y="890" width="480" height="50" rx="20" fill="${c.dark}"/>`;
    }
    case 'market-bag': {
      const d = 'M310 470 H890 L840 880 Q 835 920 795 920 H405 Q 365 920 360 880 Z';
      return `${shadow(600, 935, 320)}
        <path d="M400 480 C 400 170, 800 170, 800 480" fill="none" stroke="${c.dark}" stroke-width="34" stroke-linecap="round"/>
        <path d="M400 480 C 400 170, 800 170, 800 480" fill="none" stroke="${c.light}" stroke-width="18" stroke-dasharray="12 9"/>
        <path d="${d}" fill="${W}" stroke="${c.dark}" stroke-width="8"/><path d="${d}" fill="url(#${p}-shade)"/>
        <rect x="296" y="450" width="608" height="44" rx="22" fill="${c.dark}"/><rect x="300" y="462" width="600" height="20" rx="10" fill="${c.light}" opacity="0.7"/>`;
    }
    case 'handbag': {
      const d = 'M300 560 H900 A300 300 0 0 1 300 560 Z';
      return `${shadow(600, 880, 300)}
        <path d="M420 565 C 420 300, 780 300, 780 565" fill="none" stroke="${c.dark}" stroke-width="30" stroke-linecap="round"/>
        <path d="M420 565 C 420 300, 780 300, 780 565" fill="none" stroke="${c.light}" stroke-width="14" stroke-dasharray="12 8"/>
        <path d="${d}" fill="${W}" stroke="${c.dark}" stroke-width="8"/><path d="${d}" fill="url(#${p}-shade)"/>
        <rect x="290" y="540" width="620" height="40" rx="20" fill="${c.dark}"/>
        <rect x="585" y="560" width="30" height="80" rx="10" fill="${c.wood.base}"/><ellipse cx="600" cy="660" rx="40" ry="22" fill="${c.wood.dark}"/>`;
    }
    case 'tote': {
      let flowers = '';
      for (const [x, y, s] of [
        [520, 720, 1],
        [650, 660, 1.2],
        [700, 800, 0.9],
        [560, 850, 0.8],
      ] as const) {
        for (let k = 0; k < 12; k++) {
          const a = (k * 30 * Math.PI) / 180;
          flowers += `<path d="M${x} ${y} L${f1(x + Math.cos(a) * 55 * s)} ${f1(y + Math.sin(a) * 55 * s)}" stroke="${c.threads[2]}" stroke-width="${f1(12 * s)}" stroke-linecap="round"/>`;
        }
        flowers += `<circle cx="${x}" cy="${y}" r="${f1(18 * s)}" fill="${c.threads[4]}"/>`;
      }
      return `${shadow(600, 960, 300)}
        <path d="M430 400 C 430 160, 520 160, 520 400 M680 400 C 680 160, 770 160, 770 400" fill="none" stroke="${c.dark}" stroke-width="30"/>
        <path d="M330 400 H870 L900 950 H300 Z" fill="url(#${p}-linen)" stroke="${c.dark}" stroke-width="6"/>
        <path d="M360 430 H840 L866 920 H334 Z" fill="none" stroke="${c.dark}" stroke-width="3" stroke-dasharray="14 10" opacity="0.6"/>
        <path d="M520 900 Q 540 780 600 700 M650 900 Q 640 760 690 660" fill="none" stroke="${c.threads[1]}" stroke-width="8"/>${flowers}`;
    }
    case 'box':
    case 'box-set': {
      const box = (x: number, y: number, w: number, h: number, d: number) =>
        `<path d="M${x} ${y} L${x + d} ${y - d * 0.6} H${x + w + d} L${x + w} ${y} Z" fill="${c.light}" stroke="${c.dark}" stroke-width="6"/>
        <path d="M${x + w} ${y} L${x + w + d} ${y - d * 0.6} V${y + h - d * 0.6} L${x + w} ${y + h} Z" fill="${T}" stroke="${c.dark}" stroke-width="6"/>
        <path d="M${x + w} ${y} L${x + w + d} ${y - d * 0.6} V${y + h - d * 0.6} L${x + w} ${y + h} Z" fill="#000" opacity="0.18"/>
        <rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${W}" stroke="${c.dark}" stroke-width="6"/>
        <rect x="${x - 6}" y="${y}" width="${w + 12}" height="${h * 0.16}" fill="${c.dark}" opacity="0.55"/>`;
      if (kind === 'box') return shadow(620, 930, 360) + box(330, 470, 470, 440, 140);
      return (
        shadow(600, 950, 500) +
        box(140, 560, 420, 380, 120) +
        box(560, 660, 320, 280, 90) +
        box(860, 750, 210, 190, 60)
      );
    }
    case 'carved-box':
    case 'tissue-box': {
      const tall = kind === 'tissue-box' ? 300 : 250;
      // Top face drawn in a flat 620x210 space (y=0 back edge, y=210 front edge), then sheared onto the lid.
      let top = '';
      let above = '';
      if (kind === 'carved-box') {
        for (const a of [-56, -28, 0, 28, 56])
          top += `<ellipse cx="310" cy="62" rx="24" ry="56" transform="rotate(${a} 310 118)" fill="${c.wood.light}" stroke="${c.wood.dark}" stroke-width="5"/>`;
        top += `<path d="M150 150 Q 200 90 290 150 Q 210 190 150 150 Z M470 150 Q 420 90 330 150 Q 410 190 470 150 Z" fill="${c.wood.light}" stroke="${c.wood.dark}" stroke-width="5"/>`;
        top += `<rect x="40" y="25" width="540" height="160" rx="14" fill="none" stroke="${c.wood.dark}" stroke-width="5" opacity="0.6"/>`;
      } else {
        top = `<path d="M60 40 H560 M60 170 H560" stroke="${c.wood.dark}" stroke-width="5" opacity="0.5"/><rect x="170" y="90" width="280" height="36" rx="18" fill="${c.wood.dark}"/>`;
        above = `<path d="M540 525 C 560 390, 640 460, 620 360 C 680 440, 720 410, 700 525 Z" fill="#fbfaf6" stroke="#d8d2c4" stroke-width="4"/>`;
      }
      return `${shadow(620, 940, 420)}
        <path d="M230 640 L380 430 H1000 L850 640 Z" fill="${G}" stroke="${c.wood.dark}" stroke-width="8"/>
        <path d="M230 640 L380 430 H1000 L850 640 Z" fill="#fff" opacity="0.12"/>
        <path d="M850 640 L1000 430 V${430 + tall} L850 ${640 + tall} Z" fill="${G}" stroke="${c.wood.dark}" stroke-width="8"/>
        <path d="M850 640 L1000 430 V${430 + tall} L850 ${640 + tall} Z" fill="#000" opacity="0.25"/>
        <rect x="230" y="640" width="620" height="${tall}" fill="${G}" stroke="${c.wood.dark}" stroke-width="8"/>
        <rect x="230" y="640" width="620" height="${tall}" fill="url(#${p}-shade)" opacity="0.5"/>
        <path d="M230 680 H850" stroke="${c.wood.dark}" stroke-width="6" opacity="0.7"/>
        <g transform="matrix(1 0 -0.714 1 380 430)">${top}</g>${above}`;
    }
    case 'tube': {
      let sticks = '';
      for (let i = 0; i < 9; i++)
        sticks += leg(
          480 + i * 28,
          330 - (i % 3) * 40,
          490 + i * 26,
          700,
          14,
          i % 2 ? c.dark : c.wood.base,
        );
      return `${shadow(600, 950, 230)}${sticks}
        <path d="M420 440 V900 A180 46 0 0 0 780 900 V440 Z" fill="${c.base}" stroke="${c.dark}" stroke-width="8"/>
        <path d="M420 440 V900 A180 46 0 0 0 780 900 V440 Z" fill="url(#${p}-shade)"/>
        <ellipse cx="600" cy="440" rx="180" ry="46" fill="none" stroke="${c.dark}" stroke-width="12"/>
        <path d="M420 700 A180 46 0 0 0 780 700" fill="none" stroke="${c.dark}" stroke-width="16"/>
        <path d="M500 560 l40 -40 l40 40 l40 -40 l40 40 M500 800 l40 -40 l40 40 l40 -40 l40 40" fill="none" stroke="${c.dark}" stroke-width="6" opacity="0.6"/>`;
    }
    case 'buffalo':
      return `${shadow(600, 940, 430, 40)}
        <rect x="230" y="860" width="740" height="70" rx="16" fill="${c.wood.dark}"/>
        <ellipse cx="650" cy="720" rx="300" ry="160" fill="${G}" stroke="${c.wood.dark}" stroke-width="8"/>
        <ellipse cx="650" cy="720" rx="300" ry="160" fill="url(#${p}-shade)"/>
        <path d="M430 860 Q 400 800 470 790 L560 860 Z M760 860 Q 760 800 840 810 L880 860 Z" fill="${c.wood.base}" stroke="${c.wood.dark}" stroke-width="6"/>
        <path d="M940 700 Q 1010 760 980 840" fill="none" stroke="${c.wood.dark}" stroke-width="12" stroke-linecap="round"/>
        <ellipse cx="340" cy="640" rx="120" ry="95" fill="${G}" stroke="${c.wood.dark}" stroke-width="8"/>
        <ellipse cx="290" cy="700" rx="70" ry="50" fill="${c.wood.light}" stroke="${c.wood.dark}" stroke-width="6"/>
        <path d="M300 560 Q 170 520 190 400 Q 250 500 340 540 Z M400 560 Q 520 500 500 390 Q 460 480 370 540 Z" fill="${c.wood.light}" stroke="${c.wood.dark}" stroke-width="6"/>
        <circle cx="310" cy="620" r="10" fill="${c.wood.dark}"/><circle cx="380" cy="620" r="10" fill="${c.wood.dark}"/>`;
    case 'cloth':
    case 'hanky':
    case 'napkins': {
      const lace = (pts: [number, number][]) => {
        let s = '';
        for (let i = 0; i < pts.length; i++) {
          const [x1, y1] = pts[i] ?? [0, 0];
          const [x2, y2] = pts[(i + 1) % pts.length] ?? [0, 0];
          const n = 18;
          for (let k = 0; k < n; k++) {
            const x = x1 + ((x2 - x1) * (k + 0.5)) / n;
            const y = y1 + ((y2 - y1) * (k + 0.5)) / n;
            s += `<circle cx="${f1(x)}" cy="${f1(y)}" r="16" fill="#fffdf7" stroke="${c.dark}" stroke-width="2" opacity="0.95"/>`;
          }
        }
        return s;
      };
      const flower = (x: number, y: number, s: number, col: string) => {
        let out = '';
        for (let k = 0; k < 6; k++)
          out += `<ellipse cx="${x}" cy="${f1(y - 40 * s)}" rx="${f1(26 * s)}" ry="${f1(50 * s)}" transform="rotate(${k * 60} ${x} ${y})" fill="${col}" stroke="${c.dark}" stroke-width="2" opacity="0.95"/>`;
        return out + `<circle cx="${x}" cy="${y}" r="${f1(18 * s)}" fill="${c.threads[2]}"/>`;
      };
      const leaf = (x: number, y: number, a: number) =>
        `<path d="M${x} ${y} q 60 -70 130 0 q -70 60 -130 0 Z" transform="rotate(${a} ${x} ${y})" fill="${c.threads[1]}" opacity="0.9"/>`;
      if (kind === 'napkins') {
        let s = shadow(620, 930, 400, 40);
        for (let i = 0; i < 3; i++) {
          const o = i * 40;
          const pts: [number, number][] = [
            [330 - o, 420 + o * 2],
            [900 - o, 420 + o * 2],
            [900 - o, 860 + o * 0.5],
            [330 - o, 860 + o * 0.5],
          ];
          s +=
            lace(pts) +
            `<path d="M${pts.map((q) => q.join(' ')).join(' L')} Z" fill="url(#${p}-linen)" stroke="${c.dark}" stroke-width="4"/>`;
        }
        return s + flower(760, 760, 0.7, c.threads[0] ?? '#c55');
      }
      if (kind === 'hanky') {
        const pts: [number, number][] = [
          [260, 360],
          [900, 300],
          [960, 900],
          [300, 960],
        ];
        return `<path d="M${pts.map(([x, y]) => `${x + 12} ${y + 20}`).join(' L')} Z" fill="#000" opacity="0.1"/><path d="M${pts.map((q) => q.join(' ')).join(' L')} Z" fill="url(#${p}-linen)" stroke="${c.dark}" stroke-width="4"/>
          <path d="M300 400 L862 347 L914 860 L339 917 Z" fill="none" stroke="${c.threads[0]}" stroke-width="3" stroke-dasharray="10 8"/>
          <path d="M820 820 Q 720 700 620 690 M720 720 Q 700 640 650 620" fill="none" stroke="${hsl(20, 40, 35)}" stroke-width="8"/>
          ${flower(620, 690, 0.6, hsl(345, 70, 80))}${flower(700, 620, 0.5, hsl(345, 70, 75))}${flower(770, 760, 0.55, hsl(345, 65, 82))}`;
      }
      const pts: [number, number][] = [
        [150, 600],
        [620, 330],
        [1060, 610],
        [590, 900],
      ];
      const flat = (q: [number, number][], dx: number, dy: number) =>
        `<path d="M${q.map(([x, y]) => `${x + dx} ${y + dy}`).join(' L')} Z" fill="#000" opacity="0.1"/>`;
      return `${flat(pts, 14, 26)}${lace(pts)}
        <path d="M${pts.map((q) => q.join(' ')).join(' L')} Z" fill="url(#${p}-linen)" stroke="${c.dark}" stroke-width="4"/>
        <path d="M230 600 L620 377 L985 610 L590 852 Z" fill="none" stroke="${c.threads[1]}" stroke-width="3" stroke-dasharray="12 8"/>
        ${leaf(500, 640, -20)}${leaf(620, 650, 200)}${leaf(560, 540, 250)}
        ${flower(600, 600, 1, hsl(345, 70, 75))}${flower(690, 560, 0.6, hsl(345, 70, 82))}
        ${leaf(260, 600, -30)}${leaf(940, 610, 210)}${leaf(610, 395, 80)}${leaf(590, 830, -100)}`;
    }
    case 'pillow': {
      const crane = (x: number, y: number, flip: number) =>
        `<g transform="translate(${x} ${y}) scale(${flip} 1)">
          <path d="M0 0 C 40 -60, 120 -40, 140 10 C 90 40, 30 40, 0 0 Z" fill="#fbfaf6"/>
          <path d="M40 -10 C 60 -70, 130 -80, 150 -30 L 110 -10 Z" fill="#fbfaf6" stroke="#1f2430" stroke-width="3"/>
          <path d="M130 0 C 170 -30, 180 -120, 210 -170" fill="none" stroke="#fbfaf6" stroke-width="12" stroke-linecap="round"/>
          <circle cx="212" cy="-176" r="14" fill="#fbfaf6"/><circle cx="214" cy="-186" r="8" fill="${c.threads[0]}"/>
          <path d="M224 -176 L260 -166" stroke="#e9d9a6" stroke-width="5"/>
          <path d="M60 30 L50 130 M90 30 L100 130" stroke="#fbfaf6" stroke-width="5"/></g>`;
      const d =
        'M250 300 Q 600 350 950 300 Q 900 620 950 940 Q 600 890 250 940 Q 300 620 250 300 Z';
      return `${shadow(600, 960, 380, 40)}
        <path d="${d}" fill="url(#${p}-linen)" stroke="${c.dark}" stroke-width="6"/><path d="${d}" fill="url(#${p}-shade)" opacity="0.6"/>
        <path d="M320 370 Q 600 410 880 370 Q 840 620 880 870 Q 600 830 320 870 Q 360 620 320 370 Z" fill="none" stroke="#fbfaf6" stroke-width="3" stroke-dasharray="12 10" opacity="0.7"/>
        ${crane(380, 720, 1)}${crane(820, 700, -1)}<circle cx="600" cy="460" r="46" fill="${c.threads[0]}" opacity="0.9"/>`;
    }
    case 'picture':
      return `${shadow(600, 980, 420, 30)}
        <rect x="170" y="270" width="860" height="680" fill="${G}" stroke="${c.wood.dark}" stroke-width="8"/>
        <rect x="230" y="330" width="740" height="560" fill="#f6efe0"/>
        <rect x="270" y="370" width="660" height="480" fill="${hsl(200, 40, 86)}"/>
        <path d="M270 620 Q 420 500 560 600 Q 700 480 930 590 V850 H270 Z" fill="${hsl(150, 20, 60)}"/>
        <path d="M270 700 H930 V850 H270 Z" fill="${hsl(48, 70, 62)}"/>
        <path d="M270 730 H930 M270 760 H930 M270 790 H930 M270 820 H930" stroke="${hsl(40, 70, 48)}" stroke-width="4" stroke-dasharray="16 8"/>
        <path d="M600 700 V620 H760 V700 Z" fill="${hsl(25, 40, 80)}"/><path d="M560 630 Q 680 560 800 630 L780 600 Q 680 540 580 600 Z" fill="${hsl(5, 50, 38)}"/>
        <path d="M320 700 V470 M340 700 V440 M360 700 V480 M380 700 V455 M850 700 V480 M870 700 V450 M890 700 V470" stroke="${hsl(110, 35, 35)}" stroke-width="8"/>
        <circle cx="800" cy="440" r="34" fill="${hsl(20, 80, 70)}"/>`;
    case 'armchair':
    case 'sofa-set': {
      const chair = (x: number, w: number) => `
        ${leg(x + 20, 760, x + 10, 950)}${leg(x + w - 20, 760, x + w - 10, 950)}
        <rect x="${x}" y="330" width="${w}" height="340" rx="60" fill="${W}" stroke="${c.wood.dark}" stroke-width="14"/>
        <path d="M${x - 20} 700 L${x + w + 20} 700 L${x + w - 10} 780 H${x + 10} Z" fill="${W}" stroke="${c.wood.dark}" stroke-width="14"/>
        <path d="M${x - 40} 560 Q ${x - 40} 520 ${x} 520 M${x + w + 40} 560 Q ${x + w + 40} 520 ${x + w} 520" fill="none" stroke="${c.wood.dark}" stroke-width="26" stroke-linecap="round"/>
        ${leg(x - 40, 560, x - 30, 760)}${leg(x + w + 40, 560, x + w + 30, 760)}`;
      if (kind === 'armchair') return shadow(600, 960, 340) + chair(360, 480);
      return `${shadow(600, 980, 520)}${chair(160, 880)}
        <rect x="190" y="630" width="820" height="80" rx="30" fill="${hsl(40, 35, 88)}" stroke="${c.dark}" stroke-width="4"/>
        <ellipse cx="600" cy="900" rx="300" ry="70" fill="${W}" stroke="${c.wood.dark}" stroke-width="12"/>
        ${leg(400, 930, 410, 1060, 20)}${leg(800, 930, 790, 1060, 20)}`;
    }
    case 'stool': {
      let star = '';
      for (let k = 0; k < 16; k++) {
        const a = (k * 22.5 * Math.PI) / 180;
        star += `<path d="M600 470 L${f1(600 + Math.cos(a) * 260)} ${f1(470 + Math.sin(a) * 90)}" stroke="${c.dark}" stroke-width="${k % 2 ? 4 : 8}" opacity="0.7"/>`;
      }
      return `${shadow(600, 990, 320)}
        ${leg(400, 500, 340, 980)}${leg(800, 500, 860, 980)}${leg(500, 520, 480, 1000, 22)}${leg(700, 520, 720, 1000, 22)}
        ${leg(370, 800, 830, 800, 16)}
        <ellipse cx="600" cy="490" rx="300" ry="104" fill="${c.wood.dark}"/>
        <ellipse cx="600" cy="470" rx="300" ry="104" fill="${c.base}" stroke="${c.wood.dark}" stroke-width="16"/>${star}
        <ellipse cx="600" cy="470" rx="40" ry="16" fill="${c.dark}"/>`;
    }
    case 'tea-table':
      return `${shadow(600, 990, 470)}
        <path d="M290 600 Q 230 800 310 960 M910 600 Q 970 800 890 960 M430 620 Q 390 760 440 900 M770 620 Q 810 760 760 900" fill="none" stroke="${c.wood.dark}" stroke-width="34" stroke-linecap="round"/>
        <path d="M150 560 L1050 560 L1050 620 L150 620 Z" fill="${c.wood.dark}"/>
        <path d="M280 360 L920 360 L1050 560 L150 560 Z" fill="${G}" stroke="${c.wood.dark}" stroke-width="8"/>
        <path d="M280 360 L920 360 L1050 560 L150 560 Z" fill="#fff" opacity="0.1"/>
        <ellipse cx="560" cy="430" rx="70" ry="26" fill="${hsl(20, 30, 30)}" opacity="0.85"/><ellipse cx="700" cy="460" rx="36" ry="14" fill="${hsl(40, 20, 90)}"/>`;
    case 'cradle': {
      const d = 'M220 480 Q 600 520 980 480 Q 950 790 600 810 Q 250 790 220 480 Z';
      return `${shadow(600, 1010, 440)}
        ${leg(330, 700, 250, 960, 24)}${leg(870, 700, 950, 960, 24)}${leg(330, 700, 420, 960, 24)}${leg(870, 700, 780, 960, 24)}
        <path d="M180 980 Q 600 1040 1020 980" fill="none" stroke="${c.wood.dark}" stroke-width="26" stroke-linecap="round"/>
        <path d="${d}" fill="${W}" stroke="${c.dark}" stroke-width="10"/><path d="${d}" fill="url(#${p}-shade)"/>
        <path d="M220 480 Q 600 520 980 480" fill="none" stroke="${c.dark}" stroke-width="28" stroke-linecap="round"/>
        <path d="M220 480 Q 600 520 980 480" fill="none" stroke="${c.light}" stroke-width="12" stroke-dasharray="14 9"/>`;
    }
    case 'cage': {
      let bars = '';
      for (let i = 0; i <= 12; i++) {
        const x = 330 + i * 45;
        bars += `<path d="M${x} 900 V520 Q ${x} ${330 + Math.abs(i - 6) * 16} 600 240" fill="none" stroke="${c.dark}" stroke-width="9"/>`;
      }
      return `${shadow(600, 960, 330)}<path d="M600 240 V150 M600 150 q 40 -60 0 -80" fill="none" stroke="${c.dark}" stroke-width="14"/>
        <path d="M330 520 Q 600 580 870 520 M330 700 Q 600 760 870 700" fill="none" stroke="${c.base}" stroke-width="16"/>${bars}
        <path d="M330 520 Q 600 580 870 520" fill="none" stroke="${c.dark}" stroke-width="6"/>
        <path d="M290 890 H910 V950 H290 Z" fill="${c.wood.base}" stroke="${c.wood.dark}" stroke-width="6"/>
        <path d="M520 720 H680" stroke="${c.wood.dark}" stroke-width="12"/><circle cx="600" cy="690" r="28" fill="${c.threads[2]}"/>`;
    }
    case 'blind': {
      let slats = '';
      for (let y = 330; y < 950; y += 16)
        slats += `<path d="M300 ${y} H900" stroke="${y % 32 ? c.base : c.light}" stroke-width="12"/>`;
      return `${shadow(600, 1000, 330, 24)}<rect x="280" y="250" width="640" height="80" rx="40" fill="${c.base}" stroke="${c.dark}" stroke-width="8"/>
        <path d="M290 290 H910" stroke="${c.dark}" stroke-width="4" opacity="0.5"/>${slats}
        <path d="M400 250 V960 M800 250 V960" stroke="${c.dark}" stroke-width="6"/>
        <rect x="290" y="950" width="620" height="30" rx="15" fill="${c.dark}"/>
        <path d="M950 290 V820" stroke="#6b5a4a" stroke-width="5"/><circle cx="950" cy="830" r="16" fill="${c.dark}"/>`;
    }
    case 'screen': {
      let s = shadow(600, 990, 520);
      const xs = [120, 360, 600, 840, 1080];
      const tops = [250, 310, 250, 310, 250];
      const bottoms = [960, 920, 960, 920, 960];
      for (let i = 0; i < 4; i++) {
        const d = `M${xs[i]} ${tops[i]} L${xs[i + 1]} ${tops[i + 1]} L${xs[i + 1]} ${bottoms[i + 1]} L${xs[i]} ${bottoms[i]} Z`;
        s += `<path d="${d}" fill="${T}" stroke="${c.wood.dark}" stroke-width="16"/><path d="${d}" fill="#000" opacity="${i % 2 ? 0.15 : 0}"/>`;
      }
      return s;
    }
    case 'bookshelf':
    case 'wall-shelf': {
      const wall = kind === 'wall-shelf';
      const books = (x: number, y: number) => {
        let b = '';
        let cx = x;
        for (let i = 0; i < 6; i++) {
          const w = 30 + Math.floor(r() * 26);
          const h = 150 + Math.floor(r() * 60);
          b += `<rect x="${cx}" y="${y - h}" width="${w}" height="${h}" rx="4" fill="${hsl(r() * 360, 35, 45 + r() * 20)}"/>`;
          cx += w + 4;
        }
        return b;
      };
      const plant = (x: number, y: number) =>
        `<path d="M${x - 40} ${y - 80} H${x + 40} L${x + 30} ${y} H${x - 30} Z" fill="${hsl(15, 45, 55)}"/><path d="M${x} ${y - 80} Q ${x - 60} ${y - 200} ${x - 100} ${y - 170} M${x} ${y - 80} Q ${x + 10} ${y - 220} ${x + 60} ${y - 230} M${x} ${y - 80} Q ${x + 70} ${y - 140} ${x + 110} ${y - 120}" fill="none" stroke="${hsl(120, 35, 35)}" stroke-width="16" stroke-linecap="round"/>`;
      if (wall)
        return `<rect x="240" y="300" width="720" height="560" fill="${W}" stroke="${c.wood.dark}" stroke-width="10"/>
          <rect x="200" y="560" width="800" height="40" fill="${G}" stroke="${c.wood.dark}" stroke-width="6"/><rect x="200" y="860" width="800" height="40" fill="${G}" stroke="${c.wood.dark}" stroke-width="6"/>
          <rect x="200" y="280" width="30" height="620" fill="${c.wood.dark}"/><rect x="970" y="280" width="30" height="620" fill="${c.wood.dark}"/>
          ${plant(400, 560)}${books(600, 860)}<circle cx="750" cy="520" r="40" fill="${hsl(200, 25, 80)}"/>`;
      return `${shadow(600, 960, 440)}
        <rect x="180" y="300" width="44" height="640" rx="10" fill="${G}" stroke="${c.wood.dark}" stroke-width="6"/>
        <rect x="976" y="300" width="44" height="640" rx="10" fill="${G}" stroke="${c.wood.dark}" stroke-width="6"/>
        <rect x="200" y="590" width="800" height="40" fill="${G}" stroke="${c.wood.dark}" stroke-width="6"/>
        <rect x="200" y="900" width="800" height="40" fill="${G}" stroke="${c.wood.dark}" stroke-width="6"/>
        ${books(250, 590)}${plant(820, 590)}${books(520, 900)}`;
    }
    case 'chest': {
      let drawers = '';
      for (let i = 0; i < 3; i++) {
        const y = 390 + i * 170;
        drawers += `<rect x="300" y="${y}" width="600" height="150" rx="8" fill="${G}" stroke="${c.wood.dark}" stroke-width="6"/><circle cx="600" cy="${y + 75}" r="22" fill="${c.wood.dark}"/><circle cx="594" cy="${y + 69}" r="8" fill="${c.wood.light}"/>`;
      }
      return `${shadow(600, 990, 420)}${leg(300, 900, 300, 980, 30)}${leg(900, 900, 900, 980, 30)}
        <rect x="270" y="330" width="660" height="590" rx="14" fill="${c.wood.base}" stroke="${c.wood.dark}" stroke-width="10"/>
        <rect x="250" y="320" width="700" height="40" rx="10" fill="${c.wood.dark}"/>${drawers}`;
    }
    case 'mirror': {
      let rays = '';
      for (let k = 0; k < 48; k++) {
        const a = (k * 7.5 * Math.PI) / 180;
        const r2 = k % 2 ? 400 : 460;
        rays += `<path d="M${f1(600 + Math.cos(a) * 250)} ${f1(600 + Math.sin(a) * 250)} L${f1(600 + Math.cos(a) * r2)} ${f1(600 + Math.sin(a) * r2)}" stroke="${c.dark}" stroke-width="22" stroke-linecap="round"/><path d="M${f1(600 + Math.cos(a) * 250)} ${f1(600 + Math.sin(a) * 250)} L${f1(600 + Math.cos(a) * r2)} ${f1(600 + Math.sin(a) * r2)}" stroke="${c.base}" stroke-width="12" stroke-linecap="round"/>`;
      }
      return `${rays}<circle cx="600" cy="600" r="260" fill="${c.dark}"/>
        <circle cx="600" cy="600" r="240" fill="${hsl(200, 18, 82)}"/>
        <path d="M440 520 L560 400 M470 600 L640 430" stroke="#fff" stroke-width="22" stroke-linecap="round" opacity="0.6"/>`;
    }
    case 'fan':
      return `${shadow(600, 1010, 160, 20)}
        <rect x="575" y="760" width="50" height="260" rx="20" fill="${c.wood.base}" stroke="${c.wood.dark}" stroke-width="6"/>
        <path d="M600 820 C 300 760, 180 420, 360 290 C 460 220, 560 260, 600 330 C 640 260, 740 220, 840 290 C 1020 420, 900 760, 600 820 Z" fill="${W}" stroke="${c.dark}" stroke-width="14"/>
        <path d="M600 820 V330" stroke="${c.dark}" stroke-width="8"/>
        <path d="M600 190 L600 330" stroke="${c.dark}" stroke-width="10" stroke-linecap="round"/>`;
    case 'utensils':
      return `${shadow(600, 980, 440, 36)}
        <g transform="rotate(-20 600 600)"><rect x="270" y="520" width="560" height="36" rx="18" fill="${G}" stroke="${c.wood.dark}" stroke-width="5"/><circle cx="880" cy="538" r="110" fill="${G}" stroke="${c.wood.dark}" stroke-width="6"/><circle cx="880" cy="538" r="80" fill="${c.wood.dark}" opacity="0.3"/></g>
        <g transform="rotate(-10 600 700)"><rect x="230" y="700" width="560" height="30" rx="15" fill="${G}" stroke="${c.wood.dark}" stroke-width="5"/><ellipse cx="860" cy="715" rx="110" ry="62" fill="${G}" stroke="${c.wood.dark}" stroke-width="6"/></g>
        <g transform="rotate(0 600 850)"><rect x="200" y="850" width="560" height="30" rx="15" fill="${G}" stroke="${c.wood.dark}" stroke-width="5"/><rect x="760" y="805" width="220" height="120" rx="30" fill="${G}" stroke="${c.wood.dark}" stroke-width="6"/></g>`;
  }
}

/** Where the close-up (image 2) looks: the part of each drawing with the most detail. */
const FOCUS: Partial<Record<Kind, [number, number]>> = {
  basket: [600, 520],
  'basket-lid': [600, 420],
  'basket-tall': [600, 360],
  bowl: [600, 620],
  tub: [600, 540],
  'market-bag': [600, 440],
  handbag: [600, 560],
  pendant: [600, 560],
  shade: [600, 600],
  lantern: [600, 560],
  'table-lamp': [600, 560],
  'carved-box': [640, 540],
  'tea-table': [600, 480],
  'sofa-set': [600, 560],
  armchair: [600, 600],
  mirror: [720, 720],
  cloth: [600, 600],
  picture: [560, 640],
  pillow: [600, 640],
  buffalo: [380, 640],
  cradle: [600, 560],
};

/** The close-up (image 2): the same drawing, magnified around its most detailed part. */
function closeUp(p: string, c: Palette, mat: Material, kind: Kind, name: string): string {
  const [fx, fy] = FOCUS[kind] ?? [600, 620];
  const z = 2.2;
  return `<rect width="1200" height="1200" fill="${c.bg2}"/>
    <g transform="translate(${f1(600 - fx * z)} ${f1(600 - fy * z)}) scale(${z})">${drawObject(kind, p, c, rng(p), mat, name)}</g>
    <rect width="1200" height="1200" fill="url(#${p}-vignette)"/>`;
}

// ---------------------------------------------------------------- scenes

function productSvg(
  sku: string,
  n: number,
  name: string,
  materials: string[],
  craft: string,
): string {
  const mat = materialOf(materials, craft);
  const c = palette(sku, mat, name);
  const kind = kindOf(name, mat);
  const p = `p${hash(sku + n).toString(36)}`;
  const r = rng(`${sku}-${n}`);
  const defs =
    patterns(p, c, n === 1 ? 26 : 20) +
    `<radialGradient id="${p}-vignette" cx="0.5" cy="0.5" r="0.7"><stop offset="0.55" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.35"/></radialGradient>`;
  const art =
    n === 1
      ? `<rect width="1200" height="1200" fill="${c.bg}"/><circle cx="600" cy="600" r="500" fill="${c.bg2}" opacity="0.55"/>${drawObject(kind, p, c, r, mat, name)}`
      : closeUp(p, c, mat, kind, name);
  const labelBg = `<rect x="${1200 - 40 - sku.length * 20 - 16}" y="1126" width="${sku.length * 20 + 24}" height="50" rx="10" fill="#fff" opacity="0.55"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="1200" viewBox="0 0 1200 1200"><defs>${defs}</defs>${art}${labelBg}${strokeLabel(sku, 1162, 1162, 26, '#2b2118')}</svg>`;
}

/** Things that stand on the ground, used to dress the village pictures. */
const SAMPLE_KINDS: Record<string, Kind[]> = {
  'may-tre-dan': ['basket-lid', 'bowl', 'market-bag', 'round-tray', 'basket', 'tub', 'stool'],
  'mo-go': ['carved-box', 'stool', 'buffalo', 'chest', 'tissue-box'],
  'theu-ren': ['pillow', 'cloth', 'tote', 'napkins'],
};

/** n different kinds from the list, in a seeded order. */
function someKinds(kinds: Kind[], n: number, r: () => number): Kind[] {
  const pool = [...kinds];
  const out: Kind[] = [];
  while (out.length < n && pool.length > 0)
    out.push(...pool.splice(Math.floor(r() * pool.length), 1));
  return out;
}

/** Kinds for a village with these crafts (all of them, so a wood-and-rattan village shows both). */
const villageKinds = (crafts: string[]): Kind[] => crafts.flatMap((c) => SAMPLE_KINDS[c] ?? []);

function villageCover(slug: string, crafts: string[], mat: Material): string {
  const r = rng(slug);
  const c = palette(slug, mat, slug);
  const p = `v${hash(slug).toString(36)}`;
  const skyH = 190 + r() * 30;
  let houses = '';
  for (let i = 0; i < 9; i++) {
    const x = 80 + i * 170 + r() * 40;
    const y = 560 + r() * 20;
    const w = 90 + r() * 40;
    houses += `<rect x="${f1(x)}" y="${f1(y)}" width="${f1(w)}" height="50" fill="${hsl(35, 30, 82)}"/><path d="M${f1(x - 14)} ${f1(y)} L${f1(x + w / 2)} ${f1(y - 46)} L${f1(x + w + 14)} ${f1(y)} Z" fill="${hsl(8 + r() * 10, 45, 38)}"/>`;
    houses += `<circle cx="${f1(x + w + 40)}" cy="${f1(y - 10)}" r="${f1(30 + r() * 20)}" fill="${hsl(110 + r() * 30, 30, 38)}"/>`;
  }
  let bamboo = '';
  for (let i = 0; i < 14; i++) {
    const x = 40 + i * 14 + r() * 8;
    bamboo += `<path d="M${f1(x)} 640 Q ${f1(x + 10)} 420 ${f1(x + 40 + r() * 40)} ${f1(300 + r() * 60)}" fill="none" stroke="${hsl(95, 35, 32 + r() * 10)}" stroke-width="7"/>`;
  }
  let furrows = '';
  for (let i = -8; i <= 8; i++)
    furrows += `<path d="M800 610 L${800 + i * 160} 900" stroke="${hsl(80, 30, 45)}" stroke-width="3" opacity="0.35"/>`;
  const [a = 'basket', b = 'bowl'] = someKinds(villageKinds(crafts), 2, r);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900"><defs>${patterns(p, c)}
    <linearGradient id="${p}-sky" x1="0" x2="0" y1="0" y2="1"><stop offset="0" stop-color="${hsl(200 + r() * 15, 45, 80)}"/><stop offset="1" stop-color="${hsl(35, 70, 90)}"/></linearGradient></defs>
    <rect width="1600" height="900" fill="url(#${p}-sky)"/>
    <circle cx="${f1(1100 + r() * 300)}" cy="${f1(skyH - 40)}" r="70" fill="${hsl(42, 95, 78)}"/>
    <path d="M0 520 Q 220 330 420 470 Q 560 300 760 440 Q 980 260 1200 450 Q 1400 360 1600 470 V620 H0 Z" fill="${hsl(190, 18, 62)}"/>
    <path d="M0 560 Q 300 450 600 540 Q 900 470 1200 540 Q 1400 500 1600 540 V640 H0 Z" fill="${hsl(120, 22, 50)}"/>
    <rect y="600" width="1600" height="300" fill="${hsl(85, 40, 58)}"/>${furrows}
    <path d="M0 760 Q 400 720 800 760 T 1600 740 V900 H0 Z" fill="${hsl(50, 55, 66)}"/>
    ${houses}${bamboo}
    <g transform="translate(820 360) scale(0.5)">${drawObject(a, p, c, r, mat)}</g>
    <g transform="translate(1120 430) scale(0.42)">${drawObject(b, p + 'b', c, r, mat)}</g>
    <defs>${patterns(p + 'b', c)}</defs></svg>`;
}

function villageGallery(slug: string, crafts: string[], n: number, mat: Material): string {
  const r = rng(`${slug}-g${n}`);
  const c = palette(`${slug}-g${n}`, mat, slug);
  const p = `g${hash(`${slug}${n}`).toString(36)}`;
  if (n === 1) {
    const kinds = someKinds(villageKinds(crafts), 3, r);
    const objs = kinds
      .map(
        (k, i) =>
          `<g transform="translate(${60 + i * 370} 250) scale(0.36)">${drawObject(k, `${p}${i}`, c, r, mat)}</g>`,
      )
      .join('');
    const defs = [0, 1, 2].map((i) => patterns(`${p}${i}`, c)).join('');
    return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800"><defs>${defs}</defs>
      <rect width="1200" height="800" fill="${c.bg}"/><rect y="0" width="1200" height="120" fill="${c.bg2}"/>
      <rect x="80" y="40" width="300" height="80" fill="${hsl(200, 30, 80)}" stroke="${c.wood.dark}" stroke-width="8"/>
      <rect y="580" width="1200" height="40" fill="${c.wood.dark}"/><rect y="620" width="1200" height="180" fill="${c.wood.base}"/>
      ${objs}</svg>`;
  }
  // n >= 2: the raw material
  let art = '';
  if (mat === 'go') {
    for (let row = 0; row < 4; row++)
      for (let i = 0; i < 7 - row; i++) {
        const cx = 220 + i * 150 + row * 75;
        const cy = 700 - row * 130;
        art += `<circle cx="${cx}" cy="${cy}" r="72" fill="${c.wood.light}" stroke="${c.wood.dark}" stroke-width="10"/>`;
        for (let k = 20; k < 70; k += 14)
          art += `<circle cx="${cx}" cy="${cy}" r="${k}" fill="none" stroke="${c.wood.dark}" stroke-width="2.5" opacity="0.45"/>`;
      }
  } else if (mat === 'vai') {
    art = `<circle cx="600" cy="400" r="330" fill="url(#${p}-linen)"/><circle cx="600" cy="400" r="330" fill="none" stroke="${c.wood.base}" stroke-width="34"/><circle cx="600" cy="400" r="330" fill="none" stroke="${c.wood.dark}" stroke-width="6"/>
      <rect x="570" y="40" width="60" height="50" rx="10" fill="${c.wood.dark}"/>`;
    for (let k = 0; k < 6; k++)
      art += `<ellipse cx="600" cy="300" rx="50" ry="100" transform="rotate(${k * 60} 600 400)" fill="${k < 4 ? c.threads[0] : 'none'}" stroke="${c.threads[0]}" stroke-width="4" stroke-dasharray="${k < 4 ? 'none' : '10 8'}"/>`;
    art += `<circle cx="600" cy="400" r="40" fill="${c.threads[2]}"/><path d="M640 420 C 800 480, 860 600, 980 700" fill="none" stroke="${c.threads[0]}" stroke-width="4"/>`;
  } else {
    for (let i = 0; i < 16; i++) {
      const x = 40 + i * 75 + r() * 20;
      const col = hsl(80 + r() * 25, 35, 40 + r() * 15);
      art += `<rect x="${f1(x)}" y="0" width="28" height="800" fill="${col}"/>`;
      for (let y = 80 + r() * 120; y < 800; y += 150 + r() * 60)
        art += `<rect x="${f1(x - 3)}" y="${f1(y)}" width="34" height="8" rx="4" fill="${hsl(70, 30, 30)}"/>`;
      art += `<path d="M${f1(x + 14)} ${f1(100 + r() * 500)} q 60 -20 110 10 q -60 20 -110 -10 Z" fill="${hsl(100, 40, 45)}"/>`;
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800"><defs>${patterns(p, c)}</defs>
    <rect width="1200" height="800" fill="${mat === 'go' || mat === 'vai' ? c.bg : hsl(90, 25, 80)}"/>${art}</svg>`;
}

// ---------------------------------------------------------------- content reading

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const srcOf = (v: unknown): string | undefined =>
  isRecord(v) && typeof v.src === 'string' ? v.src : undefined;
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

function viFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...viFiles(full));
    else if (entry.name.endsWith('.mdx') && !entry.name.endsWith('.en.mdx')) out.push(full);
  }
  return out.sort();
}

interface Job {
  out: string;
  width: number;
  height: number;
  svg: () => string;
}

function jobs(only?: string): Job[] {
  const list: Job[] = [];
  const outPath = (src: string) => path.join(PUBLIC, ...src.replace(/^\//, '').split('/'));
  const products = viFiles(path.join(CONTENT, 'products')).map(
    (file) => matter(fs.readFileSync(file, 'utf8')).data as unknown,
  );
  // A village's pictures use the material most of its products are made of (mây, tre, giang, gỗ, vải).
  const villageMaterial = (slug: string, crafts: string[]): Material => {
    const counts = new Map<Material, number>();
    for (const d of products)
      if (isRecord(d) && d.village === slug) {
        const m = materialOf(strings(d.materials), String(d.craft));
        counts.set(m, (counts.get(m) ?? 0) + 1);
      }
    const best = [...counts].sort((x, y) => y[1] - x[1])[0];
    return best ? best[0] : materialOf([], crafts[0] ?? '');
  };
  for (const file of viFiles(path.join(CONTENT, 'villages'))) {
    const slug = path.basename(file, '.mdx');
    if (only && only !== slug) continue;
    const data: unknown = matter(fs.readFileSync(file, 'utf8')).data;
    if (!isRecord(data)) continue;
    const crafts = strings(data.crafts);
    const mat = villageMaterial(slug, crafts);
    const cover = srcOf(data.cover);
    if (cover)
      list.push({
        out: outPath(cover),
        width: 1600,
        height: 900,
        svg: () => villageCover(slug, crafts, mat),
      });
    const gallery: unknown[] = Array.isArray(data.gallery) ? data.gallery : [];
    gallery.forEach((g, i) => {
      const src = srcOf(g);
      if (src)
        list.push({
          out: outPath(src),
          width: 1200,
          height: 800,
          svg: () => villageGallery(slug, crafts, i + 1, mat),
        });
    });
  }
  for (const data of products) {
    if (!isRecord(data) || typeof data.sku !== 'string') continue;
    const sku = data.sku;
    if (only && only !== sku && only !== data.village) continue;
    const name = typeof data.name === 'string' ? data.name : sku;
    const craft = typeof data.craft === 'string' ? data.craft : 'may-tre-dan';
    const materials = strings(data.materials);
    const images: unknown[] = Array.isArray(data.images) ? data.images : [];
    images.forEach((img, i) => {
      const src = srcOf(img);
      if (src)
        list.push({
          out: outPath(src),
          width: 1200,
          height: 1200,
          svg: () => productSvg(sku, i + 1, name, materials, craft),
        });
    });
  }
  return list;
}

async function render(job: Job): Promise<number> {
  const svg = Buffer.from(job.svg());
  let buf: Buffer = Buffer.alloc(0);
  for (const quality of [70, 60, 50, 40]) {
    buf = await sharp(svg).resize(job.width, job.height).webp({ quality, effort: 5 }).toBuffer();
    if (buf.length <= MAX_BYTES) break;
  }
  fs.mkdirSync(path.dirname(job.out), { recursive: true });
  fs.writeFileSync(job.out, buf);
  return buf.length;
}

async function main() {
  const args = process.argv.slice(2);
  const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const force = args.includes('--force');
  sharp.concurrency(1);
  const list = jobs(only);
  let total = 0;
  let largest = 0;
  let kept = 0;
  for (const job of list) {
    if (!force && fs.existsSync(job.out)) {
      kept++;
      continue;
    }
    const size = await render(job);
    total += size;
    largest = Math.max(largest, size);
    console.log(`${path.relative(ROOT, job.out)}  ${(size / 1024).toFixed(1)} KB`);
  }
  console.log(
    `\n${list.length - kept} ảnh mới / images drawn (${(total / 1024).toFixed(0)} KB, largest ${(largest / 1024).toFixed(1)} KB); ` +
      `${kept} ảnh có sẵn được giữ nguyên / existing kept (--force to redraw)`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
