import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { BODY_TAGS, IMAGE_PREFIX, LINK_PROTOCOLS } from '../content-build/markdown';
import type { ContentProblem } from './problem';

/**
 * The body of a content file is Markdown and nothing else. This finds what Markdown would not
 * need — code, tags that load or run things, links that run script — and says, in Vietnamese
 * first, what to write instead. The build's sanitizer drops the same things silently; the check
 * exists so a representative learns why, at the line.
 */

const FIELD = 'nội dung (body)';

interface Message {
  vi: string;
  en: string;
}

const BRACES: Message = {
  vi: 'dấu ngoặc nhọn { } không được dùng trong nội dung (nội dung chỉ là chữ, không chạy mã); viết lời thường, hoặc gõ \\{ nếu thật sự cần dấu {',
  en: 'curly braces { } are not allowed in content (content is text, it never runs code); write plain words, or type \\{ if you really need a brace',
};
const ATTRIBUTE_EXPRESSION: Message = {
  vi: 'thuộc tính của thẻ không được chứa { } (nội dung không chạy mã); viết giá trị trong dấu nháy, ví dụ title="Giỏ mây"',
  en: 'a tag attribute cannot contain { } (content never runs code); write the value in quotes, e.g. title="Rattan basket"',
};
const IMPORT_EXPORT: Message = {
  vi: 'không dùng import/export trong nội dung (xoá dòng này; nội dung chỉ là chữ và ảnh)',
  en: 'import/export is not allowed in content (remove this line; content is words and pictures only)',
};
const INNER_HTML: Message = {
  vi: 'dangerouslySetInnerHTML không được dùng (xoá nó; viết nội dung bằng chữ thường và Markdown)',
  en: 'dangerouslySetInnerHTML is not allowed (remove it; write the content as plain text and Markdown)',
};
const STYLE_ATTRIBUTE: Message = {
  vi: 'thuộc tính style= không được dùng (xoá nó; giao diện do trang web quyết định, dùng **đậm** hoặc *nghiêng* nếu cần nhấn mạnh)',
  en: 'the style= attribute is not allowed (remove it; the site decides the look; use **bold** or *italic* for emphasis)',
};

const eventHandler = (name: string): Message => ({
  vi: `thuộc tính ${name}= chạy mã khi người xem bấm hoặc tải trang, nên không được dùng (xoá nó)`,
  en: `the ${name}= attribute runs code when a visitor clicks or loads the page, so it is not allowed (remove it)`,
});

/** Tags that load, run or submit something, each with what to write instead. */
const REFUSED_TAGS: Record<string, Message> = {
  script: {
    vi: 'thẻ <script> không được dùng: nội dung không chạy mã (xoá cả đoạn <script>…</script>)',
    en: 'the <script> tag is not allowed: content never runs code (remove the whole <script>…</script>)',
  },
  style: {
    vi: 'thẻ <style> không được dùng (xoá nó; giao diện do trang web quyết định)',
    en: 'the <style> tag is not allowed (remove it; the site decides the look)',
  },
  iframe: {
    vi: 'thẻ <iframe> không được dùng (thay bằng một liên kết: [Xem video](https://…))',
    en: 'the <iframe> tag is not allowed (use a link instead: [Watch the video](https://…))',
  },
  object: {
    vi: 'thẻ <object> không được dùng (thay bằng một liên kết hoặc ảnh trong /images)',
    en: 'the <object> tag is not allowed (use a link, or a picture from /images)',
  },
  embed: {
    vi: 'thẻ <embed> không được dùng (thay bằng một liên kết hoặc ảnh trong /images)',
    en: 'the <embed> tag is not allowed (use a link, or a picture from /images)',
  },
  meta: {
    vi: 'thẻ <meta> không được dùng trong nội dung (xoá nó; tiêu đề và mô tả trang lấy từ phần thông tin đầu tệp)',
    en: 'the <meta> tag is not allowed in content (remove it; the page title and description come from the frontmatter)',
  },
  link: {
    vi: 'thẻ <link> không được dùng (muốn dẫn tới trang khác, viết [chữ hiện ra](https://…))',
    en: 'the <link> tag is not allowed (to point to another page, write [text shown](https://…))',
  },
  base: {
    vi: 'thẻ <base> không được dùng (xoá nó)',
    en: 'the <base> tag is not allowed (remove it)',
  },
  form: {
    vi: 'thẻ <form> không được dùng (đặt hàng và đăng ký đã có sẵn trên trang; ghi số điện thoại hoặc email để liên hệ)',
    en: 'the <form> tag is not allowed (ordering and booking are built in; write a phone number or email to be contacted)',
  },
  input: {
    vi: 'thẻ <input> không được dùng (đặt hàng và đăng ký đã có sẵn trên trang; xoá thẻ này)',
    en: 'the <input> tag is not allowed (ordering and booking are built in; remove this tag)',
  },
};

