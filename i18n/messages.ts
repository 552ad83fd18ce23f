import type { Locale } from './routing';

// Each feature keeps its strings in its own file (messages/{feature}/{locale}.json), merged here
// under their own namespaces, so features can grow without editing one shared file.
const FEATURES = ['explore', 'seo', 'chrome'] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const base = (await import(`../messages/${locale}.json`)).default as Record<string, unknown>;
  const parts = await Promise.all(
    FEATURES.map(
      async (feature) =>
        (await import(`../messages/${feature}/${locale}.json`)).default as Record<string, unknown>,
    ),
  );
  return Object.assign({}, base, ...parts);
}
