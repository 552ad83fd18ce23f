/**
 * Product photographs (1200×1200): the piece on a tabletop, on a room's floor, hung on a wall,
 * lit as a lamp, or laid flat and seen from above. Window light from the upper left, a soft
 * out-of-focus backdrop, contact shadows and a projected cast shadow, then a vignette.
 * Backgrounds are gradients and blur only; the detail stays on the piece.
 */
import type { Setting } from './kinds';
import { clothFolds, woodGrain } from './materials';
import { blurFilter, type Defs, f1, hsl, lit, mix, pick, type Rand, stops } from './util';

export interface Piece {
  svg: string;
  /** the ground contact of a standing piece: centre and radii of its footprint */
  foot?: { cx: number; cy: number; rx: number; ry: number };
  /** how dark the contact shadow is (legged furniture touches the ground only at its feet) */
  contact?: number;
  /** a lit lamp: where its light comes from */
  glow?: { cx: number; cy: number; r: number };
}

export type Surface = 'wood' | 'linen' | 'stone';

interface Look {
  wall: string;
  surface: Surface;
  top: string;
}

/** The backdrop and tabletop for one product, chosen from its seed. */
export function look(r: Rand, setting: Setting, lamp = false): Look {
  const warm = 28 + r() * 18;
  const wall = lamp ? hsl(warm, 22, 26 + r() * 6) : hsl(warm, 18 + r() * 14, 80 + r() * 8);
  const surface: Surface =
    setting === 'flat'
      ? pick(['linen', 'stone', 'wood'] as const, r())
      : pick(['wood', 'wood', 'linen', 'stone'] as const, r());
  const top =
    surface === 'wood'
      ? hsl(22 + r() * 12, 34 + r() * 12, lamp ? 30 : 40 + r() * 14)
      : surface === 'linen'
        ? hsl(36 + r() * 10, 14 + r() * 10, 82 + r() * 6)
        : hsl(30 + r() * 20, 6 + r() * 6, 70 + r() * 10);
  return { wall, surface, top };
}

/** A plaster wall in window light, with the soft out-of-focus shapes of a room behind. */
function backdrop(d: Defs, r: Rand, l: Look, h: number, lamp: boolean): string {
  const g = d.id('wl');
  d.add(
    `<linearGradient id="${g}" x1="0" x2="1" y1="0" y2="0.6">${stops([
      [0, lit(l.wall, lamp ? 0.5 : 0.62)],
      [0.55, l.wall],
      [1, lit(l.wall, 0.36)],
    ])}</linearGradient>`,
  );
  const far = blurFilter(d, 34, 1);
  const soft = blurFilter(d, 14, 1);
  let s = `<rect x="-60" y="-60" width="1320" height="${h + 60}" fill="url(#${g})"/>`;
  if (!lamp) {
    // window light falling across the wall, and the blurred leaves of a plant beside it
    const x = 60 + r() * 200;
    s += `<path d="M${f1(x)} -40 L${f1(x + 420)} -40 L${f1(x + 300)} ${h} L${f1(x - 160)} ${h} Z" fill="#fff8ea" opacity="0.28" filter="url(#${far})"/>`;
    const px = r() > 0.5 ? 1080 + r() * 80 : 40 + r() * 80;
    let leaves = '';
    for (let i = 0; i < 7; i++) {
      const a = -150 + i * 22 + r() * 12;
      const len = 160 + r() * 140;
      const lx = px + Math.cos((a * Math.PI) / 180) * len;
      const ly = h * 0.55 + Math.sin((a * Math.PI) / 180) * len;
      leaves += `<ellipse cx="${f1(lx)}" cy="${f1(ly)}" rx="${f1(70 + r() * 40)}" ry="${f1(26 + r() * 10)}" transform="rotate(${f1(a)} ${f1(lx)} ${f1(ly)})"/>`;
    }
    s += `<g fill="${hsl(110 + r() * 30, 22, 32)}" opacity="0.5" filter="url(#${far})">${leaves}</g>`;
  }
  // a few bokeh discs from lights or bright things behind
  for (let i = 0; i < 5; i++)
    s += `<circle cx="${f1(r() * 1200)}" cy="${f1(r() * h * 0.8)}" r="${f1(20 + r() * 36)}" fill="${lamp ? '#ffcf7a' : '#fffaf0'}" opacity="${f1(lamp ? 0.18 + r() * 0.14 : 0.1 + r() * 0.12)}" filter="url(#${soft})"/>`;
  return s;
}

/** The tabletop or floor's colour from y0 down: lighter and hazier toward the back. */
function surfaceBase(d: Defs, l: Look, y0: number, flat: boolean): string {
  const g = d.id('tp');
  d.add(
    `<linearGradient id="${g}" x1="0" x2="0" y1="0" y2="1">${stops([
      [0, mix(lit(l.top, 0.56), l.wall, flat ? 0 : 0.35)],
      [0.4, l.top],
      [1, lit(l.top, 0.38)],
    ])}</linearGradient>`,
  );
  return `<rect x="-60" y="${y0}" width="1320" height="${1260 - y0}" fill="url(#${g})"/>`;
}

