import { createProcessor } from '@mdx-js/mdx';
import type { ContentProblem } from './problem';

/** JSX components a content file may use. Lower-case HTML tags are fine; anything else is a typo. */
export const ALLOWED_COMPONENTS = new Set<string>([]);

interface Node {
  type: string;
  name?: string | null;
  position?: { start: { line: number } };
  children?: Node[];
}

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/** Parses the MDX body the way contentlayer will, and reports syntax errors and unknown components. */
export function checkMdx(file: string, body: string, bodyStartLine: number): ContentProblem[] {
  const processor = createProcessor();
  let tree: Node;
  try {
    tree = processor.parse(body) as Node;
  } catch (error) {
    const e = error as {
      line?: number;
      place?: { line?: number; start?: { line?: number } };
      reason?: string;
      message?: string;
    };
    const reasonText = e.reason ?? e.message ?? String(error);
    // Some micromark errors carry the position only inside the text, as "(3:1-3:6)".
    const fromText = /\((\d+):\d+/.exec(reasonText)?.[1];
    const at =
      e.line ?? e.place?.line ?? e.place?.start?.line ?? (fromText ? Number(fromText) : undefined);
    const line = at ? at + bodyStartLine - 1 : undefined;
    const reason = reasonText;
    return [
      {
        file,
        field: 'nội dung (body)',
        line,
        severity: 'error',
        vi: `lỗi cú pháp MDX: ${reason} (dấu "<" hoặc "{" phải viết là \\< và \\{; thẻ mở phải có thẻ đóng)`,
        en: `MDX syntax error: ${reason} (write "<" and "{" as \\< and \\{; every opening tag needs a closing tag)`,
      },
    ];
  }
  const problems: ContentProblem[] = [];
  for (const node of walk(tree)) {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') continue;
    const name = node.name ?? '';
    if (/^[a-z]/.test(name) || ALLOWED_COMPONENTS.has(name)) continue;
    problems.push({
      file,
      field: 'nội dung (body)',
      line: node.position ? node.position.start.line + bodyStartLine - 1 : undefined,
      severity: 'error',
      vi: `thành phần <${name || '…'}> không tồn tại (xoá nó hoặc viết văn bản thường)`,
      en: `there is no <${name || '…'}> component (remove it or write plain text)`,
    });
  }
  for (const node of walk(tree)) {
    if (node.type === 'mdxjsEsm') {
      problems.push({
        file,
        field: 'nội dung (body)',
        line: node.position ? node.position.start.line + bodyStartLine - 1 : undefined,
        severity: 'error',
        vi: 'không dùng import/export trong nội dung (xoá dòng này)',
        en: 'import/export is not allowed in content (remove this line)',
      });
    }
  }
  return problems;
}
