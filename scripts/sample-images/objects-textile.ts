/**
 * Embroidered textiles: cloth with soft folds and a hemmed or crocheted edge, motifs worked in
 * satin stitch (parallel thread lines with a sheen) and stem stitch, raised a little off the cloth.
 */
import type { Kind } from './kinds';
import { clothFolds, type Ctx, roundShade } from './materials';
import { board } from './solids';
import type { Piece } from './studio';
import { f1, hsl, lit, mix, stops } from './util';

/** Parallel stitch lines at an angle: the thread texture over a satin-stitched shape. */
function stitches(x: Ctx, angle: number, gap = 6): string {
  const id = x.d.id('st');
  x.d.add(
    `<pattern id="${id}" width="${gap}" height="40" patternUnits="userSpaceOnUse" patternTransform="rotate(${f1(angle)})"><rect width="${f1(gap * 0.45)}" height="40" fill="#fff" opacity="0.2"/><rect x="${f1(gap * 0.72)}" width="${f1(gap * 0.22)}" height="40" fill="#000" opacity="0.16"/></pattern>`,
  );
  return id;
}

/** A satin-stitched shape: thread colour, stitch lines, a sheen and a slight raised shadow. */
export function satin(x: Ctx, d: string, color: string, angle: number, tf = ''): string {
  const t = tf ? ` transform="${tf}"` : '';
  const sheen = x.d.id('sn');
  x.d.add(
    `<linearGradient id="${sheen}" x1="0" x2="1" y1="0" y2="1">${stops([
      [0, '#fff', 0.3],
      [0.5, '#fff', 0],
      [1, '#000', 0.25],
    ])}</linearGradient>`,
  );
  return `<g${t}><path d="${d}" fill="#000" opacity="0.18" transform="translate(2.5 3.5)"/><path d="${d}" fill="${color}"/><path d="${d}" fill="url(#${stitches(x, angle)})"/><path d="${d}" fill="url(#${sheen})"/></g>`;
}

/** A running line of stem stitch. */
export const stem = (d: string, color: string, w = 5): string =>
  `<path d="${d}" fill="none" stroke="${lit(color, 0.3)}" stroke-width="${w + 2}" stroke-linecap="round"/><path d="${d}" fill="none" stroke="${color}" stroke-width="${w}" stroke-dasharray="${f1(w * 1.8)} ${f1(w * 0.5)}" stroke-linecap="round"/>`;

const petalPath = (len: number, w: number) =>
  `M0 0 C ${f1(-w)} ${f1(-len * 0.3)}, ${f1(-w * 0.7)} ${f1(-len * 0.85)}, 0 ${f1(-len)} C ${f1(w * 0.7)} ${f1(-len * 0.85)}, ${f1(w)} ${f1(-len * 0.3)}, 0 0 Z`;

export function flower(
  x: Ctx,
  cx: number,
  cy: number,
  n: number,
  len: number,
  w: number,
  color: string,
  rot = 0,
): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    const a = rot + (i * 360) / n;
    s += satin(
      x,
      petalPath(len, w),
      mix(color, '#fff', (i % 2) * 0.12),
      a + 90,
      `translate(${f1(cx)} ${f1(cy)}) rotate(${f1(a)})`,
    );
  }
  let knots = '';
  for (let i = 0; i < 7; i++) {
    const a = i * 0.9;
    const rr = i ? len * 0.14 : 0;
    knots += `<circle cx="${f1(cx + Math.cos(a) * rr)}" cy="${f1(cy + Math.sin(a) * rr)}" r="${f1(len * 0.08)}" fill="${x.c.threads[2]}" stroke="${lit(x.c.threads[2] ?? '#da3', 0.3)}" stroke-width="1.5"/>`;
  }
  return s + knots;
}

export const leaf = (
  x: Ctx,
  cx: number,
  cy: number,
  len: number,
  a: number,
  color: string,
): string =>
  satin(
    x,
    petalPath(len, len * 0.32),
    color,
    a + 60,
    `translate(${f1(cx)} ${f1(cy)}) rotate(${f1(a)})`,
  ) +
  `<path d="M0 0 L0 ${f1(-len * 0.9)}" transform="translate(${f1(cx)} ${f1(cy)}) rotate(${f1(a)})" stroke="${lit(color, 0.3)}" stroke-width="2"/>`;

