/** Flat and boxy woven pieces: trays, plates, boxes, a fan, a screen, a blind, a cage, a mirror. */
import type { Kind } from './kinds';
import { type Ctx, roundShade, weave } from './materials';
import { board, box3d, boxFoot, cane, coils, type Face, rod, woodPath } from './solids';
import type { Piece } from './studio';
import { blurFilter, f1, hsl, lit, stops } from './util';
import { caneRing, type Pt, wovenQuad } from './vessel';

/** A face of a woven box: strands in the face's own plane. */
const wovenFace =
  (x: Ctx, u = 20) =>
  (face: Face, w: number, h: number): string => {
    const p = weave(x, {
      u,
      weave: x.mat === 'may' ? 'plain' : 'twill',
      tone: face === 'side' ? 0.4 : 0.55,
    });
    return `<rect width="${f1(w)}" height="${f1(h)}" fill="url(#${p})"/>`;
  };

function lidBox(
  x: Ctx,
  X: number,
  Y: number,
  w: number,
  h: number,
  dx: number,
  dy: number,
  u: number,
): string {
  const lid = Math.max(40, h * 0.2);
  const band = (face: Face, fw: number, fh: number) =>
    `${wovenFace(x, u)(face, fw, fh)}${face === 'top' ? '' : `<rect width="${f1(fw)}" height="${f1(fh)}" fill="#000" opacity="0.06"/>`}`;
  return (
    box3d(x, { x: X, y: Y + lid * 0.5, w, h: h - lid * 0.5, dx, dy }, wovenFace(x, u)) +
    `<path d="M${X} ${f1(Y + lid)} H${X + w} L${X + w + dx} ${f1(Y + lid - dy)}" stroke="#000" stroke-width="10" opacity="0.18" fill="none"/>` +
    box3d(x, { x: X - 8, y: Y, w: w + 16, h: lid, dx, dy }, band)
  );
}

function tray(x: Ctx, legs: boolean): Piece {
  const wood = x.mat === 'go';
  const rattanRim = !wood || /mây/i.test(x.name);
  // rim corners (back left, back right, front right, front left) and the floor inside them
  const R: [Pt, Pt, Pt, Pt] = [
    [300, 520],
    [900, 520],
    [1000, 780],
    [200, 780],
  ];
  const F: [Pt, Pt, Pt, Pt] = [
    [342, 566],
    [858, 566],
    [938, 744],
    [262, 744],
  ];
  const path = (q: readonly Pt[]) => `M${q.map((p) => p.join(' ')).join(' L')} Z`;
  const front: [Pt, Pt, Pt, Pt] = [R[3], R[2], [985, 850], [215, 850]];
  const walls: [readonly [Pt, Pt, Pt, Pt], number][] = [
    [[R[0], R[1], F[1], F[0]], 0.62],
    [[R[0], F[0], F[3], R[3]], 0.4],
    [[F[1], R[1], R[2], F[2]], 0.6],
  ];
  let s = '';
  if (legs)
    s +=
      rod(x, 290, 820, 250, 1010, 22, x.c.wood.base) +
      rod(x, 910, 820, 950, 1010, 22, x.c.wood.base) +
      rod(x, 350, 820, 400, 975, 18, x.c.wood.dark) +
      rod(x, 850, 820, 800, 975, 18, x.c.wood.dark);
  const woodFace = (q: readonly Pt[], tone: number) => woodPath(x, path(q), tone, 0.8);
  // the rim's top edge all round (seen where the front wall's thickness faces up)
  s += `<path d="${path(R)}" fill="${lit(rattanRim ? x.c.base : x.c.wood.base, 0.5)}"/>`;
  if (wood) {
    const clip = x.d.id('tc');
    x.d.add(`<clipPath id="${clip}"><path d="${path(F)}"/></clipPath>`);
    s += `<g clip-path="url(#${clip})"><g transform="translate(200 560) scale(1 0.45)">${board(x, 800, 440, 0.55)}</g></g>`;
  } else s += wovenQuad(x.d, x.c, F, 12, 22, 0.55, 0.5);
  for (const [q, tone] of walls)
    s += rattanRim
      ? wovenQuad(x.d, x.c, q, 3, q === walls[0]?.[0] ? 26 : 10, tone)
      : woodFace(q, tone);
  const inner = x.d.id('ti');
  x.d.add(
    `<radialGradient id="${inner}" cx="0.5" cy="0.3" r="0.7">${stops([
      [0, '#000', 0],
      [0.7, '#000', 0.08],
      [1, '#000', 0.3],
    ])}</radialGradient>`,
  );
  s += `<path d="${path(F)}" fill="url(#${inner})"/>`;
  s += rattanRim ? wovenQuad(x.d, x.c, front, 4, 34, 0.5) : woodFace(front, 0.45);
  s += `<path d="${path(front)}" fill="url(#${roundShade(x.d, 0.6)})"/>`;
  // hand holds cut through the end walls
  s += `<path d="M282 610 q -10 36 -20 64" stroke="#1b120b" stroke-width="20" stroke-linecap="round" opacity="0.75"/>
    <path d="M918 610 q 10 36 20 64" stroke="#1b120b" stroke-width="20" stroke-linecap="round" opacity="0.75"/>`;
  s += rattanRim
    ? cane(x, path(R), 30, x.c.base, true)
    : `<path d="${path(R)}" fill="none" stroke="${lit(x.c.wood.base, 0.7)}" stroke-width="6" stroke-linejoin="round"/>`;
  return {
    svg: s,
    foot: { cx: 600, cy: legs ? 1000 : 846, rx: 410, ry: legs ? 30 : 44 },
    contact: legs ? 0.5 : 1,
  };
}

