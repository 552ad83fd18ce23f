/**
 * Village galleries (1200×800). Picture 1: the workshop, dim and warm, a window throwing a shaft
 * of daylight across the floor, shelves of work out of focus behind, finished pieces sharp in
 * front. Picture 2: the raw material: a bamboo grove, a stack of logs, or an embroidery hoop
 * with a flower half worked.
 */
import type { Kind } from './kinds';
import type { Ctx } from './materials';
import { flower, leaf, satin, stem } from './objects-textile';
import { type Material, palette } from './palette';
import { pieceCtx, place, textileCtx } from './scenery';
import { board, rod } from './solids';
import { blurFilter, Defs, f1, hash, hsl, lit, mix, rng, stops, svgRoot } from './util';

const W = 1200;
const H = 800;

const SHOWN: Record<string, Kind[]> = {
  'may-tre-dan': ['basket-lid', 'bowl', 'market-bag', 'tub', 'basket', 'box-set', 'handbag'],
  'mo-go': ['carved-box', 'chest', 'tea-table', 'stool', 'armchair', 'buffalo'],
  'theu-ren': ['pillow', 'tote', 'napkins'],
};

const svg = (d: Defs, body: string) => svgRoot(W, H, d, body);

function finish(d: Defs, warm = 0.2): string {
  const vig = d.id('vg');
  d.add(
    `<radialGradient id="${vig}" cx="0.5" cy="0.5" r="0.75">${stops([
      [0.5, '#000', 0],
      [1, '#000', 0.45],
    ])}</radialGradient>`,
  );
  return `<rect width="${W}" height="${H}" fill="#ffb060" opacity="${warm * 0.3}"/><rect width="${W}" height="${H}" fill="url(#${vig})"/>`;
}

/** A folded stack of embroidered cloths on a shelf (for the embroidery workshop). */
function foldedStack(x: Ctx, px: number, py: number, n: number): string {
  let s = '';
  const cols = [
    hsl(40, 30, 92),
    hsl(222, 38, 32),
    hsl(30, 30, 86),
    hsl(350, 40, 72),
    hsl(100, 16, 78),
  ];
  for (let i = 0; i < n; i++) {
    const y = py - i * 26;
    const col = cols[Math.floor(x.r() * cols.length)] ?? '#eee';
    s += `<rect x="${px}" y="${y - 26}" width="200" height="26" rx="8" fill="${col}"/>
      <path d="M${px + 6} ${y - 4} H${px + 194}" stroke="#000" stroke-width="3" opacity="0.15"/><path d="M${px + 6} ${y - 22} H${px + 194}" stroke="#fff" stroke-width="2" opacity="0.4"/>`;
  }
  return s;
}

