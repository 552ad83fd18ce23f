import type { ScanTotal } from '@/lib/scans';

export interface ScanRow {
  sku: string;
  name: string;
  village: string;
  total: number;
}

/** Scans per product for the given villages (null: all), products never scanned included as 0. */
export function scanRows(
  totals: ScanTotal[],
  products: { sku: string; name: string; village: string }[],
  villages: string[] | null,
): ScanRow[] {
  const bySku = new Map(totals.map((t) => [t.sku, t.total]));
  return products
    .filter((p) => villages === null || villages.includes(p.village))
    .map((p) => ({ sku: p.sku, name: p.name, village: p.village, total: bySku.get(p.sku) ?? 0 }))
    .sort((a, b) => b.total - a.total || a.sku.localeCompare(b.sku));
}
