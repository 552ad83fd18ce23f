/** Shaded building blocks shared by the drawings: rods, boxes, wooden boards, spheres, carving. */
import { cylinderGradient, cylinderLight, type Ctx, woodGrain } from './materials';
import { f1, lit, stops } from './util';

/**
 * A straight round rod (a leg, a stick, a cane) from (x1, y1) to (x2, y2): a stroke whose gradient
 * runs across it, lit on the side facing the upper left.
 */
export function rod(
  x: Ctx,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  w: number,
  color: string,
  cap: 'round' | 'butt' = 'round',
): string {
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  let nx = -(y2 - y1) / len;
  let ny = (x2 - x1) / len;
  if (nx + ny > 0) {
    nx = -nx;
    ny = -ny;
  }
  const mx = (x1 + x2) / 2;
  const my = (y1 + y2) / 2;
  const id = x.d.id('rd');
  const list: [number, string][] = [];
  for (let i = 0; i <= 6; i++)
    list.push([i / 6, lit(color, cylinderLight(i / 6) + (i === 2 ? 0.1 : 0))]);
  x.d.add(
    `<linearGradient id="${id}" gradientUnits="userSpaceOnUse" x1="${f1(mx + (nx * w) / 2)}" y1="${f1(my + (ny * w) / 2)}" x2="${f1(mx - (nx * w) / 2)}" y2="${f1(my - (ny * w) / 2)}">${stops(list)}</linearGradient>`,
  );
  return `<path d="M${f1(x1)} ${f1(y1)} L${f1(x2)} ${f1(y2)}" stroke="url(#${id})" stroke-width="${f1(w)}" stroke-linecap="${cap}"/>`;
}

/** A curved cane (a handle, an arm): a dark core, a lit body and a thin highlight toward the light. */
export function cane(x: Ctx, d: string, w: number, color: string, wraps = false): string {
  const g = cylinderGradient(x.d, color, 0.18);
  return `<path d="${d}" fill="none" stroke="${lit(color, 0.14)}" stroke-width="${f1(w + 4)}" stroke-linecap="round"/>
    <path d="${d}" fill="none" stroke="url(#${g})" stroke-width="${f1(w)}" stroke-linecap="round"/>
    ${wraps ? `<path d="${d}" fill="none" stroke="${lit(color, 0.25)}" stroke-width="${f1(w)}" stroke-dasharray="2.5 ${f1(w * 0.42)}" opacity="0.55"/>` : ''}
    <path d="${d}" fill="none" stroke="#fff8ea" stroke-width="${f1(w * 0.18)}" opacity="0.32" transform="translate(${f1(-w * 0.18)} ${f1(-w * 0.18)})"/>`;
}

export type Face = 'front' | 'top' | 'side';

/**
 * An upright box seen a little from above and from the left: front face at (x, y) of w × h,
 * a top face and a right side face receding by (dx, -dy). `fill` draws each face as a local
 * rectangle (0, 0, fw, fh); the box adds the light on each face and soft edge highlights.
 */
export function box3d(
  x: Ctx,
  g: { x: number; y: number; w: number; h: number; dx: number; dy: number },
  fill: (face: Face, fw: number, fh: number) => string,
): string {
  const D = Math.hypot(g.dx, g.dy);
  const ux = g.dx / D;
  const uy = -g.dy / D;
  const shade = (face: Face) => {
    const id = x.d.id('bf');
    const list: [number, string, number][] =
      face === 'top'
        ? [
            [0, '#fff', 0.12],
            [1, '#000', 0.05],
          ]
        : face === 'front'
          ? [
              [0, '#fff', 0.06],
              [0.6, '#000', 0.04],
              [1, '#000', 0.28],
            ]
          : [
              [0, '#000', 0.38],
              [1, '#000', 0.5],
            ];
    x.d.add(
      `<linearGradient id="${id}" x1="0" x2="${face === 'side' ? 1 : 0}" y1="0" y2="${face === 'side' ? 0 : 1}">${stops(list)}</linearGradient>`,
    );
    return id;
  };
  const face = (f: Face, tf: string, fw: number, fh: number) =>
    `<g transform="${tf}">${fill(f, fw, fh)}<rect width="${f1(fw)}" height="${f1(fh)}" fill="url(#${shade(f)})"/></g>`;
  const { x: X, y: Y, w, h } = g;
  return (
    face(
      'side',
      `matrix(${f1(ux * 1000) / 1000} ${f1(uy * 1000) / 1000} 0 1 ${X + w} ${Y})`,
      D,
      h,
    ) +
    face('front', `translate(${X} ${Y})`, w, h) +
    face('top', `matrix(1 0 ${f1(ux * 1000) / 1000} ${f1(uy * 1000) / 1000} ${X} ${Y})`, w, D) +
    `<path d="M${X} ${Y} H${X + w} L${f1(X + w + g.dx)} ${f1(Y - g.dy)}" fill="none" stroke="#fff4e0" stroke-width="2.5" opacity="0.45" stroke-linejoin="round"/>
     <path d="M${X + w} ${Y} V${Y + h}" stroke="#000" stroke-width="2" opacity="0.25"/>`
  );
}