function workshop(slug: string, crafts: string[], mat: Material): string {
  const r = rng(`${slug}-g1`);
  const d = new Defs(`g${hash(`${slug}1`).toString(36)}`);
  const c = palette(`${slug}-g1`, mat, slug);
  const x = pieceCtx(d, c, r, mat, hash(slug));
  const floorY = 520;
  const winLeft = r() > 0.5;
  const wx = winLeft ? 90 : 820;
  const wall = hsl(30 + r() * 10, 20, 42);
  const craft = crafts.includes('theu-ren')
    ? 'theu-ren'
    : crafts.includes('may-tre-dan') && mat !== 'go'
      ? 'may-tre-dan'
      : 'mo-go';
  const kinds = [
    ...(SHOWN[craft] ?? []),
    ...(crafts.includes('mo-go') && crafts.includes('may-tre-dan') ? ['basket-lid' as Kind] : []),
  ];
  // different pieces, in a seeded order
  const pool = [...kinds];
  const pick = (): Kind =>
    (pool.length ? pool.splice(Math.floor(r() * pool.length), 1)[0] : kinds[0]) ?? 'basket';
  // the back of the room: wall, window, shelves of work, all out of focus
  let back = `<rect x="-40" y="-40" width="${W + 80}" height="${floorY + 40}" fill="${wall}"/>
    <rect x="${wx}" y="90" width="290" height="300" fill="#fff6e2"/><path d="M${wx + 145} 90 V390 M${wx} 240 H${wx + 290}" stroke="${lit(wall, 0.25)}" stroke-width="14"/>`;
  const shelfX = winLeft ? 460 : 60;
  for (const sy of [250, 430]) {
    back += `<rect x="${shelfX}" y="${sy}" width="680" height="16" fill="${lit(c.wood.base, 0.4)}"/>`;
    if (craft === 'theu-ren')
      back += foldedStack(x, shelfX + 40, sy, 4) + foldedStack(x, shelfX + 300, sy, 3);
    else
      for (let k = 0; k < 4; k++)
        back += place(
          x,
          kinds[(k + sy) % kinds.length] ?? 'basket',
          shelfX + 90 + k * 165,
          sy,
          0.13,
        );
  }
  let s = `<rect width="${W}" height="${H}" fill="${wall}"/><g filter="url(#${blurFilter(d, 6, 0.05)})">${back}</g>`;
  // the bright window blooms into the dim room
  s += `<rect x="${wx - 30}" y="60" width="350" height="360" fill="#fff3d6" opacity="0.45" filter="url(#${blurFilter(d, 30, 0.5)})"/>`;
  // the floor, and the window's shaft of light across the room
  const fl = d.id('fl');
  d.add(
    `<linearGradient id="${fl}" x1="0" x2="0" y1="0" y2="1">${stops([
      [0, lit(hsl(28, 20, 40), 0.55)],
      [1, lit(hsl(28, 20, 40), 0.3)],
    ])}</linearGradient>`,
  );
  s += `<rect x="-40" y="${floorY}" width="${W + 80}" height="${H - floorY + 40}" fill="url(#${fl})"/>`;
  const beam = d.id('bm');
  d.add(
    `<linearGradient id="${beam}" x1="0" x2="0" y1="0" y2="1">${stops([
      [0, '#fff3d6', 0.35],
      [1, '#fff3d6', 0.08],
    ])}</linearGradient>`,
  );
  const dir = winLeft ? 1 : -1;
  s += `<path d="M${wx} 90 L${wx + 290} 90 L${wx + 290 + dir * 420} ${H} L${wx + dir * 420 - 60} ${H} Z" fill="url(#${beam})" filter="url(#${blurFilter(d, 26, 0.3)})"/>`;
  // a low wooden platform with finished pieces, in focus
  s += `<g transform="translate(-40 600)">${board(x, W + 80, 30, 0.5, 0)}</g><rect x="-40" y="630" width="${W + 80}" height="${H - 590}" fill="${lit(c.wood.base, 0.25)}"/>`;
  const cast = winLeft ? 0.5 : -0.5;
  if (craft === 'theu-ren')
    s +=
      place(textileCtx(d, slug, r, 'gối', x.seed), 'pillow', 330, 612, 0.34, cast) +
      foldedStack(x, 560, 610, 5) +
      place(textileCtx(d, slug, r, 'túi', x.seed), 'tote', 920, 612, 0.32, cast);
  else
    s +=
      place(x, pick(), 250, 612, 0.3, cast) +
      place(x, pick(), 600, 614, 0.34, cast) +
      place(x, pick(), 950, 612, 0.3, cast);
  return svg(d, s + finish(d));
}

