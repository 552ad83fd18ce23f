/**
 * Woven vessels (baskets, bowls, tubs, lamp bodies): drawn strand by strand in 3-D. Weavers run
 * round the body over and under upright stakes; each weaver is shaded like a lit cylinder and
 * carries a thin specular line, each visible stake is shaded for its angle to the light, and the
 * body gets ambient occlusion under the rim and near the ground.
 */
import { cylinderGradient, cylinderLight, groundFade, type Weave } from './materials';
import type { Palette } from './palette';
import { type Defs, f1, lit, mix, type Rand, stops } from './util';

export interface VesselOpts {
  cx: number;
  top: number;
  bottom: number;
  /** radius at the rim and at the foot */
  wt: number;
  wb: number;
  /** how round the rim ellipse looks (ry / rx): the camera's height */
  k?: number;
  /** outward bulge at mid-height, as a fraction of the radius */
  belly?: number;
  rowH?: number;
  stakes?: number;
  weave?: Weave;
  lid?: boolean;
  handle?: boolean;
  /** rim thickness */
  rim?: number;
  /** stake width as a fraction of the row height (wide flat strips for bamboo) */
  stakeW?: number;
  /** strand colour (defaults to the palette's) */
  color?: string;
}

interface Shape {
  a: (s: number) => number;
  y: (s: number) => number;
  ry: (s: number) => number;
}

function shape(o: VesselOpts): Shape {
  const k = o.k ?? 0.2;
  const belly = o.belly ?? 0;
  const a = (s: number) => (o.wt + (o.wb - o.wt) * s) * (1 + belly * Math.sin(Math.PI * s));
  return {
    a,
    y: (s: number) => o.top + (o.bottom - o.top) * s,
    // lower rings sit further below the eye, so they look a little rounder
    ry: (s: number) => a(s) * k * (1 + 0.35 * s),
  };
}

/** The outer silhouette: front half of the rim, down the left side, the front of the foot, up. */
export function vesselOutline(o: VesselOpts): string {
  const v = shape(o);
  const pts: string[] = [];
  for (let i = 0; i <= 12; i++) {
    const s = i / 12;
    pts.push(`${f1(o.cx - v.a(s))} ${f1(v.y(s))}`);
  }
  const right: string[] = [];
  for (let i = 12; i >= 0; i--) {
    const s = i / 12;
    right.push(`${f1(o.cx + v.a(s))} ${f1(v.y(s))}`);
  }
  return `M${f1(o.cx + o.wt)} ${o.top} A${o.wt} ${f1(v.ry(0))} 0 0 1 ${f1(o.cx - o.wt)} ${o.top} L${pts.join(' L')} A${f1(v.a(1))} ${f1(v.ry(1))} 0 0 0 ${f1(o.cx + v.a(1))} ${o.bottom} L${right.join(' L')} Z`;
}

const arc = (cx: number, y: number, a: number, ry: number, front: boolean) =>
  front
    ? `M${f1(cx + a)} ${f1(y)} A${f1(a)} ${f1(ry)} 0 0 1 ${f1(cx - a)} ${f1(y)}`
    : `M${f1(cx - a)} ${f1(y)} A${f1(a)} ${f1(ry)} 0 0 1 ${f1(cx + a)} ${f1(y)}`;

/** A thick wrapped cane ring (rim, lid edge): shaded tube with binding wraps and a highlight. */
export function caneRing(
  d: Defs,
  c: Palette,
  cx: number,
  y: number,
  a: number,
  ry: number,
  w: number,
  part: 'front' | 'back' | 'full' = 'full',
): string {
  const g = cylinderGradient(d, c.base, 0.2);
  const path =
    part === 'full'
      ? `M${f1(cx - a)} ${f1(y)} A${f1(a)} ${f1(ry)} 0 1 0 ${f1(cx + a)} ${f1(y)} A${f1(a)} ${f1(ry)} 0 1 0 ${f1(cx - a)} ${f1(y)}`
      : arc(cx, y, a, ry, part === 'front');
  const hi = arc(cx, y - w * 0.22, a, ry, true);
  return `<path d="${path}" fill="none" stroke="${lit(c.dark, 0.3)}" stroke-width="${f1(w + 3)}" stroke-linecap="round"/>
    <path d="${path}" fill="none" stroke="url(#${g})" stroke-width="${f1(w)}" stroke-linecap="round"/>
    <path d="${path}" fill="none" stroke="${lit(c.dark, 0.35)}" stroke-width="${f1(w)}" stroke-dasharray="2.5 ${f1(w * 0.45)}" opacity="0.55"/>
    ${part === 'back' ? '' : `<path d="${hi}" fill="none" stroke="#fff8e8" stroke-width="${f1(w * 0.22)}" opacity="0.35" stroke-linecap="round"/>`}`;
}

