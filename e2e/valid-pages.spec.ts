import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { placeOrder, signedInRep, twoVillages } from './desk-helpers';
import { sweepsManyPages } from './helpers';

// Issue 24: every page type is valid HTML as the W3C Nu checker (npm vnu-jar) reads it, and its
// JSON-LD carries what schema.org allows and Google requires.

const VNU = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');

/** One address per page type and locale from the sitemap: the first of each pattern. */
function oneOfEachType(sitemap: string): string[] {
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const byType = new Map<string, string>();
  for (const p of paths) {
    const type = p.split('/').length > 3 ? p.replace(/\/[^/]+$/, '/*') : p;
    if (!byType.has(type)) byType.set(type, p);
  }
  return [...byType.values()];
}

interface VnuMessage {
  type: string;
  url: string;
  message: string;
  extract?: string;
}

function vnuErrors(files: Map<string, string>): string[] {
  const run = spawnSync(
    'java',
    ['-jar', VNU, '--errors-only', '--format', 'json', ...files.keys()],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  expect(run.error, 'java runs the Nu checker').toBeUndefined();
  const { messages } = JSON.parse(run.stderr || '{"messages":[]}') as { messages: VnuMessage[] };
  // The checker also reads the inlined stylesheet with a CSS grammar older than Tailwind 4's output
  // (@property, margin-trim): those are its "CSS:" messages, about the generated styles, not the page's
  // HTML — the scope is what it was while the stylesheet was linked.
  return messages
    .filter((m) => m.type === 'error' && !m.message.startsWith('CSS: '))
    .map((m) => `${files.get(new URL(m.url).pathname)}: ${m.message} «${m.extract ?? ''}»`);
}

type Node = Record<string, unknown>;

const typesOf = (node: Node) => [node['@type']].flat().filter((t): t is string => !!t);

/** Every typed node of a JSON-LD document, nested ones included. */
function nodes(value: unknown): Node[] {
  if (Array.isArray(value)) return value.flatMap(nodes);
  if (!value || typeof value !== 'object') return [];
  const node = value as Node;
  const inner = Object.values(node).flatMap(nodes);
  return node['@type'] ? [node, ...inner] : inner;
}

// What Brand may carry (schema.org/Brand: its own properties and Thing's).
const BRAND = new Set([
  '@type',
  '@id',
  'name',
  'url',
  'logo',
  'slogan',
  'description',
  'image',
  'sameAs',
  'alternateName',
  'identifier',
  'aggregateRating',
  'review',
]);

/** What schema.org allows and Google's rich results require, for the types these pages use. */
function jsonLdProblems(where: string, node: Node): string[] {
  const problems: string[] = [];
  const need = (cond: unknown, what: string) => {
    if (!cond) problems.push(`${where}: ${typesOf(node).join('/')} ${what}`);
  };
  const has = (key: string) => node[key] !== undefined && node[key] !== '';
  for (const type of typesOf(node)) {
    switch (type) {
      case 'Brand':
        need(
          Object.keys(node).every((k) => BRAND.has(k)),
          `carries ${Object.keys(node).filter((k) => !BRAND.has(k))}`,
        );
        break;
      case 'Product': {
        need(has('name'), 'has no name');
        need(has('offers') || has('review') || has('aggregateRating'), 'has no offers');
        const offer = node.offers as Node | undefined;
        need(
          !offer || /^https:\/\/schema\.org\//.test(String(offer.availability ?? '')),
          'offer has no schema.org availability',
        );
        break;
      }
      case 'Offer':
        need(has('price') && has('priceCurrency'), 'has no price and currency');
        break;
      case 'Event': {
        need(has('name') && has('startDate'), 'has no name or start date');
        const location = node.location as Node | undefined;
        need(
          location && (location.address || location['@type'] === 'VirtualLocation'),
          'location has no address',
        );
        break;
      }
      case 'BreadcrumbList': {
        const items = (node.itemListElement as Node[] | undefined) ?? [];
        need(items.length > 0, 'is empty');
        items.forEach((item, i) =>
          need(
            item.position === i + 1 && item.name && item.item,
            `item ${i + 1} lacks position, name or item`,
          ),
        );
        break;
      }
      case 'Place':
      case 'Organization':
      case 'TouristTrip':
        need(has('name'), 'has no name');
        break;
      case 'GeoCoordinates':
        need(
          typeof node.latitude === 'number' && typeof node.longitude === 'number',
          'coordinates',
        );
        break;
    }
  }
  return problems;
}

test('every page type is valid HTML (W3C Nu checker) and its JSON-LD carries what schema.org allows and Google requires', async ({
  browser,
  request,
}) => {
  sweepsManyPages();
  const paths = [
    ...oneOfEachType(await (await request.get('/sitemap.xml')).text()),
    '/vi/cart',
    '/en/cart',
    `/vi/search?q=${encodeURIComponent('giỏ mây')}`,
    '/en/search?q=zzzz',
    '/vi/offline',
    '/en/offline',
    '/vi/labels',
    '/en/labels',
    '/vi/khong-co-trang-nay',
    '/en/no-such-page',
    '/desk/login',
  ];
  expect(paths.length).toBeGreaterThan(40);
  const dir = mkdtempSync(path.join(tmpdir(), 'vnu-'));
  const files = new Map<string, string>();
  const ld: string[] = [];
  const save = (label: string, html: string) => {
    const file = path.join(dir, `${files.size}.html`);
    writeFileSync(file, html);
    files.set(file, label);
    for (const m of html.matchAll(
      /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g,
    ))
      for (const node of nodes(JSON.parse(m[1]!))) ld.push(...jsonLdProblems(label, node));
  };
  for (const p of paths) save(p, await (await request.get(p)).text());

  // A buyer's order page, and the desk as a representative sees it.
  const { a, skuOf } = await twoVillages(request);
  const { reference, url } = await placeOrder(request, skuOf(a));
  save('order page', await (await request.get(url)).text());
  const rep = await signedInRep(browser, a);
  for (const p of ['/desk', `/desk/orders/${reference}`, '/desk/bookings', '/desk/messages'])
    save(p, await (await rep.request.get(p)).text());

  expect(vnuErrors(files)).toEqual([]);
  expect(ld).toEqual([]);
});
