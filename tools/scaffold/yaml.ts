/** Writing frontmatter by hand (not with a YAML library) keeps the comment above every field. */

/** A JSON string is a valid double-quoted YAML scalar, and keeps Vietnamese letters as they are. */
export const q = (s: string): string => JSON.stringify(s);

export const list = (items: readonly string[]): string => `[${items.map(q).join(', ')}]`;

/** `{ src: "/images/…", alt: "…" }` — keys bare, strings quoted, numbers and booleans as they are. */
export function inline(obj: Record<string, string | number | boolean>): string {
  const parts = Object.entries(obj).map(
    ([k, v]) => `${k}: ${typeof v === 'string' ? q(v) : String(v)}`,
  );
  return `{ ${parts.join(', ')} }`;
}

/**
 * One field: its YAML value, or `off` to write it as a commented-out example the representative can
 * switch on by deleting the "# " — so every field of the schema is visible in the file.
 */
export interface Field {
  key: string;
  value: string;
  off?: boolean;
}

export function frontmatter(notes: Record<string, string>, fields: Field[]): string {
  const lines = fields.flatMap((f) => [
    `# ${notes[f.key] ?? f.key}`,
    `${f.off ? '# ' : ''}${f.key}:${f.value.startsWith('\n') ? '' : ' '}${f.value}`,
  ]);
  return `---\n${lines.join('\n')}\n---\n`;
}

/** `key:` followed by `  - item` lines, for lists whose items are objects. */
export function block(items: string[]): string {
  return `\n${items.map((i) => `  - ${i}`).join('\n')}`;
}