/** A grove of bamboo: culms at several depths, the far ones soft and pale in green light. */
function grove(slug: string): string {
  const r = rng(`${slug}-g2`);
  const d = new Defs(`g${hash(`${slug}2`).toString(36)}`);
  const light = hsl(70, 45, 85);
  const g = d.id('gr');
  d.add(
    `<linearGradient id="${g}" x1="0" x2="0" y1="0" y2="1">${stops([
      [0, light],
      [0.5, hsl(95, 30, 55)],
      [1, hsl(40, 30, 32)],
    ])}</linearGradient>`,
  );
  const culms = (n: number, w0: number, w1: number, hazeK: number) => {
    let s = '';
    for (let i = 0; i < n; i++) {
      const x = r() * W;
      const w = w0 + r() * (w1 - w0);
      const lean = (r() - 0.5) * 80;
      const base = mix(hsl(70 + r() * 30, 40, 40 + r() * 12), light, hazeK);
      const cg = d.id('cu');
      d.add(
        `<linearGradient id="${cg}" x1="0" x2="1">${stops([
          [0, lit(base, 0.35)],
          [0.3, lit(base, 0.72)],
          [1, lit(base, 0.25)],
        ])}</linearGradient>`,
      );
      s += `<path d="M${f1(x)} ${H + 20} L${f1(x + lean)} -20 h${f1(w)} L${f1(x + w)} ${H + 20} Z" fill="url(#${cg})"/>`;
      for (let y = 40 + r() * 120; y < H; y += 130 + r() * 60) {
        const xx = x + lean * (1 - (y + 20) / (H + 40));
        s += `<path d="M${f1(xx - 2)} ${f1(y)} h${f1(w + 4)}" stroke="${lit(base, 0.2)}" stroke-width="${f1(w * 0.12 + 1)}"/><path d="M${f1(xx)} ${f1(y + w * 0.12)} h${f1(w)}" stroke="#f4f2e0" stroke-width="${f1(w * 0.1 + 1)}" opacity="0.35"/>`;
      }
    }
    return s;
  };
  const leaves = (n: number, col: string, y0: number, y1: number) => {
    let s = '';
    for (let i = 0; i < n; i++) {
      const x = r() * W;
      const y = y0 + r() * (y1 - y0);
      const a = -40 + r() * 80 + (r() > 0.5 ? 180 : 0);
      s += `<path d="M0 0 C 30 -9, 90 -8, 130 0 C 90 8, 30 9, 0 0 Z" transform="translate(${f1(x)} ${f1(y)}) rotate(${f1(a)}) scale(${f1(0.7 + r() * 0.6)})" fill="${mix(col, light, r() * 0.3)}"/>`;
    }
    return s;
  };
  let s = `<rect x="-40" y="-40" width="${W + 80}" height="${H + 80}" fill="url(#${g})"/>`;
  s += `<g filter="url(#${blurFilter(d, 9, 0.05)})">${culms(26, 12, 24, 0.55)}${leaves(50, hsl(100, 35, 40), -20, 300)}</g>`;
  s += `<g filter="url(#${blurFilter(d, 3.5, 0.05)})">${culms(9, 28, 42, 0.2)}${leaves(30, hsl(105, 38, 32), 0, 260)}</g>`;
  s += culms(4, 58, 86, 0);
  s += `<g filter="url(#${blurFilter(d, 6, 0.2)})">${leaves(16, hsl(110, 40, 24), -40, 140)}</g>`;
  // slanting light through the canopy
  s += `<g fill="#fffbe6" opacity="0.14" filter="url(#${blurFilter(d, 30, 0.3)})"><path d="M300 -40 L420 -40 L760 ${H} L560 ${H} Z"/><path d="M700 -40 L760 -40 L1060 ${H} L960 ${H} Z"/></g>`;
  return svg(d, s + finish(d, 0.1));
}