/** A piece of cloth: fabric colour with soft folds, a shading wash and a hem. */
function fabric(x: Ctx, d: string, color: string, hem = true): string {
  const folds = clothFolds(x.d, x.seed, 0.006, 6);
  return `<path d="${d}" fill="${color}" filter="url(#${folds})"/><path d="${d}" fill="url(#${roundShade(x.d, 0.35)})"/>${hem ? `<path d="${d}" fill="none" stroke="${lit(color, 0.3)}" stroke-width="3" opacity="0.5"/>` : ''}`;
}

/** Crochet lace along a closed polygon: scallops with holes. */
function lace(pts: [number, number][], color: string): string {
  let s = '';
  for (let i = 0; i < pts.length; i++) {
    const [x1, y1] = pts[i] ?? [0, 0];
    const [x2, y2] = pts[(i + 1) % pts.length] ?? [0, 0];
    const n = Math.round(Math.hypot(x2 - x1, y2 - y1) / 40);
    for (let k = 0; k < n; k++) {
      const px = x1 + ((x2 - x1) * (k + 0.5)) / n;
      const py = y1 + ((y2 - y1) * (k + 0.5)) / n;
      s += `<circle cx="${f1(px)}" cy="${f1(py)}" r="22" fill="none" stroke="${color}" stroke-width="8"/>`;
    }
  }
  return `<g opacity="0.95"><g transform="translate(2 3)" opacity="0.25">${s.replace(/#[0-9a-f]{6}/g, '#000')}</g>${s}</g>`;
}

const poly = (pts: [number, number][]) => `M${pts.map((q) => q.join(' ')).join(' L')} Z`;

/** A round lotus pad in satin stitch, its veins radiating from the centre. */
function pad(x: Ctx, cx: number, cy: number, rx: number, ry: number, color: string): string {
  let s = satin(
    x,
    `M${cx - rx} ${cy} A${rx} ${ry} 0 1 0 ${cx + rx} ${cy} A${rx} ${ry} 0 1 0 ${cx - rx} ${cy} Z`,
    color,
    30,
  );
  for (let i = 0; i < 9; i++) {
    const a = (i * 40 * Math.PI) / 180;
    s += `<path d="M${cx} ${cy} L${f1(cx + Math.cos(a) * rx * 0.9)} ${f1(cy + Math.sin(a) * ry * 0.9)}" stroke="${lit(color, 0.3)}" stroke-width="2.5"/>`;
  }
  return s;
}

function lotusFlower(x: Ctx, cx: number, cy: number, k: number): string {
  const pink = hsl(345, 58, 74);
  let s = '';
  for (let i = 0; i < 7; i++) {
    const a = -72 + i * 24;
    s += satin(
      x,
      petalPath(170 * k, 56 * k),
      mix(pink, '#fff', 0.25),
      a + 90,
      `translate(${cx} ${cy}) rotate(${a})`,
    );
  }
  for (let i = 0; i < 4; i++) {
    const a = -39 + i * 26;
    s += satin(
      x,
      petalPath(130 * k, 46 * k),
      mix(pink, '#b0305a', 0.15 + (i % 2) * 0.1),
      a + 90,
      `translate(${cx} ${cy + 10 * k}) rotate(${a})`,
    );
  }
  return s;
}

function cloth(x: Ctx): Piece {
  // a corner of a large tablecloth laid on the table
  const pts: [number, number][] = [
    [250, 170],
    [1500, 90],
    [1500, 1500],
    [170, 1500],
  ];
  const green = x.c.threads[1] ?? '#4a6';
  let s = lace(pts, '#fbf8ef') + fabric(x, poly(pts), x.c.base);
  s += stem('M1500 170 L330 245 L255 1500', green, 5);
  s += pad(x, 560, 820, 150, 120, green) + pad(x, 900, 920, 110, 90, mix(green, '#fff', 0.12));
  s += stem('M700 780 Q 690 700 700 640 M760 900 Q 820 860 880 880', green, 6);
  s += lotusFlower(x, 700, 650, 1);
  return { svg: s, foot: { cx: 700, cy: 700, rx: 700, ry: 700 } };
}

