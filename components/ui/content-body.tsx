/**
 * A content body: HTML that tools/content-build/markdown.ts produced from Markdown and sanitized at
 * content-build time. Nothing from content/ is evaluated here; this only places the markup.
 */
export function ContentBody({ html }: { html: string }) {
  return <div className="prose-story" dangerouslySetInnerHTML={{ __html: html }} />;
}
