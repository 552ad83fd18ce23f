import { defineDocumentType, makeSource, type FieldDefs } from 'contentlayer2/source-files';
import { bodyPipeline } from './tools/content-build/markdown';
import { productFieldNames, villageFieldNames } from './lib/content/schema';
import { exploreFieldNames, exploreKinds, type ExploreKind } from './lib/content/schema-explore';

// Contentlayer only discovers files and turns bodies into sanitized HTML (Markdown, never MDX:
// nothing in content/ runs as code). Every field is declared as untyped JSON and
// validated by the zod schemas in lib/content/schema.ts (run by `npm run content:check` first), so
// there is one set of rules with Vietnamese messages, not two that could disagree.
const jsonFields = (names: string[]): FieldDefs =>
  Object.fromEntries(names.map((name) => [name, { type: 'json' as const, required: false }]));

const localeOf = (fileName: string) => (fileName.endsWith('.en.mdx') ? 'en' : 'vi');
const slugOf = (fileName: string) => fileName.replace(/(\.en)?\.mdx$/, '');

export const Village = defineDocumentType(() => ({
  name: 'Village',
  filePathPattern: 'villages/*.mdx',
  contentType: 'markdown',
  fields: jsonFields(villageFieldNames),
  computedFields: {
    slug: { type: 'string', resolve: (doc) => slugOf(doc._raw.sourceFileName) },
    locale: { type: 'string', resolve: (doc) => localeOf(doc._raw.sourceFileName) },
  },
}));

export const Product = defineDocumentType(() => ({
  name: 'Product',
  filePathPattern: 'products/*/*.mdx',
  contentType: 'markdown',
  fields: jsonFields(productFieldNames),
  computedFields: {
    slug: { type: 'string', resolve: (doc) => slugOf(doc._raw.sourceFileName) },
    locale: { type: 'string', resolve: (doc) => localeOf(doc._raw.sourceFileName) },
  },
}));

// Tours, artisans, news, programmes and marks: one flat folder each, same fields-as-JSON rule.
const exploreType = (name: string, kind: ExploreKind) =>
  defineDocumentType(() => ({
    name,
    filePathPattern: `${exploreKinds[kind].folder}/*.mdx`,
    contentType: 'markdown',
    fields: jsonFields(exploreFieldNames(kind)),
    computedFields: {
      slug: { type: 'string', resolve: (doc) => slugOf(doc._raw.sourceFileName) },
      locale: { type: 'string', resolve: (doc) => localeOf(doc._raw.sourceFileName) },
    },
  }));
export const Tour = exploreType('Tour', 'tour');
export const Artisan = exploreType('Artisan', 'artisan');
export const News = exploreType('News', 'news');
export const Programme = exploreType('Programme', 'programme');
export const Mark = exploreType('Mark', 'mark');
export const Policy = exploreType('Policy', 'policy');

export default makeSource({
  contentDirPath: process.env.CONTENT_DIR ?? 'content',
  contentDirExclude: ['README.md'],
  documentTypes: [Village, Product, Tour, Artisan, News, Programme, Mark, Policy],
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'skip-ignore',
  disableImportAliasWarning: true,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- contentlayer and unified disagree on generics
  markdown: (builder) => void bodyPipeline(builder as any),
});
