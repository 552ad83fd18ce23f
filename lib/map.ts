/**
 * Places village pins on a flat map drawn at build time: an equirectangular projection scaled by
 * cos(latitude) is exact enough over a few kilometres, and needs no tile server.
 */
export interface MapPoint {
  slug: string;
  label: string;
  lat: number;
  lng: number;
}

export interface Pin extends MapPoint {
  x: number;
  y: number;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
}

const KM_PER_DEG_LAT = 111.32;
const CHAR_WIDTH = 8;
const LINE = 18;

export function layoutPins(
  points: MapPoint[],
  width: number,
  height: number,
  pad = 80,
): { pins: Pin[]; kmPerPx: number } {
  if (points.length === 0) return { pins: [], kmPerPx: 0 };
  const meanLat = points.reduce((s, p) => s + p.lat, 0) / points.length;
  const k = Math.cos((meanLat * Math.PI) / 180);
  const xs = points.map((p) => p.lng * k);
  const ys = points.map((p) => p.lat);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const scale = Math.min(
    (width - 2 * pad) / (maxX - minX || 1),
    (height - 2 * pad) / (maxY - minY || 1),
  );
  const offsetX = (width - (maxX - minX) * scale) / 2;
  const offsetY = (height - (maxY - minY) * scale) / 2;
  const boxes: { x1: number; x2: number; y1: number; y2: number }[] = [];
  const pins = points.map((p) => {
    const x = offsetX + (p.lng * k - minX) * scale;
    const y = offsetY + (maxY - p.lat) * scale;
    const w = p.label.length * CHAR_WIDTH;
    // Try right, left, then below/above on either side; keep the first spot no other label holds.
    const candidates = [
      { labelX: x + 12, labelY: y + 5, anchor: 'start' as const },
      { labelX: x - 12, labelY: y + 5, anchor: 'end' as const },
      { labelX: x + 12, labelY: y + 5 + LINE, anchor: 'start' as const },
      { labelX: x - 12, labelY: y + 5 - LINE, anchor: 'end' as const },
      { labelX: x + 12, labelY: y + 5 - LINE, anchor: 'start' as const },
      { labelX: x - 12, labelY: y + 5 + LINE, anchor: 'end' as const },
    ];
    const box = (c: (typeof candidates)[number]) => ({
      x1: c.anchor === 'start' ? c.labelX : c.labelX - w,
      x2: c.anchor === 'start' ? c.labelX + w : c.labelX,
      y1: c.labelY - 14,
      y2: c.labelY + 4,
    });
    const free = candidates.find((c) => {
      const b = box(c);
      return (
        b.x1 >= 0 &&
        b.x2 <= width &&
        !boxes.some((o) => b.x1 < o.x2 && b.x2 > o.x1 && b.y1 < o.y2 && b.y2 > o.y1)
      );
    });
    const chosen = free ??
      candidates[0] ?? { labelX: x + 12, labelY: y + 5, anchor: 'start' as const };
    boxes.push(box(chosen));
    return { ...p, x, y, ...chosen };
  });
  return { pins, kmPerPx: KM_PER_DEG_LAT / scale };
}
