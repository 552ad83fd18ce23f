/** Pieces of scenery shared by the village pictures: ridges, trees, bamboo, roofs, placed pieces. */
import type { Kind } from './kinds';
import type { Ctx } from './materials';
import { type Palette, palette } from './palette';
import { drawPiece } from './draw';
import { blurFilter, type Defs, f1, hsl, lit, mix, type Rand } from './util';

/** A ridge line across the width: a few seeded sine waves, returned as a closed area down to `bottom`. */
export function ridge(
  r: Rand,
  w: number,
  base: number,
  amp: number,
  bottom: number,
  rough = 1,
): string {
  const waves = [0, 1, 2, 3].map((i) => ({
    f: (0.6 + r() * 1.4) * (i + 1) * rough,
    p: r() * 6.28,
    a: amp / (i + 1.2),
  }));
  const pts: string[] = [];
  for (let x = -40; x <= w + 40; x += 20) {
    const t = x / w;
    const y =
      base - waves.reduce((s, v) => s + v.a * Math.sin(t * v.f * Math.PI * 2 + v.p), 0) - amp * 0.4;
    pts.push(`${x} ${f1(y)}`);
  }
  return `M-40 ${bottom} L${pts.join(' L')} L${w + 40} ${bottom} Z`;
}

/** A band of round tree crowns (and a few bamboo plumes) along y, in one colour. */
export function treeLine(
  r: Rand,
  w: number,
  y: number,
  size: number,
  color: string,
  bamboo = 0.3,
): string {
  let s = '';
  for (let x = -30; x < w + 30; x += size * (0.4 + r() * 0.9)) {
    const yy = y + (r() - 0.5) * size * 0.4;
    if (r() < bamboo) {
      // a bamboo clump: tall feathery plumes leaning out from one foot
      const n = 5 + Math.floor(r() * 5);
      for (let k = 0; k < n; k++) {
        const h = size * (1.6 + r() * 2.4);
        const a = (r() - 0.5) * 50;
        const cx = x + Math.sin((a * Math.PI) / 180) * h * 0.5;
        const cy = yy - Math.cos((a * Math.PI) / 180) * h * 0.5;
        s += `<ellipse cx="${f1(cx)}" cy="${f1(cy)}" rx="${f1(size * (0.25 + r() * 0.25))}" ry="${f1(h / 2)}" transform="rotate(${f1(a)} ${f1(cx)} ${f1(cy)})" fill="${color}"/>`;
      }
    } else {
      // a tree: a crown of overlapping lobes, some taller than others
      const rr = size * (0.5 + r() * 1.1);
      for (let k = 0; k < 3; k++)
        s += `<ellipse cx="${f1(x + (r() - 0.5) * rr)}" cy="${f1(yy - rr * (0.5 + r() * 0.6))}" rx="${f1(rr * (0.6 + r() * 0.4))}" ry="${f1(rr * (0.5 + r() * 0.4))}" fill="${color}"/>`;
    }
  }
  return `${s}<rect x="-40" y="${f1(y - size * 0.3)}" width="${w + 80}" height="${f1(size * 0.6)}" fill="${color}"/>`;
}

/** Village roofs among the trees: tiled pitches, a lit slope and a shaded one, whitewashed walls. */
export function roofs(
  r: Rand,
  w: number,
  y: number,
  size: number,
  haze: string,
  amount: number,
): string {
  let s = '';
  for (let i = 0; i < amount; i++) {
    const x = r() * w;
    const rw = size * (1.4 + r() * 1.2);
    const rh = size * 0.45;
    const yy = y + r() * size * 0.4;
    const tile = hsl(10 + r() * 14, 40 + r() * 15, 36 + r() * 10);
    s += `<rect x="${f1(x - rw * 0.42)}" y="${f1(yy)}" width="${f1(rw * 0.84)}" height="${f1(rh * 0.9)}" fill="${mix('#e8e0d0', haze, 0.3)}"/>
      <path d="M${f1(x - rw / 2)} ${f1(yy + 2)} L${f1(x - rw * 0.3)} ${f1(yy - rh)} H${f1(x + rw * 0.3)} L${f1(x + rw / 2)} ${f1(yy + 2)} Z" fill="${mix(tile, haze, 0.25)}"/>
      <path d="M${f1(x + rw * 0.1)} ${f1(yy - rh)} H${f1(x + rw * 0.3)} L${f1(x + rw / 2)} ${f1(yy + 2)} H${f1(x + rw * 0.2)} Z" fill="#000" opacity="0.18"/>`;
  }
  return s;
}