/** A wooden board as a local rectangle: grain running along its length, a soft rounded edge. */
export function board(x: Ctx, w: number, h: number, tone = 0.5, rx = 3): string {
  const grain = woodGrain(
    x.d,
    x.seed + Math.round(w + h),
    Math.max(0.6, Math.min(1.6, w / 600)),
    0.38,
  );
  return `<rect width="${f1(w)}" height="${f1(h)}" rx="${rx}" fill="${lit(x.c.wood.base, tone)}" filter="url(#${grain})"/>`;
}

/** Wood grain filling any path (grain horizontal in the path's own coordinates). */
export function woodPath(x: Ctx, d: string, tone = 0.5, scale = 1): string {
  const grain = woodGrain(x.d, x.seed + d.length, scale, 0.36);
  return `<path d="${d}" fill="${lit(x.c.wood.base, tone)}" filter="url(#${grain})"/>`;
}

/** A shaded sphere (fruit, a knob): lit upper left, with a soft highlight. */
export function sphere(
  x: Ctx,
  cx: number,
  cy: number,
  r: number,
  color: string,
  gloss = 0.5,
): string {
  const id = x.d.id('sp');
  x.d.add(
    `<radialGradient id="${id}" cx="0.38" cy="0.34" r="0.72">${stops([
      [0, lit(color, 0.5 + gloss * 0.35)],
      [0.35, lit(color, 0.55)],
      [0.8, lit(color, 0.3)],
      [1, lit(color, 0.2)],
    ])}</radialGradient>`,
  );
  return `<circle cx="${f1(cx)}" cy="${f1(cy)}" r="${f1(r)}" fill="url(#${id})"/>`;
}

/** A carved line: a shadowed groove with a lit lip (relief lit from the upper left). */
export function carve(d: string, w: number, dark: string, light: string, fill = 'none'): string {
  return `<path d="${d}" fill="${fill}" stroke="${light}" stroke-width="${w}" opacity="0.7" transform="translate(${f1(w * 0.6)} ${f1(w * 0.6)})" stroke-linejoin="round"/>
    <path d="${d}" fill="${fill}" stroke="${dark}" stroke-width="${w}" opacity="0.75" stroke-linejoin="round"/>`;
}

/** The footprint of a box3d on the ground, for its contact shadow. */
export const boxFoot = (g: {
  x: number;
  y: number;
  w: number;
  h: number;
  dx: number;
  dy: number;
}) => ({
  cx: g.x + g.w / 2 + g.dx / 2,
  cy: g.y + g.h - g.dy / 2,
  rx: ((g.w + g.dx) / 2) * 0.92,
  ry: g.dy / 2 + 8,
});

/** Coiled rings (plates, round trays, seats): each coil rounded by a highlight and a shadow line. */
export function coils(
  x: Ctx,
  cx: number,
  cy: number,
  R: number,
  k: number,
  w: number,
  r0 = 0,
): string {
  let s = '';
  for (let rr = R - w / 2; rr > r0; rr -= w) {
    const e = `cx="${cx}" cy="${cy}" rx="${f1(rr)}" ry="${f1(rr * k)}" fill="none"`;
    const tone = lit(x.c.base, 0.5 + (x.r() - 0.5) * 0.12);
    s += `<ellipse ${e} stroke="${tone}" stroke-width="${f1(w * 0.92)}"/>
      <ellipse ${e} stroke="${lit(x.c.dark, 0.3)}" stroke-width="${f1(w * 0.92)}" stroke-dasharray="2.5 ${f1(w * 1.6)}" opacity="0.35"/>
      <ellipse ${e} stroke="#fff6e0" stroke-width="${f1(w * 0.16)}" opacity="0.3" transform="translate(${f1(-w * 0.12)} ${f1(-w * 0.2)})"/>`;
  }
  const m = (R + r0) / 2;
  const base = r0
    ? `<ellipse cx="${cx}" cy="${cy}" rx="${f1(m)}" ry="${f1(m * k)}" fill="none" stroke="${lit(x.c.dark, 0.25)}" stroke-width="${f1(R - r0)}"/>`
    : `<ellipse cx="${cx}" cy="${cy}" rx="${R}" ry="${f1(R * k)}" fill="${lit(x.c.dark, 0.25)}"/>`;
  return base + s;
}