function roundTray(x: Ctx): Piece {
  const k = 0.55;
  let petals = '';
  const motif = weave(x, { u: 16, weave: 'twill', tone: 0.35, color: x.c.dark });
  for (let i = 0; i < 8; i++) {
    const a = (i * 45 * Math.PI) / 180;
    const px = 600 + Math.cos(a) * 150;
    const py = 600 + Math.sin(a) * 150 * k;
    const rot = (Math.atan2(Math.sin(a) * k, Math.cos(a)) * 180) / Math.PI;
    petals += `<ellipse cx="${f1(px)}" cy="${f1(py)}" rx="120" ry="${f1(50 * (0.6 + 0.4 * k))}" transform="rotate(${f1(rot)} ${f1(px)} ${f1(py)})" fill="url(#${motif})" opacity="0.85"/>`;
  }
  return {
    svg: `<ellipse cx="600" cy="640" rx="440" ry="${f1(440 * k)}" fill="${lit(x.c.dark, 0.3)}"/>
      ${coils(x, 600, 600, 430, k, 21)}${petals}
      <ellipse cx="600" cy="600" rx="430" ry="${f1(430 * k)}" fill="url(#${roundShade(x.d, 0.5)})"/>
      ${caneRing(x.d, x.c, 600, 600, 430, 430 * k, 28)}`,
    foot: { cx: 600, cy: 650, rx: 420, ry: 230 },
  };
}

function dish(x: Ctx, cx: number, cy: number, R: number, style: number): string {
  const dip = x.d.id('dp');
  x.d.add(
    `<radialGradient id="${dip}" cx="0.6" cy="0.62" r="0.6">${stops([
      [0, '#fff', 0.1],
      [0.7, '#000', 0],
      [0.86, '#000', 0.22],
      [1, '#000', 0.05],
    ])}</radialGradient>`,
  );
  // flat woven trays: diagonal twill, a plain weave, or plain with a darker band of twill
  const main = weave(x, {
    u: 22,
    weave: style === 1 ? 'twill' : 'plain',
    tf: `rotate(${style === 2 ? 20 : 45})`,
  });
  let face = `<circle cx="${cx}" cy="${cy}" r="${R}" fill="url(#${main})"/>`;
  if (style !== 1) {
    const band = weave(x, { u: 16, weave: 'twill', tone: 0.3, color: x.c.dark, tf: 'rotate(45)' });
    const rr = R * (style === 0 ? 0.62 : 0.35);
    face += `<circle cx="${cx}" cy="${cy}" r="${f1(rr)}" fill="none" stroke="url(#${band})" stroke-width="${f1(R * 0.12)}"/>`;
  }
  return `${face}<circle cx="${cx}" cy="${cy}" r="${R}" fill="url(#${dip})"/>${caneRing(x.d, x.c, cx, cy, R, R, 16)}`;
}

function boxes(x: Ctx, set: boolean): Piece {
  if (!set)
    return {
      svg: lidBox(x, 330, 500, 460, 400, 170, 110, 24),
      foot: boxFoot({ x: 330, y: 500, w: 460, h: 400, dx: 170, dy: 110 }),
    };
  return {
    svg:
      lidBox(x, 150, 470, 440, 420, 150, 95, 24) +
      lidBox(x, 620, 620, 330, 300, 110, 70, 21) +
      lidBox(x, 400, 760, 220, 190, 80, 50, 18),
    foot: { cx: 560, cy: 880, rx: 420, ry: 70 },
  };
}

