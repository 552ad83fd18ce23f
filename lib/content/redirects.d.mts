export interface Redirect {
  source: string;
  destination: string;
  permanent: true;
}
export function productRedirects(generatedDir: string, locales: readonly string[]): Redirect[];