/** The surface's texture in perspective, fading out toward the (out of focus) back. */
function surfaceTexture(
  d: Defs,
  r: Rand,
  l: Look,
  y0: number,
  seed: number,
  flat: boolean,
): string {
  const depth = 1200 - y0;
  const sy = flat ? 1 : 0.34;
  const fade = d.id('tm');
  d.add(
    `<linearGradient id="${fade}" x1="0" x2="0" y1="0" y2="1">${stops([
      [0, '#fff', flat ? 0.8 : 0.05],
      [flat ? 0.5 : 0.6, '#fff', 0.85],
      [1, '#fff', 1],
    ])}</linearGradient><mask id="${fade}m"><rect y="${y0}" width="1200" height="${depth}" fill="url(#${fade})"/></mask>`,
  );
  const inner = `width="1600" height="${f1(depth / sy)}"`;
  const plane = (content: string) =>
    `<g mask="url(#${fade}m)"><g transform="translate(-200 ${y0}) scale(1 ${sy})">${content}</g></g>`;
  if (l.surface === 'wood') {
    const grain = woodGrain(d, seed, flat ? 1.6 : 2.2, 0.3);
    let seams = '';
    // board seams run parallel to the back edge, closer together toward the horizon
    let t = 0.12 + r() * 0.15;
    while (t < 1) {
      const y = flat ? y0 + depth * t : y0 + depth * t * t;
      seams += `<path d="M-10 ${f1(y)} H1210" stroke="#1a0f08" stroke-width="${f1(flat ? 3 : 1 + 2 * t)}" opacity="0.3"/><path d="M-10 ${f1(y + 2)} H1210" stroke="#ffffff" stroke-width="1" opacity="0.1"/>`;
      t += 0.22 + r() * 0.2;
    }
    return plane(`<rect ${inner} fill="${l.top}" filter="url(#${grain})" opacity="0.9"/>`).replace(
      '</g></g>',
      `</g>${seams}</g>`,
    );
  }
  if (l.surface === 'linen') {
    const folds = clothFolds(d, seed, flat ? 0.005 : 0.006, flat ? 10 : 6);
    return plane(`<rect ${inner} fill="${l.top}" filter="url(#${folds})"/>`);
  }
  const mottle = d.id('st');
  d.add(`<filter id="${mottle}" x="0" y="0" width="1" height="1"><feTurbulence type="fractalNoise" baseFrequency="0.005" numOctaves="3" seed="${seed % 997}"/>
    <feColorMatrix type="matrix" values="0 0 0 0 0.3 0 0 0 0 0.27 0 0 0 0 0.24 0 0 -2 0 1.1"/><feComposite in2="SourceGraphic" operator="in"/></filter>`);
  return `<g opacity="0.32">${plane(`<rect ${inner} fill="#000" filter="url(#${mottle})"/>`)}</g>`;
}

/** Blurred silhouette of a group: the raw material of every shadow. */
function shadowFilter(d: Defs, sd: number): string {
  const id = d.id('sh');
  d.add(
    `<filter id="${id}" x="-0.5" y="-0.5" width="2" height="2"><feGaussianBlur in="SourceAlpha" stdDeviation="${sd}"/></filter>`,
  );
  return id;
}

