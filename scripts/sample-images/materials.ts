/**
 * Light and surface: the key light comes from the upper left and a little in front (a window),
 * so every drawing shades the same way. Gradients carry the shading; textures (weave, grain,
 * cloth) live on the object only, so the soft backgrounds stay cheap to compress.
 */
import type { Material, Palette } from './palette';
import { type Defs, f1, lit, mix, type Rand, stops } from './util';

/** Everything a drawing needs: defs to add to, colours, its random stream, what it is made of. */
export interface Ctx {
  d: Defs;
  c: Palette;
  r: Rand;
  mat: Material;
  name: string;
  seed: number;
  /** strand size multiplier: > 1 for pieces drawn small in a scene (finer strands would be noise) */
  detail?: number;
}

/** Key light direction (x right, y up, z toward the camera), normalised. */
const L = (() => {
  const v = [-0.55, 0.45, 0.7];
  const n = Math.hypot(v[0] ?? 0, v[1] ?? 0, v[2] ?? 0);
  return v.map((x) => x / n) as [number, number, number];
})();

/** Brightness 0..1 of a surface with normal (nx, ny, nz): soft wrap-around diffuse plus fill. */
export function lambert(nx: number, ny: number, nz: number): number {
  const d = nx * L[0] + ny * L[1] + nz * L[2];
  return 0.16 + 0.62 * Math.max(0, (d + 0.25) / 1.25);
}

/** Brightness across a vertical cylinder, u = 0 (left edge) .. 1 (right edge). */
export function cylinderLight(u: number): number {
  const nx = 2 * u - 1;
  const nz = Math.sqrt(Math.max(0, 1 - nx * nx));
  // a thin bounce light on the shadow edge keeps the silhouette readable
  const rim = u > 0.9 ? (u - 0.9) * 0.8 : 0;
  return lambert(nx, 0, nz) + rim;
}

/** Horizontal gradient (object bounding box) shading a colour like a lit cylinder. */
export function cylinderGradient(d: Defs, color: string, spec = 0.12): string {
  const id = d.id('cy');
  const list: [number, string][] = [];
  for (let i = 0; i <= 10; i++) {
    const u = i / 10;
    const k =
      cylinderLight(u) + (Math.abs(u - 0.3) < 0.11 ? spec * (1 - Math.abs(u - 0.3) / 0.11) : 0);
    list.push([u, lit(color, k)]);
  }
  d.add(`<linearGradient id="${id}" x1="0" x2="1" y1="0" y2="0">${stops(list)}</linearGradient>`);
  return id;
}

/** Black/white overlay (object bounding box) that shades any shape as if rounded: lit left, dark right. */
export function roundShade(d: Defs, strength = 1, vertical = false): string {
  const id = d.id('rs');
  const s = strength;
  const dir = vertical ? 'x1="0" x2="0" y1="0" y2="1"' : 'x1="0" x2="1" y1="0" y2="0"';
  d.add(
    `<linearGradient id="${id}" ${dir}>${stops([
      [0, '#000', 0.22 * s],
      [0.12, '#fff', 0.02 * s],
      [0.3, '#fff', 0.14 * s],
      [0.55, '#000', 0],
      [0.85, '#000', 0.3 * s],
      [1, '#000', 0.42 * s],
    ])}</linearGradient>`,
  );
  return id;
}

/** A vertical fade to shadow toward the bottom (ambient occlusion near the ground). */
export function groundFade(d: Defs, from = 0.6, alpha = 0.4): string {
  const id = d.id('gf');
  d.add(
    `<linearGradient id="${id}" x1="0" x2="0" y1="0" y2="1">${stops([
      [0, '#000', 0],
      [from, '#000', 0],
      [1, '#000', alpha],
    ])}</linearGradient>`,
  );
  return id;
}

/**
 * Wood grain: stretched fractal noise banded into growth rings, darkening the shape's own fill.
 * `along` is the grain's stretch (horizontal grain unless the caller rotates the shape's group).
 */
export function woodGrain(d: Defs, seed: number, scale = 1, contrast = 0.4): string {
  const id = d.id('wg');
  d.add(`<filter id="${id}" x="0" y="0" width="1" height="1" color-interpolation-filters="sRGB">
    <feTurbulence type="fractalNoise" baseFrequency="${f1(2 / scale) / 1000} ${f1(26 / scale) / 1000}" numOctaves="3" seed="${seed % 997}"/>
    <feComponentTransfer><feFuncR type="table" tableValues="0 .85 .1 1 .25 .9 0 .8 .2 1"/></feComponentTransfer>
    <feColorMatrix type="matrix" values="0 0 0 0 0.08 0 0 0 0 0.04 0 0 0 0 0.01 ${contrast} 0 0 0 0"/>
    <feComposite in2="SourceGraphic" operator="in" result="g"/>
    <feMerge><feMergeNode in="SourceGraphic"/><feMergeNode in="g"/></feMerge>
  </filter>`);
  return id;
}

