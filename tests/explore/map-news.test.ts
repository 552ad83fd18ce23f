import { describe, expect, it } from 'vitest';
import { splitNews, todayInHanoi } from '@/lib/content/news';
import { layoutPins } from '@/lib/map';

const villages = [
  { slug: 'phu-vinh', label: 'Phú Vinh', lat: 20.934, lng: 105.662 },
  { slug: 'phu-yen', label: 'Phù Yên', lat: 20.938, lng: 105.655 },
  { slug: 'truong-yen', label: 'Trường Yên', lat: 20.946, lng: 105.676 },
  { slug: 'dong-phuong-yen', label: 'Đông Phương Yên', lat: 20.925, lng: 105.648 },
  { slug: 'van-vo', label: 'Văn Võ', lat: 20.858, lng: 105.742 },
];

describe('map layout', () => {
  const { pins, kmPerPx } = layoutPins(villages, 800, 560);

  it('keeps every pin inside the drawing, north up and east right', () => {
    for (const p of pins) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(800);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(560);
    }
    const by = (slug: string) => pins.find((p) => p.slug === slug);
    expect(by('van-vo')?.y).toBeGreaterThan(by('truong-yen')?.y ?? Infinity); // further south → lower
    expect(by('van-vo')?.x).toBeGreaterThan(by('dong-phuong-yen')?.x ?? Infinity); // further east → right
    expect(kmPerPx).toBeGreaterThan(0);
  });

  it('places labels so that none overlap', () => {
    const boxes = pins.map((p) => {
      const w = p.label.length * 8;
      const x1 = p.anchor === 'start' ? p.labelX : p.labelX - w;
      return { x1, x2: x1 + w, y1: p.labelY - 14, y2: p.labelY + 4 };
    });
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1))
        expect(a.x1 < b.x2 && a.x2 > b.x1 && a.y1 < b.y2 && a.y2 > b.y1).toBe(false);
    }
  });

  it('handles no villages', () => {
    expect(layoutPins([], 800, 560).pins).toEqual([]);
  });
});

describe('news order', () => {
  const items = [
    { slug: 'past-long-ago', start: '2026-05-12', end: '2026-05-13' },
    { slug: 'past-recent', start: '2026-09-18', end: '2026-09-20' },
    { slug: 'running', start: '2026-11-28', end: '2026-12-02' },
    { slug: 'later', start: '2027-02-20' },
    { slug: 'soon', start: '2026-12-18', end: '2026-12-21' },
    { slug: 'today', start: '2026-11-30' },
  ];

  it('lists upcoming (soonest first) then past (latest first); an event runs until its last day ends', () => {
    const { upcoming, past } = splitNews(items, '2026-11-30');
    expect(upcoming.map((n) => n.slug)).toEqual(['running', 'today', 'soon', 'later']);
    expect(past.map((n) => n.slug)).toEqual(['past-recent', 'past-long-ago']);
  });

  it('uses the calendar day in Hanoi (UTC+7)', () => {
    expect(todayInHanoi(new Date('2026-11-30T17:30:00Z'))).toBe('2026-12-01');
    expect(todayInHanoi(new Date('2026-11-30T16:59:00Z'))).toBe('2026-11-30');
  });
});