function fan(x: Ctx): Piece {
  const face =
    'M600 830 C 300 780, 200 440, 360 300 C 460 220, 560 260, 600 330 C 640 260, 740 220, 840 300 C 1000 440, 900 780, 600 830 Z';
  const p = weave(x, { u: 16, weave: 'twill', tf: 'rotate(45)' });
  return {
    svg: `<g transform="rotate(-18 600 620)">${rod(x, 600, 800, 600, 1120, 46, x.c.wood.base)}
      <path d="${face}" fill="url(#${p})"/><path d="${face}" fill="url(#${roundShade(x.d, 0.5)})"/>
      ${cane(x, face, 18, x.c.base, true)}${rod(x, 600, 830, 600, 340, 12, x.c.dark)}</g>`,
    foot: { cx: 600, cy: 620, rx: 300, ry: 300 },
  };
}

function screen(x: Ctx): Piece {
  const xs = [110, 360, 600, 840, 1090];
  const tops = [260, 320, 260, 320, 260];
  const h = 660;
  let s = '';
  for (let i = 0; i < 4; i++) {
    const x0 = xs[i] ?? 0;
    const x1 = xs[i + 1] ?? 0;
    const y0 = tops[i] ?? 0;
    const y1 = tops[i + 1] ?? 0;
    const w = x1 - x0;
    const p = weave(x, { u: 28, weave: 'twill', tone: i % 2 ? 0.38 : 0.6 });
    s += `<g transform="matrix(1 ${f1(((y1 - y0) / w) * 1000) / 1000} 0 1 ${x0} ${y0})"><rect width="${w}" height="${h}" fill="url(#${p})"/>
      <rect width="${w}" height="${h}" fill="#000" opacity="${i % 2 ? 0.2 : 0}"/></g>`;
    s +=
      rod(x, x0, y0 - 20, x0, y0 + h + 50, 22, x.c.wood.base) +
      rod(x, x0, y0, x1, y1, 18, x.c.wood.base) +
      rod(x, x0, y0 + h, x1, y1 + h, 18, x.c.wood.dark);
  }
  s += rod(x, 1090, 240, 1090, 970, 22, x.c.wood.base);
  return { svg: s, foot: { cx: 600, cy: 960, rx: 500, ry: 40 }, contact: 0.5 };
}

function blind(x: Ctx): Piece {
  const out = x.d.id('wo');
  x.d.add(
    `<linearGradient id="${out}" x1="0" x2="0" y1="0" y2="1">${stops([
      [0, '#eef4f6'],
      [0.5, hsl(95, 30, 70)],
      [1, hsl(110, 30, 45)],
    ])}</linearGradient>`,
  );
  const slatG = x.d.id('sl');
  const slat = x.d.id('sp');
  x.d.add(
    `<linearGradient id="${slatG}" x1="0" x2="0" y1="0" y2="1">${stops([
      [0, lit(x.c.base, 0.72)],
      [0.5, lit(x.c.base, 0.5)],
      [1, lit(x.c.base, 0.3)],
    ])}</linearGradient><pattern id="${slat}" width="600" height="15" patternUnits="userSpaceOnUse"><rect width="600" height="12" fill="url(#${slatG})"/></pattern>`,
  );
  const soft = blurFilter(x.d, 18, 0.3);
  return {
    svg: `<rect x="230" y="160" width="740" height="880" fill="${lit(hsl(35, 10, 80), 0.35)}"/>
      <g filter="url(#${soft})"><rect x="250" y="180" width="700" height="840" fill="url(#${out})"/><circle cx="420" cy="900" r="110" fill="${hsl(110, 30, 38)}"/><circle cx="780" cy="860" r="140" fill="${hsl(100, 28, 42)}"/></g>
      <rect x="270" y="230" width="660" height="600" fill="url(#${slat})"/>
      <rect x="270" y="230" width="660" height="600" fill="url(#${roundShade(x.d, 0.4)})"/>
      <path d="M430 200 V860 M770 200 V860" stroke="${lit(x.c.dark, 0.3)}" stroke-width="5"/>
      ${rod(x, 255, 215, 945, 215, 50, x.c.base)}${rod(x, 270, 836, 930, 836, 14, x.c.dark)}`,
  };
}

