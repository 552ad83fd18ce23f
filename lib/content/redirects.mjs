// Plain JS so next.config.mjs can load it: old product slugs become permanent (308) redirects
// that Next answers before any rendering, for every locale.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * @param {string} generatedDir  contentlayer's output folder (.contentlayer/generated)
 * @param {readonly string[]} locales
 * @returns {{ source: string, destination: string, permanent: true }[]}
 */
export function productRedirects(generatedDir, locales) {
  const file = path.join(generatedDir, 'Product', '_index.json');
  if (!existsSync(file)) return [];
  /** @type {{ locale?: string, slug?: string, published?: unknown, redirectFrom?: unknown }[]} */
  const docs = JSON.parse(readFileSync(file, 'utf8'));
  const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  const localeGroup = locales.join('|');
  return docs
    .filter(
      (d) =>
        d.locale === 'vi' &&
        d.published === true &&
        typeof d.slug === 'string' &&
        Array.isArray(d.redirectFrom),
    )
    .flatMap((d) =>
      /** @type {unknown[]} */ (d.redirectFrom)
        .filter((old) => typeof old === 'string' && slugPattern.test(old) && old !== d.slug)
        .map((old) => ({
          source: `/:locale(${localeGroup})/products/${old}`,
          destination: `/:locale/products/${d.slug}`,
          permanent: /** @type {const} */ (true),
        })),
    );
}
