/**
 * Village covers (1600×900): standing in a village courtyard of old terracotta tiles, with the
 * craft set out in the sun in sharp focus, and beyond the yard's low wall a soft, out-of-focus
 * view of bamboo, tiled roofs, rice fields and hills fading into haze (aerial perspective).
 * Warm low sun from one side, long shadows, the dark eave of the workshop framing a corner.
 */
import type { Kind } from './kinds';
import { clothFolds } from './materials';
import { type Material, palette } from './palette';
import { bundle, pieceCtx, place, ridge, roofs, textileCtx, treeLine } from './scenery';
import { blurFilter, Defs, f1, hash, hsl, lit, mix, type Rand, rng, stops, svgRoot } from './util';

const W = 1600;
const H = 900;

/** Things set out in the yard, by craft. */
const YARD: Record<string, Kind[]> = {
  'may-tre-dan': ['basket-lid', 'bowl', 'market-bag', 'tub', 'basket', 'basket-tall'],
  'mo-go': ['stool', 'chest', 'carved-box', 'tea-table', 'armchair'],
};

/** The far view, drawn plainly and then thrown out of focus. */
function beyond(
  d: Defs,
  r: Rand,
  horizon: number,
  haze: string,
  sunX: number,
  sunY: number,
): string {
  const sky = d.id('sky');
  const sun = d.id('sun');
  d.add(
    `<linearGradient id="${sky}" x1="0" x2="0" y1="0" y2="1">${stops([
      [0, hsl(208, 34, 64 + r() * 8)],
      [0.45, mix(hsl(205, 30, 80), haze, 0.5)],
      [0.6, haze],
    ])}</linearGradient><radialGradient id="${sun}" cx="${f1(sunX)}" cy="${f1(sunY)}" r="560" gradientUnits="userSpaceOnUse">${stops(
      [
        [0, '#fffaf0', 1],
        [0.1, '#fff1cf', 0.7],
        [0.45, '#ffe2b0', 0.18],
        [1, '#ffe2b0', 0],
      ],
    )}</radialGradient>`,
  );
  let clouds = '';
  for (let i = 0; i < 6; i++)
    clouds += `<ellipse cx="${f1(r() * W)}" cy="${f1(40 + r() * 180)}" rx="${f1(160 + r() * 220)}" ry="${f1(26 + r() * 30)}" fill="#fffaf2" opacity="${f1(0.3 + r() * 0.3)}"/>`;
  const treeFar = mix(hsl(115, 24, 30), haze, 0.45);
  const treeNear = mix(hsl(105, 30, 24), haze, 0.2);
  let fields = '';
  for (let i = 0; i < 5; i++) {
    const y = horizon + 30 + i * 22;
    fields += `<path d="M-40 ${y} H${W + 40} V${y + 22} H-40 Z" fill="${i % 2 ? hsl(85, 38, 52) : mix(hsl(200, 25, 78), haze, 0.4)}"/>`;
  }
  return `<rect x="-40" y="-40" width="${W + 80}" height="${H + 80}" fill="url(#${sky})"/><rect x="-40" y="-40" width="${W + 80}" height="${H + 80}" fill="url(#${sun})"/>
    <g filter="url(#${blurFilter(d, 24, 0.6)})">${clouds}</g>
    <path d="${ridge(r, W, horizon - 50, 70, horizon + 40)}" fill="${mix(hsl(215, 18, 56), haze, 0.6)}"/>
    <path d="${ridge(r, W, horizon - 14, 40, horizon + 40, 1.6)}" fill="${mix(hsl(170, 16, 42), haze, 0.45)}"/>
    ${fields}${treeLine(r, W, horizon + 28, 34, treeFar, 0.3)}${roofs(r, W, horizon + 2, 28, haze, 12)}
    ${treeLine(r, W, horizon + 52, 40, treeNear, 0.5)}`;
}