const otherTag = (name: string): Message => ({
  vi: `thẻ <${name}> không dùng được trong nội dung; dùng Markdown: ## tiêu đề, **đậm**, *nghiêng*, - danh sách, [liên kết](https://…), ![mô tả ảnh](/images/…)`,
  en: `the <${name}> tag cannot be used in content; use Markdown: ## heading, **bold**, *italic*, - list, [link](https://…), ![picture description](/images/…)`,
});
const unknownComponent = (name: string): Message => ({
  vi: `thành phần <${name}> không tồn tại (xoá nó hoặc viết văn bản thường)`,
  en: `there is no <${name}> component (remove it or write plain text)`,
});
const otherAttribute = (tag: string, name: string): Message => ({
  vi: `thuộc tính ${name}= của thẻ <${tag}> không dùng được (xoá nó)`,
  en: `the ${name}= attribute of <${tag}> cannot be used (remove it)`,
});
const scriptUrl = (scheme: string): Message => ({
  vi: `địa chỉ "${scheme}:" không được dùng vì nó chạy mã hoặc nhúng dữ liệu; liên kết phải bắt đầu bằng https://, mailto:, tel: hoặc /, ảnh phải nằm trong /images/`,
  en: `"${scheme}:" addresses are not allowed because they run code or embed data; links must start with https://, mailto:, tel: or /, pictures must be in /images/`,
});
const otherUrl = (url: string): Message => ({
  vi: `liên kết "${url}" không dùng được; viết địa chỉ đầy đủ bắt đầu bằng https://, hoặc mailto:, tel:, hoặc đường dẫn trong trang bắt đầu bằng /`,
  en: `the link "${url}" cannot be used; write a full address starting with https://, or mailto:, tel:, or a path on this site starting with /`,
});
const imageUrl = (url: string): Message => ({
  vi: `ảnh "${url}" phải nằm trong thư mục của trang: đường dẫn bắt đầu bằng /images/ (chép ảnh vào public/images/ trước)`,
  en: `the picture "${url}" must be the site's own: a path starting with /images/ (copy the picture into public/images/ first)`,
});
const HEADING: Message = {
  vi: 'tiêu đề trong nội dung dùng ## (hai dấu thăng), ### hoặc ####; tiêu đề lớn nhất là tên trang, đã có sẵn',
  en: 'headings in content use ## (two hashes), ### or ####; the largest heading is the page title, already shown',
};

const ALLOWED_TAGS = new Set<string>(BODY_TAGS);
const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'title'],
  abbr: ['title'],
  ol: ['start'],
};

/** `javascript:`, `vbscript:` and `data:` — also when hidden by case, spaces, tabs or control characters. */
function urlProblem(raw: string, image: boolean): Message | undefined {
  // Browsers ignore spaces and control characters inside a scheme, so must we.
  const url = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme && ['javascript', 'vbscript', 'data'].includes(scheme)) return scriptUrl(scheme);
  if (image) return url.startsWith(IMAGE_PREFIX) && !url.includes('..') ? undefined : imageUrl(raw);
  if (scheme)
    return (LINK_PROTOCOLS as readonly string[]).includes(scheme) ? undefined : otherUrl(raw);
  return (url.startsWith('/') && !url.startsWith('//')) || url.startsWith('#')
    ? undefined
    : otherUrl(raw);
}

