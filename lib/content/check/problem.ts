export type Severity = 'error' | 'warning';

/** One thing wrong with one content file, explained in Vietnamese first and English second. */
export interface ContentProblem {
  file: string;
  field: string;
  line?: number;
  severity: Severity;
  vi: string;
  en: string;
}

export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const tag = p.severity === 'warning' ? ' [cảnh báo]' : '';
  const tagEn = p.severity === 'warning' ? ' [warning]' : '';
  return `${where}: ${p.field} — ${p.vi}${tag}\n    EN: ${p.field} — ${p.en}${tagEn}`;
}

/** Finds the line of a top-level frontmatter key, so a message can point at it. */
export function lineOfField(source: string, field: string): number | undefined {
  const top = field.split(/[.[]/)[0];
  if (!top) return undefined;
  const lines = source.split('\n');
  const re = new RegExp(`^${top.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
  const index = lines.findIndex((l) => re.test(l));
  return index >= 0 ? index + 1 : undefined;
}