function hanky(x: Ctx): Piece {
  const pts: [number, number][] = [
    [250, 320],
    [930, 270],
    [975, 950],
    [290, 990],
  ];
  const pink = hsl(345, 55, 78);
  let s = lace(pts, '#fffdf6') + fabric(x, poly(pts), x.c.base);
  s += stem('M900 900 Q 780 780 650 720 M780 790 Q 760 700 700 640', hsl(20, 35, 32), 7);
  s +=
    flower(x, 650, 720, 5, 48, 30, pink, 10) +
    flower(x, 700, 640, 5, 40, 26, mix(pink, '#fff', 0.2), 40) +
    flower(x, 820, 830, 5, 44, 28, pink, 70);
  s += leaf(x, 760, 760, 70, 150, x.c.threads[1] ?? '#4a6');
  return { svg: s, foot: { cx: 610, cy: 630, rx: 360, ry: 360 } };
}

function napkins(x: Ctx): Piece {
  let s = '';
  for (let i = 0; i < 3; i++) {
    const o = (2 - i) * 46;
    const pts: [number, number][] = [
      [300 - o, 340 + o],
      [880 - o, 320 + o],
      [900 - o, 880 + o],
      [320 - o, 900 + o],
    ];
    s += lace(pts, '#fffdf6') + fabric(x, poly(pts), mix(x.c.base, '#fff', i * 0.1));
  }
  // the top napkin keeps the crease of its fold
  s += `<path d="M300 610 L880 590" stroke="#000" stroke-width="6" opacity="0.08"/><path d="M300 616 L880 596" stroke="#fff" stroke-width="4" opacity="0.35"/>`;
  s +=
    flower(x, 780, 790, 6, 46, 26, x.c.threads[0] ?? '#c55', 15) +
    leaf(x, 740, 820, 60, -130, x.c.threads[1] ?? '#4a6');
  return { svg: s, foot: { cx: 590, cy: 620, rx: 380, ry: 360 } };
}

/** A standing red-crowned crane in satin and stem stitch (feet at the origin, facing right). */
function crane(x: Ctx, px: number, py: number, flip: number): string {
  const w = '#f6f1e4';
  const ink = '#2b2b30';
  return `<g transform="translate(${px} ${py}) scale(${flip} 1)">
    ${stem('M0 0 L12 -120 M34 0 L22 -118', '#8a8478', 4)}
    ${satin(x, 'M-70 -170 C -110 -160, -135 -128, -125 -105 C -95 -125, -72 -138, -48 -150 Z', ink, 60)}
    ${satin(x, 'M-76 -168 C -46 -236, 58 -246, 92 -192 C 70 -140, -22 -122, -76 -168 Z', w, 10)}
    ${satin(x, 'M-34 -196 C 16 -240, 68 -232, 84 -200 C 40 -178, 0 -172, -34 -196 Z', mix(w, '#8a8a90', 0.25), -30)}
    ${stem('M84 -200 C 100 -240, 96 -290, 112 -330', w, 11)}${stem('M98 -262 C 100 -290, 102 -310, 112 -330', ink, 11)}
    <ellipse cx="116" cy="-338" rx="17" ry="12" fill="${w}"/><circle cx="113" cy="-348" r="7" fill="${x.c.threads[0]}"/>
    ${stem('M130 -336 L172 -326', '#cdb27a', 4)}</g>`;
}

function pillow(x: Ctx): Piece {
  const d = 'M250 330 Q 600 370 950 320 Q 910 620 960 930 Q 600 890 240 940 Q 290 620 250 330 Z';
  const puff = x.d.id('pf');
  x.d.add(
    `<radialGradient id="${puff}" cx="0.42" cy="0.4" r="0.7">${stops([
      [0, '#fff', 0.14],
      [0.6, '#000', 0],
      [1, '#000', 0.4],
    ])}</radialGradient>`,
  );
  return {
    svg: `${fabric(x, d, x.c.base, false)}<path d="${d}" fill="url(#${puff})"/>
      <path d="${d}" fill="none" stroke="${lit(x.c.base, 0.25)}" stroke-width="10"/>
      ${crane(x, 380, 840, 1)}${crane(x, 830, 830, -1)}
      ${stem('M360 450 q 30 -40 70 -10 q 30 -40 70 0 M700 430 q 30 -40 70 -10 q 30 -40 70 0', '#e9e0c8', 5)}<circle cx="600" cy="420" r="30" fill="${x.c.threads[4]}"/>`,
    foot: { cx: 600, cy: 920, rx: 370, ry: 50 },
  };
}