/** The courtyard: terracotta tiles in perspective, grout lines fading with distance. */
function courtyard(d: Defs, r: Rand, horizon: number, top: number, vx: number): string {
  const K = H - horizon;
  const base = hsl(14 + r() * 8, 42, 46 + r() * 6);
  const g = d.id('cy');
  d.add(
    `<linearGradient id="${g}" x1="0" x2="0" y1="0" y2="1">${stops([
      [0, mix(lit(base, 0.6), '#e9d9c0', 0.3)],
      [0.5, base],
      [1, lit(base, 0.4)],
    ])}</linearGradient>`,
  );
  let s = `<rect x="-40" y="${top}" width="${W + 80}" height="${H - top + 40}" fill="url(#${g})"/>`;
  const zFar = K / (top - horizon);
  let tiles = '';
  for (let z = 1 - 0.3 * r(); z < zFar; z += 0.28) {
    const y = horizon + K / z;
    if (y > H + 10) continue;
    tiles += `<path d="M-40 ${f1(y)} H${W + 40}" stroke-width="${f1(5 / z)}"/>`;
    // a few tiles near the camera weathered darker or paler
    if (z < 2.2)
      for (let k = 0; k < 5; k++) {
        const X = (r() - 0.5) * 8;
        const x0 = vx + (X * 470) / z;
        tiles += `<path d="M${f1(x0)} ${f1(y)} l${f1(130 / z)} 0 l${f1(-2 / z)} ${f1(-(K / z - K / (z + 0.28)))} l${f1(-125 / z)} 0 Z" stroke="none" fill="${r() > 0.5 ? '#000' : '#fff'}" opacity="${f1(0.04 + r() * 0.05)}"/>`;
      }
  }
  for (let X = -12; X <= 12; X += 0.28)
    tiles += `<path d="M${f1(vx + (X * 470) / zFar)} ${top} L${f1(vx + X * 470)} ${H}" stroke-width="3"/>`;
  // grout lines fade out toward the (softer) back of the yard
  const m = d.id('cm');
  d.add(
    `<linearGradient id="${m}g" x1="0" x2="0" y1="0" y2="1">${stops([
      [0, '#fff', 0.05],
      [1, '#fff', 1],
    ])}</linearGradient><mask id="${m}"><rect x="-40" y="${top}" width="${W + 80}" height="${H - top + 40}" fill="url(#${m}g)"/></mask>`,
  );
  s += `<g mask="url(#${m})" stroke="#4a3a30" opacity="0.3">${tiles}</g>`;
  // moss and damp along the wall's foot
  s += `<rect x="-40" y="${top}" width="${W + 80}" height="40" fill="${hsl(90, 20, 30)}" opacity="0.25" filter="url(#${blurFilter(d, 8, 0.5)})"/>`;
  return s;
}

/** Dappled shade from trees beyond the wall, thrown across the yard by the low sun. */
function dapple(d: Defs, r: Rand, top: number): string {
  let s = '';
  for (let i = 0; i < 7; i++)
    s += `<ellipse cx="${f1(r() * W)}" cy="${f1(top + 30 + r() * 120)}" rx="${f1(120 + r() * 200)}" ry="${f1(24 + r() * 40)}"/>`;
  return `<g fill="#1a0c04" opacity="0.22" filter="url(#${blurFilter(d, 22, 0.6)})">${s}</g>`;
}

function clothesLine(d: Defs, r: Rand, x0: number, y0: number, seed: number): string {
  const folds = clothFolds(d, seed, 0.01, 5);
  const post = (x: number) =>
    `<path d="M${x} ${y0 + 330} V${y0 - 30}" stroke="${hsl(35, 30, 34)}" stroke-width="16" stroke-linecap="round"/>`;
  let s = `${post(x0)}${post(x0 + 640)}<path d="M${x0} ${y0} Q ${x0 + 320} ${y0 + 36} ${x0 + 640} ${y0}" stroke="#3a3026" stroke-width="3" fill="none"/>`;
  const cols = [hsl(40, 35, 92), hsl(222, 40, 30), hsl(40, 30, 86), hsl(350, 42, 66)];
  for (let i = 0; i < 4; i++) {
    const x = x0 + 34 + i * 150;
    const w = 126 + r() * 10;
    const h = 170 + r() * 70;
    const col = cols[i % cols.length] ?? '#eee';
    const sag = 28 * Math.sin(((i + 0.5) / 4) * Math.PI);
    const dd = `M${x} ${f1(y0 + sag)} H${x + w} L${f1(x + w + 4)} ${f1(y0 + sag + h)} Q ${f1(x + w / 2)} ${f1(y0 + sag + h + 12)} ${x - 4} ${f1(y0 + sag + h)} Z`;
    s += `<path d="${dd}" fill="${col}" filter="url(#${folds})"/><path d="M${x + 10} ${f1(y0 + sag + h - 30)} H${x + w - 10}" stroke="${i % 2 ? '#f1e7cf' : hsl(350, 55, 55)}" stroke-width="7" stroke-dasharray="10 4"/>`;
  }
  return s;
}

