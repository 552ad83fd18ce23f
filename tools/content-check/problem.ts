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

// GitHub's workflow commands: data escapes %, CR, LF; properties also ':' and ','.
const escapeData = (s: string) =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * The problem as a GitHub Actions annotation: GitHub shows it on the file's line in the commit and
 * in the pull request's "Files changed", where a representative editing in the web editor looks.
 */
export function formatAnnotation(p: ContentProblem): string {
  const properties = [
    `file=${escapeProperty(p.file)}`,
    ...(p.line ? [`line=${p.line}`] : []),
    `title=${escapeProperty(p.field)}`,
  ].join(',');
  return `::${p.severity} ${properties}::${escapeData(`${p.vi}\nEN: ${p.en}`)}`;
}

/** A Markdown table of the problems, for the run's summary page (GITHUB_STEP_SUMMARY). */
export function formatSummary(problems: readonly ContentProblem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const head =
    errors > 0
      ? `### ✗ ${errors} lỗi, ${problems.length - errors} cảnh báo / ${errors} error(s), ${problems.length - errors} warning(s)`
      : `### ✓ Nội dung hợp lệ (${problems.length} cảnh báo) / Content is valid (${problems.length} warning(s))`;
  if (problems.length === 0) return `${head}\n`;
  const code = (s: string) => `\`${s.replace(/\|/g, '\\|')}\``;
  const text = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|');
  const rows = problems.map(
    (p) =>
      `| ${p.severity === 'error' ? '✗ lỗi' : 'cảnh báo'} | ${code(p.line ? `${p.file}:${p.line}` : p.file)} | ${code(p.field)} | ${text(p.vi)}<br>EN: ${text(p.en)} |`,
  );
  return [
    head,
    '',
    '| | file:dòng / line | trường / field | thông báo / message |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