/** Logs stacked end-on: bark, sapwood, rings and checks on each cut face. */
function logs(slug: string, mat: Material): string {
  const r = rng(`${slug}-g2`);
  const d = new Defs(`g${hash(`${slug}2`).toString(36)}`);
  const c = palette(`${slug}-g2`, mat, slug);
  const sky = d.id('sk');
  d.add(
    `<linearGradient id="${sky}" x1="0" x2="0" y1="0" y2="1">${stops([
      [0, hsl(200, 25, 80)],
      [0.5, hsl(90, 20, 55)],
      [1, hsl(30, 22, 40)],
    ])}</linearGradient>`,
  );
  let s = `<rect x="-40" y="-40" width="${W + 80}" height="${H + 80}" fill="url(#${sky})"/>
    <g filter="url(#${blurFilter(d, 12, 0.1)})"><rect x="-40" y="120" width="560" height="360" fill="${hsl(35, 18, 70)}"/><path d="M-40 120 L260 40 L560 120 Z" fill="${hsl(12, 35, 38)}"/>
    <ellipse cx="900" cy="260" rx="260" ry="180" fill="${hsl(110, 25, 35)}"/><rect x="-40" y="480" width="${W + 80}" height="400" fill="${hsl(30, 20, 42)}"/></g>`;
  const face = (cx: number, cy: number, R: number) => {
    const id = d.id('lf');
    d.add(
      `<radialGradient id="${id}" cx="0.46" cy="0.44" r="0.6">${stops([
        [0, lit(c.wood.base, 0.42)],
        [0.5, lit(c.wood.light, 0.55)],
        [0.85, lit(c.wood.light, 0.68)],
        [1, lit(c.wood.light, 0.5)],
      ])}</radialGradient>`,
    );
    let rings = '';
    for (let k = 2; k < 6; k++)
      rings += `<circle cx="${f1(cx + (r() - 0.5) * 6)}" cy="${f1(cy + (r() - 0.5) * 6)}" r="${f1((R * 0.8 * k) / 6)}" fill="none" stroke="${lit(c.wood.base, 0.4)}" stroke-width="2" opacity="0.3"/>`;
    return `<circle cx="${cx}" cy="${cy}" r="${f1(R + 6)}" fill="${hsl(25, 25, 20)}"/>
      <circle cx="${cx}" cy="${cy}" r="${f1(R * 0.93)}" fill="url(#${id})"/>${rings}
      <circle cx="${cx}" cy="${cy}" r="${f1(R * 0.93)}" fill="none" stroke="#000" stroke-width="3" opacity="0.25"/>`;
  };
  s += `<path d="M120 760 L220 300 L980 300 L1090 760 Z" fill="#140c06" opacity="0.7" filter="url(#${blurFilter(d, 10, 0.1)})"/>`;
  for (let row = 0; row < 4; row++) {
    const n = 7 - row;
    for (let i = 0; i < n; i++) {
      const R = 64 + r() * 12;
      s += face(230 + i * 148 + row * 74 + (r() - 0.5) * 10, 690 - row * 128 + (r() - 0.5) * 8, R);
    }
  }
  const vig = d.id('lv');
  d.add(
    `<linearGradient id="${vig}" x1="0" x2="1" y1="0" y2="1">${stops([
      [0, '#fff4dc', 0.18],
      [0.6, '#000', 0],
      [1, '#000', 0.25],
    ])}</linearGradient>`,
  );
  return svg(d, s + `<rect width="${W}" height="${H}" fill="url(#${vig})"/>` + finish(d, 0.15));
}