/** Stake gradients: a round cane lit from the left, at a few brightness levels. */
function stakeShades(d: Defs, col: string): string[] {
  return [0.25, 0.35, 0.45, 0.55, 0.65, 0.75].map((k) => {
    const id = d.id('sk');
    d.add(
      `<linearGradient id="${id}" x1="0" x2="1">${stops([
        [0, lit(col, k - 0.12)],
        [0.3, lit(col, k + 0.12)],
        [0.7, lit(col, k)],
        [1, lit(col, k - 0.2)],
      ])}</linearGradient>`,
    );
    return id;
  });
}

/** Strands of one vessel: rows of weavers and the stakes showing between them. */
function strands(d: Defs, c: Palette, r: Rand, o: VesselOpts, v: Shape, inside: boolean): string {
  const rowH = o.rowH ?? 13;
  const n = Math.max(2, Math.round((o.bottom - o.top) / rowH));
  const h = (o.bottom - o.top) / n;
  const N = o.stakes ?? 44;
  const col = o.color ?? c.base;
  const variants = [-0.06, 0, 0.05, 0.1].map((t) =>
    cylinderGradient(d, t < 0 ? mix(col, c.dark, -t * 2) : mix(col, c.light, t * 2), 0.16),
  );
  const hiId = d.id('hi');
  d.add(
    `<linearGradient id="${hiId}" x1="0" x2="1">${stops([
      [0, '#fff8e8', 0.05],
      [0.3, '#fff8e8', 0.45],
      [0.6, '#fff8e8', 0.08],
      [1, '#fff8e8', 0],
    ])}</linearGradient>`,
  );
  const shades = inside ? [] : stakeShades(d, mix(col, c.dark, 0.1));
  const stakeW = o.weave === 'twill' ? (Math.PI * 2 * o.wt) / N / 2.1 : h * (o.stakeW ?? 0.7);
  let rows = '';
  let dips = '';
  let stakes = '';
  for (let j = 0; j < n; j++) {
    const s = (j + 0.5) / n;
    const y = v.y(s) + (r() - 0.5) * h * 0.08;
    const a = v.a(s);
    const ry = v.ry(s);
    const grad = variants[Math.floor(r() * variants.length)] ?? variants[0];
    const path = arc(o.cx, y, a, ry, !inside);
    rows += `<path d="${path}" stroke="url(#${grad})" stroke-width="${f1(h * (inside ? 0.95 : 0.86))}"${inside ? ' opacity="0.4"' : ''}/>`;
    if (inside) continue;
    rows += `<path d="${arc(o.cx, y - h * 0.2, a, ry, true)}" stroke="url(#${hiId})" stroke-width="${f1(h * 0.16)}"/>`;
    for (let k = 0; k < N; k++) {
      const t = ((k + 0.5) * 2 * Math.PI) / N;
      const sin = Math.sin(t);
      if (sin < 0.12) continue;
      const over = o.weave === 'twill' ? (j + k) % 4 < 2 : (j + k) % 2 === 0;
      if (!over) continue;
      const x = o.cx + a * Math.cos(t);
      const yy = y + ry * sin;
      const u = (Math.cos(t) + 1) / 2;
      const w = stakeW * (0.35 + 0.65 * sin);
      // the weaver dips behind the stake: soft shadow either side of it
      dips += `<path d="M${f1(x)} ${f1(yy - h * 0.42)} V${f1(yy + h * 0.42)}" stroke-width="${f1(w + 9)}"/>`;
      const level = Math.min(
        shades.length - 1,
        Math.max(0, Math.round((cylinderLight(u) - 0.2) * 9)),
      );
      stakes += `<rect x="${f1(x - w / 2)}" y="${f1(yy - h * 0.6)}" width="${f1(w)}" height="${f1(h * 1.2)}" rx="${f1(w / 2)}" fill="url(#${shades[level]})"/>`;
    }
  }
  return `<g fill="none">${rows}</g><g stroke="#140c06" opacity="0.3">${dips}</g>${stakes}`;
}