/** Soft cloth: gentle low-frequency undulation lit from the upper left (no per-thread noise). */
export function clothFolds(d: Defs, seed: number, freq = 0.005, depth = 5): string {
  const id = d.id('cf');
  d.add(`<filter id="${id}" x="0" y="0" width="1" height="1" color-interpolation-filters="sRGB">
    <feTurbulence type="fractalNoise" baseFrequency="${freq}" numOctaves="2" seed="${seed % 997}" result="n"/>
    <feDiffuseLighting in="n" surfaceScale="${depth}" diffuseConstant="1" lighting-color="#fff" result="l"><feDistantLight azimuth="225" elevation="52"/></feDiffuseLighting>
    <feComposite in="l" in2="SourceGraphic" operator="arithmetic" k1="0.55" k2="0" k3="0.55" k4="0" result="m"/>
    <feComposite in="m" in2="SourceGraphic" operator="in"/>
  </filter>`);
  return id;
}

export type Weave = 'plain' | 'twill';

/**
 * A flat weave as a pattern: every strand segment is shaded across its width (rounded cane) and
 * darkened where it dives under its neighbour, with dark gaps between strands.
 */
export function weavePattern(
  d: Defs,
  c: Palette,
  o: { u?: number; weave?: Weave; tf?: string; tone?: number; color?: string } = {},
): string {
  const u = o.u ?? 24;
  const period = o.weave === 'twill' ? 4 : 2;
  const size = u * period;
  const id = d.id('wv');
  const across = d.id('wa');
  const down = d.id('wd');
  const ends = d.id('we');
  const endsV = d.id('wf');
  const t = o.tone ?? 0.5;
  const col = o.color ?? c.base;
  const base = lit(col, t + 0.05);
  const strand = (vertical: boolean, gid: string) =>
    `<linearGradient id="${gid}" ${vertical ? 'x1="0" x2="1" y1="0" y2="0"' : 'x1="0" x2="0" y1="0" y2="1"'}>${stops(
      [
        [0, lit(col, t - 0.22)],
        [0.25, mix(base, c.light, 0.45)],
        [0.55, base],
        [1, lit(col, t - 0.3)],
      ],
    )}</linearGradient>`;
  const fade = (vertical: boolean, gid: string) =>
    `<linearGradient id="${gid}" ${vertical ? 'x1="0" x2="0" y1="0" y2="1"' : 'x1="0" x2="1" y1="0" y2="0"'}>${stops(
      [
        [0, '#000', 0.38],
        [0.22, '#000', 0],
        [0.78, '#000', 0],
        [1, '#000', 0.38],
      ],
    )}</linearGradient>`;
  d.add(strand(false, across) + strand(true, down) + fade(false, ends) + fade(true, endsV));
  let cells = `<rect width="${size}" height="${size}" fill="${lit(mix(col, c.dark, 0.6), 0.36)}"/>`;
  const g = Math.max(1, u * 0.07);
  for (let i = 0; i < period; i++)
    for (let j = 0; j < period; j++) {
      const horizontal = period === 2 ? (i + j) % 2 === 0 : (i + j) % 4 < 2;
      const x = i * u;
      const y = j * u;
      // each visible segment is shaded across its width and darkened at both ends, where it dives
      if (horizontal)
        cells += `<rect x="${x}" y="${y + g}" width="${u}" height="${u - 2 * g}" rx="${g}" fill="url(#${across})"/><rect x="${x}" y="${y + g}" width="${u}" height="${u - 2 * g}" fill="url(#${ends})"/>`;
      else
        cells += `<rect x="${x + g}" y="${y}" width="${u - 2 * g}" height="${u}" rx="${g}" fill="url(#${down})"/><rect x="${x + g}" y="${y}" width="${u - 2 * g}" height="${u}" fill="url(#${endsV})"/>`;
    }
  d.add(
    `<pattern id="${id}" width="${size}" height="${size}" patternUnits="userSpaceOnUse"${o.tf ? ` patternTransform="${o.tf}"` : ''}>${cells}</pattern>`,
  );
  return id;
}

/** weavePattern for a piece, with strands sized for how large the piece is drawn. */
export const weave = (x: Ctx, o: Parameters<typeof weavePattern>[2] = {}): string =>
  weavePattern(x.d, x.c, { ...o, u: (o.u ?? 24) * (x.detail ?? 1) });
