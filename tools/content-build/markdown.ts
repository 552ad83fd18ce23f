import type { Element, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Processor } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * A content body is Markdown, turned into HTML once, at content-build time, and never evaluated:
 * a representative's file can change words, links and pictures, not behaviour. The content check
 * (tools/content-check/body.ts) refuses everything outside this list with a message saying what to
 * write instead; the sanitizer below is the second wall, for a file that skipped the check.
 */
export const BODY_TAGS = [
  'h2',
  'h3',
  'h4',
  'p',
  'br',
  'hr',
  'em',
  'strong',
  'del',
  'sup',
  'sub',
  'abbr',
  'a',
  'img',
  'ul',
  'ol',
  'li',
  'blockquote',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'code',
  'pre',
] as const;

/** Link schemes a body may use; anything with no scheme must be site-relative ("/…"). */
export const LINK_PROTOCOLS = ['http', 'https', 'mailto', 'tel'] as const;
/** Pictures come from the site's own folder only: no tracking pixels, no data: URLs. */
export const IMAGE_PREFIX = '/images/';

const schema: SanitizeSchema = {
  tagNames: [...BODY_TAGS],
  attributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title'],
    abbr: ['title'],
    ol: ['start'],
  },
  protocols: { href: [...LINK_PROTOCOLS], src: [] },
  // Dropped with everything inside; any other unknown element is unwrapped and keeps its text.
  strip: [
    'script',
    'style',
    'iframe',
    'object',
    'embed',
    'template',
    'noscript',
    'textarea',
    'title',
  ],
  clobberPrefix: 'noi-dung-',
  required: {},
};

const isSiteRelative = (url: string) => url.startsWith('/') && !url.startsWith('//');

/** After sanitizing: links are site-relative or use an allowed scheme; pictures are ours and lazy. */
function rehypeBodyRules() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'a') {
        const href = String(node.properties.href ?? '');
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
        const allowed = scheme
          ? (LINK_PROTOCOLS as readonly string[]).includes(scheme)
          : isSiteRelative(href) || href.startsWith('#');
        if (!allowed) delete node.properties.href;
        if (scheme === 'http' || scheme === 'https')
          node.properties.rel = ['noopener', 'noreferrer'];
      }
      if (node.tagName === 'img') {
        const src = String(node.properties.src ?? '');
        if (!src.startsWith(IMAGE_PREFIX) || src.includes('..')) {
          if (parent && typeof index === 'number') parent.children.splice(index, 1);
          return index;
        }
        node.properties.loading = 'lazy';
        node.properties.decoding = 'async';
      }
      return undefined;
    });
  };
}

/** The pipeline contentlayer runs over every body (see contentlayer.config.ts). */
export function bodyPipeline(builder: Processor) {
  return builder
    .use(remarkFrontmatter)
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, schema)
    .use(rehypeBodyRules)
    .use(rehypeStringify);
}

/** Markdown → sanitized HTML, the same way the content build does it (for tests and tools). */
export async function bodyToHtml(markdown: string): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- unified's processor generics
  const processor = bodyPipeline(unified() as any) as unknown as Processor;
  return String(await processor.process(markdown));
}
