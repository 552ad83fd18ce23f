export function contentSecurityPolicy(options: {
  production: boolean;
  nonce?: string;
  dev?: boolean;
}): string;
export function securityHeaders(options: { production: boolean }): { key: string; value: string }[];
export function isProductionSite(siteUrl?: string): boolean;