/** A woven vessel (open, lidded or with an arched handle), in scene coordinates. */
export function wovenVessel(d: Defs, c: Palette, r: Rand, o: VesselOpts): string {
  const v = shape(o);
  const rim = o.rim ?? 22;
  const ry0 = v.ry(0);
  const outline = vesselOutline(o);
  const clip = d.id('vc');
  const inner = d.id('vi');
  d.add(`<clipPath id="${clip}"><path d="${outline}"/></clipPath>`);
  d.add(
    `<clipPath id="${inner}"><ellipse cx="${o.cx}" cy="${o.top}" rx="${f1(o.wt - rim * 0.4)}" ry="${f1(ry0 - rim * 0.3)}"/></clipPath>`,
  );
  let s = '';
  if (!o.lid) {
    // the inside: the far wall's strands, falling into shadow toward the floor
    const dark = d.id('vd');
    d.add(
      `<radialGradient id="${dark}" cx="0.55" cy="0.75" r="0.7">${stops([
        [0, '#000', 0.55],
        [0.7, '#000', 0.25],
        [1, '#000', 0.1],
      ])}</radialGradient>`,
    );
    const depth: VesselOpts = { ...o, top: o.top, bottom: o.top + (o.bottom - o.top) * 0.9 };
    s += `<g clip-path="url(#${inner})"><ellipse cx="${o.cx}" cy="${o.top}" rx="${o.wt}" ry="${f1(ry0)}" fill="${lit(c.dark, 0.25)}"/>
      ${strands(d, c, r, depth, shape(depth), true)}
      <ellipse cx="${o.cx}" cy="${o.top}" rx="${o.wt}" ry="${f1(ry0)}" fill="url(#${dark})"/></g>`;
    s += caneRing(d, c, o.cx, o.top, o.wt, ry0, rim, 'back');
  }
  if (o.handle) {
    const x0 = o.cx - o.wt * 0.82;
    const x1 = o.cx + o.wt * 0.82;
    const hy = o.top - (o.bottom - o.top) * 0.85;
    const p = `M${f1(x0)} ${o.top} C ${f1(x0)} ${f1(hy)}, ${f1(x1)} ${f1(hy)}, ${f1(x1)} ${o.top}`;
    const g = cylinderGradient(d, c.base, 0.2);
    s += `<path d="${p}" fill="none" stroke="${lit(c.dark, 0.3)}" stroke-width="${rim + 4}" stroke-linecap="round"/>
      <path d="${p}" fill="none" stroke="url(#${g})" stroke-width="${rim}" stroke-linecap="round"/>
      <path d="${p}" fill="none" stroke="${lit(c.dark, 0.3)}" stroke-width="${rim}" stroke-dasharray="3 ${f1(rim * 0.4)}" opacity="0.5"/>
      <path d="${p}" fill="none" stroke="#fff8e8" stroke-width="${f1(rim * 0.2)}" opacity="0.3" transform="translate(-4 -4)"/>`;
  }
  const ao = groundFade(d, 0.55, 0.5);
  const under = d.id('vu');
  d.add(
    `<linearGradient id="${under}" x1="0" x2="0" y1="0" y2="1">${stops([
      [0, '#000', 0.45],
      [0.12, '#000', 0],
    ])}</linearGradient>`,
  );
  s += `<path d="${outline}" fill="${lit(c.dark, 0.28)}"/>
    <g clip-path="url(#${clip})">${strands(d, c, r, o, v, false)}
    <rect x="${o.cx - o.wt * 1.5}" y="${f1(o.top)}" width="${o.wt * 3}" height="${f1(o.bottom - o.top + v.ry(1) + 4)}" fill="url(#${under})"/>
    <rect x="${o.cx - o.wt * 1.5}" y="${f1(o.top)}" width="${o.wt * 3}" height="${f1(o.bottom - o.top + v.ry(1) + 4)}" fill="url(#${ao})"/></g>`;
  s += caneRing(d, c, o.cx, o.top, o.wt, ry0, rim, o.lid ? 'full' : 'front');
  if (o.lid) s += lidDome(d, c, o.cx, o.top, o.wt + rim * 0.5, ry0, (o.bottom - o.top) * 0.28, rim);
  return s;
}