/** The whole product photograph; `zoom` gives the close-up (shallow focus band). */
export function productScene(
  d: Defs,
  r: Rand,
  setting: Setting,
  piece: Piece,
  seed: number,
  zoom?: { x: number; y: number; z: number },
): string {
  const lamp = setting === 'lamp';
  const l = look(r, setting, lamp);
  const flat = setting === 'flat';
  const y0 = flat
    ? 0
    : setting === 'wall' || (lamp && !piece.foot)
      ? 1300
      : setting === 'floor'
        ? 690
        : lamp
          ? 860
          : 600;
  const obj = d.id('ob');
  d.add(`<g id="${obj}">${piece.svg}</g>`);
  let s = `<rect x="-60" y="-60" width="1320" height="1320" fill="${flat ? l.top : l.wall}"/>`;
  if (flat) s += surfaceBase(d, l, 0, true) + surfaceTexture(d, r, l, 0, seed, true);
  else {
    // everything behind the piece is out of focus, the table's back edge included
    let back = backdrop(d, r, l, Math.min(1200, y0 + 40), lamp);
    if (y0 < 1200) back += surfaceBase(d, l, y0, false);
    if (setting === 'floor')
      back += `<rect x="-60" y="${y0 - 34}" width="1320" height="34" fill="${lit(l.wall, 0.42)}"/><rect y="${y0 - 34}" width="1200" height="4" fill="#fff" opacity="0.25"/>`;
    s += `<g filter="url(#${blurFilter(d, 3, 0.02)})">${back}</g>`;
    if (y0 < 1200) s += surfaceTexture(d, r, l, y0, seed, false);
  }
  if (piece.glow) {
    const gl = d.id('gl');
    const { cx, cy, r: gr } = piece.glow;
    d.add(
      `<radialGradient id="${gl}" cx="${cx}" cy="${cy}" r="${gr * 3}" gradientUnits="userSpaceOnUse">${stops(
        [
          [0, '#ffd58a', 0.75],
          [0.35, '#ffb64d', 0.28],
          [1, '#ff9a3c', 0],
        ],
      )}</radialGradient>`,
    );
    s += `<rect width="1200" height="1200" fill="url(#${gl})"/>`;
  }
  const f = piece.foot;
  if (f) {
    // the window light is up and to the left, a little in front: shadows fall back and right
    const a = 0.42;
    const b = 0.3;
    const g = f.cy;
    const cast = shadowFilter(d, flat ? 8 : 14);
    const tf = flat ? 'translate(16 22)' : `matrix(1 0 ${-a} ${b} ${f1(a * g)} ${f1((1 - b) * g)})`;
    const contact = blurFilter(d, 10, 1);
    const tight = blurFilter(d, 4, 1);
    const k = piece.contact ?? 1;
    s += `<use href="#${obj}" transform="${tf}" filter="url(#${cast})" opacity="${flat ? 0.4 : 0.34}"/>`;
    if (!flat)
      s += `<ellipse cx="${f.cx + 14}" cy="${f.cy}" rx="${f1(f.rx * 1.1)}" ry="${f1(f.ry * 1.1)}" fill="#000" opacity="${f1(0.45 * k * 100) / 100}" filter="url(#${contact})"/>
      <ellipse cx="${f.cx + 4}" cy="${f.cy + 2}" rx="${f1(f.rx * 0.98)}" ry="${f1(f.ry * 0.7)}" fill="#000" opacity="${f1(0.6 * k * k * 100) / 100}" filter="url(#${tight})"/>`;
  } else if (setting === 'wall') {
    s += `<use href="#${obj}" transform="translate(22 30)" filter="url(#${shadowFilter(d, 14)})" opacity="0.35"/>`;
  }
  if (f && !flat && l.surface !== 'linen') {
    // a polished stone or varnished wood top shows a faint, soft reflection below the piece
    const g = f.cy + f.ry * 0.6;
    const rm = d.id('rm');
    d.add(
      `<linearGradient id="${rm}g" gradientUnits="userSpaceOnUse" x1="0" x2="0" y1="${f1(g)}" y2="${f1(g + 220)}">${stops(
        [
          [0, '#fff', 1],
          [1, '#fff', 0],
        ],
      )}</linearGradient><mask id="${rm}"><rect x="-60" y="${f1(g)}" width="1320" height="240" fill="url(#${rm}g)"/></mask>`,
    );
    s += `<g mask="url(#${rm})" opacity="${l.surface === 'stone' ? 0.16 : 0.09}"><use href="#${obj}" transform="matrix(1 0 0 -1 0 ${f1(2 * g)})" filter="url(#${blurFilter(d, 5, 0.1)})"/></g>`;
  }
  s += `<use href="#${obj}"/>`;
  if (piece.glow) {
    // bloom: the bright lamp spills softly over its own edges
    s += `<use href="#${obj}" filter="url(#${blurFilter(d, 22, 1)})" opacity="0.35" style="mix-blend-mode:screen"/>`;
  }
  // window light from the upper left, and the lens's vignette
  const wash = d.id('wa');
  const vig = d.id('vg');
  d.add(
    `<linearGradient id="${wash}" x1="0" x2="1" y1="0" y2="1">${stops([
      [0, '#fff4dc', lamp ? 0 : 0.18],
      [0.5, '#fff4dc', 0],
    ])}</linearGradient><radialGradient id="${vig}" cx="0.5" cy="0.48" r="0.75">${stops([
      [0.5, '#000', 0],
      [1, '#000', lamp ? 0.55 : 0.38],
    ])}</radialGradient>`,
  );
  const finish = `<rect width="1200" height="1200" fill="url(#${wash})"/><rect width="1200" height="1200" fill="url(#${vig})"/>`;
  if (!zoom) return s + finish;
  // close-up: a thin plane of focus across the frame, the rest melting away
  const scene = d.id('sc');
  d.add(`<g id="${scene}">${s}</g>`);
  const band = d.id('fb');
  d.add(
    `<linearGradient id="${band}" x1="0" x2="0" y1="0" y2="1">${stops([
      [0.08, '#fff', 0],
      [0.38, '#fff', 1],
      [0.62, '#fff', 1],
      [0.92, '#fff', 0],
    ])}</linearGradient><mask id="${band}m"><rect width="1200" height="1200" fill="url(#${band})"/></mask>`,
  );
  const tf = `translate(${f1(600 - zoom.x * zoom.z)} ${f1(600 - zoom.y * zoom.z)}) scale(${zoom.z})`;
  const blur = blurFilter(d, 5, 0.2);
  return `<g transform="${tf}"><use href="#${scene}" filter="url(#${blur})"/></g>
    <g mask="url(#${band}m)"><g transform="${tf}"><use href="#${scene}"/></g></g>${finish}`;
}