const TAG = /<(\/?)([A-Za-z][\w.:-]*)((?:[^<>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;

/** Problems in one piece of raw HTML, each with its offset inside `html`. */
function htmlProblems(html: string): { offset: number; message: Message }[] {
  const found: { offset: number; message: Message }[] = [];
  // Comments are dropped at build and may hold anything harmless, like a note to the next editor.
  const text = html.replace(/<!--[\s\S]*?-->/g, (c) => ' '.repeat(c.length));
  for (const tag of text.matchAll(TAG)) {
    const [, closing, name = '', rest = ''] = tag;
    const at = tag.index;
    const lower = name.toLowerCase();
    // The most dangerous part of a tag is named first: that is the message a person reads.
    const tagMessage =
      REFUSED_TAGS[lower] ??
      (/^[A-Z]/.test(name)
        ? unknownComponent(name)
        : ALLOWED_TAGS.has(lower)
          ? undefined
          : otherTag(lower));
    if (tagMessage) found.push({ offset: at, message: tagMessage });
    if (closing) continue;
    if (rest.includes('{')) {
      const message = /dangerouslySetInnerHTML/i.test(rest) ? INNER_HTML : ATTRIBUTE_EXPRESSION;
      found.splice(tagMessage ? found.length - 1 : found.length, 0, { offset: at, message });
      continue;
    }
    for (const attribute of rest.matchAll(ATTRIBUTE)) {
      const attr = (attribute[1] ?? '').toLowerCase();
      const value = (attribute[2] ?? '').replace(/^["']|["']$/g, '');
      if (!attr || attr === '/') continue;
      if (attr.startsWith('on')) found.push({ offset: at, message: eventHandler(attr) });
      else if (attr === 'style') found.push({ offset: at, message: STYLE_ATTRIBUTE });
      else if (attr === 'dangerouslysetinnerhtml') found.push({ offset: at, message: INNER_HTML });
      else if (attr === 'href' || attr === 'src' || attr === 'action' || attr === 'formaction') {
        const problem = urlProblem(decodeEntities(value), attr === 'src');
        if (problem) found.push({ offset: at, message: problem });
        else if (!ALLOWED_ATTRIBUTES[lower]?.includes(attr))
          found.push({ offset: at, message: otherAttribute(lower, attr) });
      } else if (ALLOWED_TAGS.has(lower) && !ALLOWED_ATTRIBUTES[lower]?.includes(attr))
        found.push({ offset: at, message: otherAttribute(lower, attr) });
    }
  }
  // Braces outside any tag, e.g. a JSX expression between HTML tags.
  const outside = text.replace(TAG, (t) => ' '.repeat(t.length));
  const brace = unescapedBrace(outside);
  if (brace >= 0) found.push({ offset: brace, message: BRACES });
  return found;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;/gi, '\t')
    .replace(/&newline;/gi, '\n');
}

/** Offset of the first `{` or `}` not written as `\{` / `\}`, or -1. */
function unescapedBrace(source: string): number {
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '{' || c === '}') return i;
  }
  return -1;
}

type WithChildren = Nodes & { children?: Nodes[] };

function* walk(node: WithChildren): Generator<Nodes> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child as WithChildren);
}

/** Checks one body; `bodyStartLine` is the file line the body starts on. */
export function checkBody(file: string, body: string, bodyStartLine: number): ContentProblem[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as Root;
  const problems: ContentProblem[] = [];
  const lineAt = (offset: number) => body.slice(0, offset).split('\n').length + bodyStartLine - 1;
  const report = (offset: number, m: Message) =>
    problems.push({ file, field: FIELD, line: lineAt(offset), severity: 'error', ...m });

  for (const node of walk(tree)) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const source = body.slice(start, end);
    switch (node.type) {
      case 'html':
        for (const p of htmlProblems(source)) report(start + p.offset, p.message);
        break;
      case 'text': {
        const brace = unescapedBrace(source);
        if (brace >= 0) report(start + brace, BRACES);
        break;
      }
      case 'paragraph': {
        const match =
          /^[ \t]*(?:import\s+[\w$*{'\"]|export\s+(?:default|const|let|var|function|class|async|\{|\*))/m.exec(
            source,
          );
        if (match) report(start + match.index, IMPORT_EXPORT);
        break;
      }
      case 'heading':
        if (node.depth === 1 || node.depth > 4) report(start, HEADING);
        break;
      case 'link':
      case 'definition': {
        const problem = urlProblem(node.url, false);
        if (problem) report(start, problem);
        break;
      }
      case 'image':
      case 'imageReference': {
        const problem = node.type === 'image' ? urlProblem(node.url, true) : undefined;
        if (problem) report(start, problem);
        break;
      }
    }
  }
  // One message per line and kind is enough to act on.
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}|${p.vi}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