/** An embroidery hoop on the table: a flower half stitched, the rest still drawn in pencil. */
function hoop(slug: string): string {
  const r = rng(`${slug}-g2`);
  const d = new Defs(`g${hash(`${slug}2`).toString(36)}`);
  const c = palette(`${slug}-g2`, 'vai', 'khăn lanh');
  const x: Ctx = pieceCtx(d, c, r, 'vai', hash(slug));
  let s = `<rect x="-40" y="-40" width="${W + 80}" height="${H + 80}" fill="${c.wood.base}"/><g transform="translate(-40 -40)">${board(x, W + 80, H + 80, 0.5, 0)}</g>`;
  const cx = 560;
  const cy = 400;
  const R = 300;
  const fab = d.id('fb');
  d.add(
    `<radialGradient id="${fab}" cx="0.45" cy="0.42" r="0.6">${stops([
      [0, hsl(40, 35, 94)],
      [1, hsl(40, 30, 82)],
    ])}</radialGradient>`,
  );
  s += `<circle cx="${cx + 16}" cy="${cy + 22}" r="${R + 22}" fill="#000" opacity="0.35" filter="url(#${blurFilter(d, 14, 0.3)})"/>
    <circle cx="${cx}" cy="${cy}" r="${R}" fill="url(#${fab})"/>`;
  // petals already worked in satin stitch; the rest still pencilled in
  const pink = hsl(345, 55, 66);
  for (let i = 0; i < 8; i++) {
    const a = i * 45;
    const p = `M0 0 C -46 -40, -40 -120, 0 -150 C 40 -120, 46 -40, 0 0 Z`;
    s +=
      i < 5
        ? satin(
            x,
            p,
            mix(pink, '#fff', (i % 2) * 0.15),
            a + 90,
            `translate(${cx} ${cy}) rotate(${a})`,
          )
        : `<path d="${p}" transform="translate(${cx} ${cy}) rotate(${a})" fill="none" stroke="${hsl(215, 40, 55)}" stroke-width="2.5" stroke-dasharray="7 5" opacity="0.8"/>`;
  }
  s += flower(x, cx, cy, 6, 34, 20, hsl(44, 75, 58), 0);
  s +=
    leaf(x, cx - 170, cy + 170, 110, -130, c.threads[1] ?? '#4a6') +
    stem(
      `M${cx - 60} ${cy + 60} Q ${cx - 120} ${cy + 140} ${cx - 170} ${cy + 170}`,
      c.threads[1] ?? '#4a6',
      6,
    );
  // hoop rings and the brass screw
  s += `<circle cx="${cx}" cy="${cy}" r="${R + 6}" fill="none" stroke="${lit(c.wood.light, 0.45)}" stroke-width="24"/>
    <circle cx="${cx}" cy="${cy}" r="${R + 6}" fill="none" stroke="${lit(c.wood.light, 0.7)}" stroke-width="6" transform="translate(-3 -4)"/>
    <circle cx="${cx}" cy="${cy}" r="${R + 24}" fill="none" stroke="${lit(c.wood.light, 0.5)}" stroke-width="16"/>`;
  s += rod(x, cx - 26, cy - R - 34, cx + 26, cy - R - 34, 20, hsl(45, 50, 55));
  // needle and thread running off to a skein
  s += `<path d="M${cx + 40} ${cy - 40} C ${cx + 200} ${cy - 160}, ${cx + 420} ${cy - 60}, ${cx + 470} ${cy + 180}" fill="none" stroke="${pink}" stroke-width="3"/>
    ${rod(x, cx + 300, cy - 110, cx + 400, cy - 150, 5, '#c9ccd0')}`;
  for (let k = 0; k < 3; k++) {
    const col = [pink, c.threads[1] ?? '#4a6', hsl(44, 75, 58)][k] ?? pink;
    s += `<g transform="translate(${960 + k * 60} ${560 + k * 50}) rotate(${-20 + k * 15})">${[0, 1, 2, 3, 4, 5].map((i) => `<path d="M-70 ${i * 5 - 12} Q 0 ${i * 5 - 24} 70 ${i * 5 - 12}" stroke="${lit(col, 0.35 + i * 0.06)}" stroke-width="6" fill="none"/>`).join('')}<rect x="-16" y="-24" width="32" height="40" rx="4" fill="${hsl(40, 25, 88)}"/></g>`;
  }
  return svg(d, s + finish(d, 0.15));
}

/** Gallery picture n of a village (1200×800). */
export function villageGallery(slug: string, crafts: string[], n: number, mat: Material): string {
  if (n === 1) return workshop(slug, crafts, mat);
  if (crafts.includes('theu-ren')) return hoop(slug);
  if (mat === 'go') return logs(slug, mat);
  return grove(slug);
}