export function villageCover(slug: string, crafts: string[], mat: Material): string {
  const r = rng(slug);
  const d = new Defs(`v${hash(slug).toString(36)}`);
  const c = palette(slug, mat, slug);
  const sunLeft = r() > 0.5;
  const sunX = sunLeft ? 160 + r() * 240 : 1200 + r() * 240;
  const sunY = 140 + r() * 80;
  const horizon = 330 + r() * 30;
  const wallTop = horizon + 80 + r() * 30;
  const top = wallTop + 70;
  const haze = hsl(36 + r() * 10, 50, 88);
  // an opaque underlay, so the blurred layers above never fade to nothing at the frame's edge
  let s = `<rect width="${W}" height="${H}" fill="${mix(hsl(205, 30, 78), haze, 0.5)}"/><g filter="url(#${blurFilter(d, 9, 0.05)})">${beyond(d, r, horizon, haze, sunX, sunY)}</g>`;
  // the yard's low wall, a little soft
  const wall = hsl(38, 18, 70);
  s += `<g filter="url(#${blurFilter(d, 2.5, 0.05)})"><rect x="-40" y="${f1(wallTop)}" width="${W + 80}" height="${f1(top - wallTop)}" fill="${wall}"/>
    <rect x="-40" y="${f1(wallTop - 12)}" width="${W + 80}" height="14" fill="${lit(wall, 0.62)}"/>
    <rect x="-40" y="${f1(top - 26)}" width="${W + 80}" height="26" fill="${hsl(80, 14, 40)}" opacity="0.35"/></g>`;
  const vx = sunLeft ? 1000 : 600;
  s += `<g filter="url(#${blurFilter(d, 0.8, 0.02)})">${courtyard(d, r, horizon, top, vx)}</g>${dapple(d, r, top)}`;
  const x = pieceCtx(d, c, r, mat, hash(slug));
  const cast = sunLeft ? 0.9 : -0.9;
  const craft = crafts.includes('theu-ren')
    ? 'theu-ren'
    : crafts.includes('may-tre-dan')
      ? 'may-tre-dan'
      : 'mo-go';
  const cx0 = sunLeft ? 480 : 60;
  // the craft set out in a loose group, back to front, sharp
  const at = (k: number, dy: number, sc: number) => [cx0 + k, top + dy, sc] as const;
  if (craft === 'theu-ren') {
    s += clothesLine(d, r, cx0 + 60, top - 170, hash(slug));
    s +=
      place(textileCtx(d, slug, r, 'túi', x.seed), 'tote', ...at(560, 380, 0.32), cast) +
      place(textileCtx(d, slug, r, 'gối', x.seed), 'pillow', ...at(820, 400, 0.3), cast);
  } else if (craft === 'mo-go') {
    s += bundle(d, r, cx0 + 60, top + 120, 460, 40, c.wood.base, -2);
    s +=
      place(x, 'chest', ...at(820, 130, 0.24), cast, 3) +
      place(x, 'tea-table', ...at(440, 300, 0.34), cast);
    s +=
      place(x, 'armchair', ...at(760, 330, 0.3), cast) +
      place(x, 'stool', ...at(220, 410, 0.34), cast);
  } else {
    const kinds = YARD[craft] ?? [];
    const pick = (k: number) =>
      kinds[(k + Math.floor(r() * kinds.length)) % kinds.length] ?? 'basket';
    s += bundle(d, r, cx0 + 100, top + 80, 380, 34, c.base, -3);
    s += place(x, pick(0), ...at(640, 110, 0.2), cast, 3);
    s +=
      place(x, pick(2), ...at(300, 230, 0.27), cast) +
      place(x, pick(3), ...at(660, 250, 0.28), cast);
    if (crafts.includes('mo-go')) s += place(x, 'stool', ...at(940, 280, 0.27), cast);
    s += bundle(d, r, cx0 + 20, 880, 440, 46, c.base, -4);
    s +=
      place(x, pick(4), ...at(470, 420, 0.36), cast) +
      place(x, pick(5), ...at(800, 430, 0.38), cast);
  }
  // the workshop's eave, in shade, framing the top corner
  const ex = sunLeft ? W + 40 : -40;
  const dir = sunLeft ? -1 : 1;
  s += `<g filter="url(#${blurFilter(d, 3, 0.1)})"><path d="M${ex} -50 L${ex + dir * 560} -50 L${ex + dir * 420} 70 L${ex} 110 Z" fill="${hsl(15, 25, 18)}"/>
    <path d="M${ex + dir * 420} 70 L${ex} 110 L${ex} 130 L${ex + dir * 420} 84 Z" fill="${hsl(20, 30, 30)}"/>
    <path d="M${ex + dir * 100} 100 V${H + 40}" stroke="${hsl(20, 30, 20)}" stroke-width="46"/><path d="M${ex + dir * 84} 100 V${H + 40}" stroke="${hsl(25, 30, 34)}" stroke-width="10"/></g>`;
  // low sun: a warm wash from its side, and the lens's vignette
  const wash = d.id('wa');
  const vig = d.id('vg');
  d.add(
    `<linearGradient id="${wash}" x1="${sunLeft ? 0 : 1}" x2="${sunLeft ? 1 : 0}" y1="0" y2="0.4">${stops(
      [
        [0, '#ffd9a0', 0.25],
        [0.6, '#ffd9a0', 0],
      ],
    )}</linearGradient><radialGradient id="${vig}" cx="0.5" cy="0.5" r="0.75">${stops([
      [0.55, '#000', 0],
      [1, '#000', 0.38],
    ])}</radialGradient>`,
  );
  s += `<rect width="${W}" height="${H}" fill="url(#${wash})"/><rect width="${W}" height="${H}" fill="url(#${vig})"/>`;
  return svgRoot(W, H, d, s);
}