function tote(x: Ctx): Piece {
  const d = 'M330 430 H870 L905 960 H295 Z';
  const strap = lit(x.c.base, 0.5);
  let daisies = '';
  for (const [fx, fy, s] of [
    [520, 700, 1],
    [670, 640, 1.2],
    [720, 800, 0.9],
    [560, 850, 0.8],
  ] as const)
    daisies += flower(x, fx, fy, 12, 52 * s, 13 * s, '#fbf7ea', 0);
  return {
    svg: `<path d="M670 440 C 660 200, 770 200, 760 440" fill="none" stroke="${lit(x.c.base, 0.3)}" stroke-width="34"/>
      <path d="M440 440 C 430 200, 540 200, 530 440" fill="none" stroke="${strap}" stroke-width="34"/>
      <path d="M440 440 C 430 200, 540 200, 530 440" fill="none" stroke="${lit(x.c.base, 0.25)}" stroke-width="2" stroke-dasharray="8 5"/>
      ${fabric(x, d, x.c.base)}
      ${stem('M520 930 Q 540 800 520 700 M660 930 Q 640 780 670 640 M720 930 Q 730 860 720 800', x.c.threads[1] ?? '#4a6', 6)}${daisies}`,
    foot: { cx: 600, cy: 960, rx: 310, ry: 40 },
  };
}

function picture(x: Ctx): Piece {
  const frame = (d: string, tone: number) =>
    `<path d="${d}" fill="${lit(x.c.wood.base, tone)}"/><path d="${d}" fill="url(#${roundShade(x.d, 0.3)})"/>`;
  const sky = hsl(200, 35, 80);
  const sk = x.d.id('sk');
  x.d.add(`<clipPath id="${sk}"><rect x="300" y="380" width="600" height="440"/></clipPath>`);
  let bamboo = '';
  for (let i = 0; i < 8; i++)
    bamboo += stem(
      `M${330 + i * 14} 700 Q ${340 + i * 14} 560 ${370 + i * 20} ${470 + (i % 3) * 20}`,
      hsl(110, 35, 30 + i * 2),
      5,
    );
  return {
    svg: `<g transform="translate(170 260)">${board(x, 860, 700, 0.5, 4)}</g>
      ${frame('M170 260 H1030 L970 320 H230 Z', 0.7)}${frame('M170 260 L230 320 V900 L170 960 Z', 0.55)}
      ${frame('M1030 260 V960 L970 900 V320 Z', 0.3)}${frame('M170 960 L230 900 H970 L1030 960 Z', 0.38)}
      <rect x="230" y="320" width="740" height="580" fill="#f3ecdd"/>
      <g clip-path="url(#${sk})">
      ${satin(x, 'M300 380 H900 V620 H300 Z', sky, 0)}
      ${satin(x, 'M300 600 Q 450 500 600 590 Q 750 520 900 580 V820 H300 Z', hsl(140, 25, 55), 10)}
      ${satin(x, 'M300 690 H900 V820 H300 Z', hsl(48, 62, 60), 80)}
      ${satin(x, 'M300 760 Q 600 730 900 770 V820 H300 Z', hsl(200, 30, 62), 0)}
      ${satin(x, 'M600 690 V620 H760 V690 Z', hsl(30, 30, 82), 90)}${satin(x, 'M570 630 Q 680 560 790 630 L770 600 Q 680 540 590 600 Z', hsl(8, 50, 40), 20)}
      ${bamboo}<circle cx="800" cy="450" r="32" fill="${hsl(20, 75, 68)}"/></g>
      <rect x="230" y="320" width="740" height="580" fill="none" stroke="#000" stroke-width="8" opacity="0.12"/>
      <path d="M300 380 L520 380 L300 620 Z" fill="#fff" opacity="0.08"/>`,
  };
}

export const TEXTILE: Partial<Record<Kind, (x: Ctx) => Piece>> = {
  cloth,
  hanky,
  napkins,
  pillow,
  tote,
  picture,
};