function cage(x: Ctx): Piece {
  const cx = 600;
  const R = 270;
  const base = 880;
  const wall = 560;
  const k = 0.22;
  let backBars = '';
  let frontBars = '';
  const N = 28;
  for (let i = 0; i < N; i++) {
    const t = ((i + 0.5) * 2 * Math.PI) / N;
    const c = Math.cos(t);
    const sn = Math.sin(t);
    const xb = cx + R * c;
    const d = `M${f1(xb)} ${f1(base + R * k * sn)} V${f1(wall + R * k * sn)} Q ${f1(xb)} ${f1(wall - 200 + R * k * sn * 0.5)} ${cx} 250`;
    if (sn < 0)
      backBars += `<path d="${d}" stroke="${lit(x.c.dark, 0.4)}" stroke-width="6" fill="none" opacity="0.6"/>`;
    else {
      const tone = lit(x.c.base, 0.3 + 0.45 * Math.max(0, -c * 0.6 + sn * 0.7));
      frontBars += `<path d="${d}" stroke="${lit(x.c.dark, 0.2)}" stroke-width="10" fill="none"/><path d="${d}" stroke="${tone}" stroke-width="6" fill="none"/>`;
    }
  }
  const ring = (y: number, part: 'front' | 'back' | 'full') =>
    caneRing(x.d, x.c, cx, y, R, R * k, 14, part);
  return {
    svg: `<path d="M${cx} 250 V170 q 46 -50 0 -90" fill="none" stroke="${lit(x.c.dark, 0.3)}" stroke-width="12"/>
      ${backBars}${ring(wall, 'back')}${ring(720, 'back')}
      ${rod(x, 470, 700, 730, 700, 14, x.c.wood.base)}
      <ellipse cx="${cx}" cy="${base + 20}" rx="${R + 24}" ry="${f1((R + 24) * k)}" fill="${lit(x.c.wood.base, 0.3)}"/>
      <rect x="${cx - R - 24}" y="${base - 20}" width="${2 * R + 48}" height="40" fill="${lit(x.c.wood.base, 0.42)}"/>
      <ellipse cx="${cx}" cy="${base - 20}" rx="${R + 24}" ry="${f1((R + 24) * k)}" fill="${lit(x.c.wood.base, 0.62)}"/>
      ${frontBars}${ring(wall, 'front')}${ring(720, 'front')}`,
    foot: { cx, cy: base + 20, rx: R + 24, ry: (R + 24) * k },
  };
}

function mirror(x: Ctx): Piece {
  let rays = '';
  for (let i = 0; i < 40; i++) {
    const a = (i * 9 * Math.PI) / 180;
    const r2 = i % 2 ? 400 : 470;
    rays += rod(
      x,
      600 + Math.cos(a) * 250,
      600 + Math.sin(a) * 250,
      600 + Math.cos(a) * r2,
      600 + Math.sin(a) * r2,
      24,
      x.c.base,
    );
  }
  const glass = x.d.id('gs');
  x.d.add(
    `<linearGradient id="${glass}" x1="0" x2="0.6" y1="0" y2="1">${stops([
      [0, hsl(38, 18, 84)],
      [0.55, hsl(32, 14, 70)],
      [0.56, hsl(30, 16, 52)],
      [1, hsl(25, 18, 40)],
    ])}</linearGradient>`,
  );
  const soft = blurFilter(x.d, 12, 0.3);
  const clip = x.d.id('mc');
  x.d.add(`<clipPath id="${clip}"><circle cx="600" cy="600" r="240"/></clipPath>`);
  // the glass shows the room behind the camera: a bright window, the far wall, a table edge
  return {
    svg: `${rays}<circle cx="600" cy="600" r="262" fill="${lit(x.c.dark, 0.25)}"/>
      <g clip-path="url(#${clip})"><rect x="340" y="340" width="520" height="520" fill="url(#${glass})"/>
      <g filter="url(#${soft})"><rect x="600" y="360" width="150" height="250" fill="#fffaf0" opacity="0.85"/><rect x="672" y="360" width="8" height="250" fill="${hsl(30, 10, 60)}"/>
      <ellipse cx="440" cy="760" rx="120" ry="70" fill="${hsl(110, 18, 38)}" opacity="0.6"/></g>
      <path d="M380 600 L600 380 M420 680 L680 420" stroke="#fff" stroke-width="26" stroke-linecap="round" opacity="0.12"/></g>
      <circle cx="600" cy="600" r="240" fill="none" stroke="#000" stroke-width="6" opacity="0.25"/>
      ${coils(x, 600, 600, 262, 1, 12, 240)}`,
  };
}

export const FLAT: Partial<Record<Kind, (x: Ctx) => Piece>> = {
  tray: (x) => tray(x, false),
  'tray-legs': (x) => tray(x, true),
  'round-tray': roundTray,
  plates: (x) => ({
    svg: dish(x, 430, 520, 290, 0) + dish(x, 830, 400, 200, 1) + dish(x, 820, 820, 170, 2),
  }),
  box: (x) => boxes(x, false),
  'box-set': (x) => boxes(x, true),
  fan,
  screen,
  blind,
  cage,
  mirror,
};