/**
 * A product drawing placed in a scene: its footprint at (x, y), scaled, with a contact shadow and
 * (when `cast` is given) a shadow thrown along the ground, `cast` pixels sideways per pixel of height.
 */
export function place(
  x: Ctx,
  kind: Kind,
  px: number,
  py: number,
  scale: number,
  cast = 0,
  soft = 0,
): string {
  const piece = drawPiece(kind, { ...x, detail: Math.min(2.2, Math.max(1, 0.45 / scale)) });
  const f = piece.foot ?? { cx: 600, cy: 900, rx: 300, ry: 40 };
  const tf = `translate(${f1(px - f.cx * scale)} ${f1(py - f.cy * scale)}) scale(${scale})`;
  const contact = blurFilter(x.d, 10, 1);
  const id = x.d.id('pc');
  x.d.add(`<g id="${id}">${piece.svg}</g>`);
  let shadow = '';
  if (cast) {
    const g = f.cy;
    const b = 0.22;
    const sh = x.d.id('ps');
    x.d.add(
      `<filter id="${sh}" x="-0.5" y="-0.5" width="2" height="2"><feGaussianBlur in="SourceAlpha" stdDeviation="10"/></filter>`,
    );
    shadow = `<use href="#${id}" transform="matrix(1 0 ${f1(-cast * 100) / 100} ${b} ${f1(cast * g)} ${f1((1 - b) * g)})" filter="url(#${sh})" opacity="0.4"/>`;
  }
  const blur = soft ? ` filter="url(#${blurFilter(x.d, soft, 0.2)})"` : '';
  return `<g transform="${tf}"${blur}>${shadow}<ellipse cx="${f.cx + 10}" cy="${f.cy}" rx="${f1(f.rx * 1.12)}" ry="${f1(Math.max(f.ry, 30) * 1.1)}" fill="#000" opacity="${f1(45 * (piece.contact ?? 1)) / 100}" filter="url(#${contact})"/><use href="#${id}"/></g>`;
}

/** A bundle of split cane or rattan lying on the ground, tied in two places. */
export function bundle(
  d: Defs,
  r: Rand,
  x: number,
  y: number,
  len: number,
  thick: number,
  col: string,
  angle = 0,
): string {
  let s = `<ellipse cx="${f1(x + len / 2)}" cy="${f1(y + thick * 0.5)}" rx="${f1(len * 0.52)}" ry="${f1(thick * 0.5)}" fill="#000" opacity="0.3" filter="url(#${blurFilter(d, 6, 0.5)})"/>`;
  const n = Math.round(thick / 3);
  for (let i = 0; i < n; i++) {
    const yy = y - thick / 2 + (i / n) * thick;
    const k = 0.3 + 0.45 * (i / n) + r() * 0.12;
    s += `<path d="M${f1(x + r() * 12)} ${f1(yy)} L${f1(x + len - r() * 14)} ${f1(yy + (r() - 0.5) * 4)}" stroke="${lit(col, 0.85 - k)}" stroke-width="${f1(3 + r() * 2)}" stroke-linecap="round"/>`;
  }
  for (const t of [0.25, 0.72])
    s += `<rect x="${f1(x + len * t)}" y="${f1(y - thick * 0.62)}" width="${f1(thick * 0.16)}" height="${f1(thick * 1.24)}" rx="3" fill="${lit(col, 0.25)}"/>`;
  return `<g transform="rotate(${f1(angle)} ${f1(x)} ${f1(y)})">${s}</g>`;
}

/** A context for drawing pieces inside a village picture. */
export const pieceCtx = (d: Defs, c: Palette, r: Rand, mat: Ctx['mat'], seed: number): Ctx => ({
  d,
  c,
  r,
  mat,
  name: '',
  seed,
});

/** Embroidered pieces for a village picture, coloured as their product names would make them. */
export const textileCtx = (d: Defs, slug: string, r: Rand, name: string, seed: number): Ctx =>
  pieceCtx(d, palette(`${slug}-${name}`, 'vai', name), r, 'vai', seed);