/** A low woven dome lid made of coiled rings, with a knob. */
function lidDome(
  d: Defs,
  c: Palette,
  cx: number,
  y0: number,
  a0: number,
  ry0: number,
  h: number,
  rim: number,
): string {
  const g = cylinderGradient(d, c.base, 0.18);
  const dome = `M${f1(cx - a0)} ${y0} Q ${cx} ${f1(y0 - h * 2)} ${f1(cx + a0)} ${y0} A${f1(a0)} ${f1(ry0)} 0 0 1 ${f1(cx - a0)} ${y0} Z`;
  const clip = d.id('ld');
  d.add(`<clipPath id="${clip}"><path d="${dome}"/></clipPath>`);
  let rings = '';
  const n = Math.max(5, Math.round(h / 7));
  for (let i = 0; i < n; i++) {
    // rings evenly spaced up the dome's profile (a parabola from the rim to the knob)
    const t = (i + 0.5) / n;
    const a = a0 * (1 - t);
    const y = y0 - h * (1 - (1 - t) * (1 - t)) + ry0 * (1 - t) * 0.15;
    const p = arc(cx, y, a, ry0 * (1 - t), true);
    const w = f1((h / n) * 1.5 + 3);
    rings += `<path d="${p}" stroke="url(#${g})" stroke-width="${w}"/><path d="${p}" stroke="${lit(c.dark, 0.3)}" stroke-width="${w}" stroke-dasharray="2 ${f1(8 + i * 0.5)}" opacity="0.4"/><path d="${arc(cx, y - 2, a, ry0 * (1 - t), true)}" stroke="#fff8e8" stroke-width="1.5" opacity="0.25"/>`;
  }
  const kg = cylinderGradient(d, c.dark, 0.25);
  return `<path d="${dome}" fill="${lit(c.dark, 0.3)}"/><g clip-path="url(#${clip})" fill="none">${rings}</g>
    ${caneRing(d, c, cx, y0, a0, ry0, rim * 0.8, 'front')}
    <ellipse cx="${cx}" cy="${f1(y0 - h * 0.96)}" rx="${f1(rim * 1.5)}" ry="${f1(rim)}" fill="url(#${kg})"/>`;
}

export type Pt = readonly [number, number];

/**
 * A plain weave on any four-sided face (P0→P1 along the weavers, P0→P3 across them), strand by
 * strand, so it follows the face's perspective; `tone` is the face's light (0 dark … 1 lit).
 * `recede` > 0 packs the rows nearer P0–P1 closer together (that edge is farther away).
 */
export function wovenQuad(
  d: Defs,
  c: Palette,
  q: readonly [Pt, Pt, Pt, Pt],
  rows: number,
  cols: number,
  tone: number,
  recede = 0,
): string {
  const [p0, p1, p2, p3] = q;
  const at = (u: number, v: number): Pt => {
    const w = (v + recede * v * v) / (1 + recede);
    const ax = p0[0] + (p1[0] - p0[0]) * u;
    const ay = p0[1] + (p1[1] - p0[1]) * u;
    const bx = p3[0] + (p2[0] - p3[0]) * u;
    const by = p3[1] + (p2[1] - p3[1]) * u;
    return [ax + (bx - ax) * w, ay + (by - ay) * w];
  };
  const quad = (u0: number, u1: number, v0: number, v1: number) =>
    `M${[at(u0, v0), at(u1, v0), at(u1, v1), at(u0, v1)].map(([x, y]) => `${f1(x)} ${f1(y)}`).join(' L')} Z`;
  const grad = (across: boolean) => {
    const id = d.id('wq');
    d.add(
      `<linearGradient id="${id}" ${across ? 'x1="0" x2="1"' : 'x1="0" x2="0" y1="0" y2="1"'}>${stops(
        [
          [0, lit(c.base, tone - 0.2)],
          [0.3, lit(c.base, tone + 0.14)],
          [0.65, lit(c.base, tone)],
          [1, lit(c.base, tone - 0.28)],
        ],
      )}</linearGradient>`,
    );
    return id;
  };
  const weft = grad(false);
  const warp = grad(true);
  let a = '';
  let b = '';
  const g = 0.1;
  for (let j = 0; j < rows; j++)
    for (let i = 0; i < cols; i++) {
      const u0 = i / cols;
      const u1 = (i + 1) / cols;
      const v0 = j / rows;
      const v1 = (j + 1) / rows;
      if ((i + j) % 2 === 0) a += `<path d="${quad(u0, u1, v0 + g / rows, v1 - g / rows)}"/>`;
      else b += `<path d="${quad(u0 + g / cols, u1 - g / cols, v0, v1)}"/>`;
    }
  return `<path d="${quad(0, 1, 0, 1)}" fill="${lit(c.dark, Math.max(0.1, tone - 0.3))}"/><g fill="url(#${weft})">${a}</g><g fill="url(#${warp})">${b}</g>`;
}
