/**
 * Who sent a request, as far as the proxies we trust can say: each of the `hops` proxies in front
 * appends the address it was reached from to X-Forwarded-For, so the client is the `hops`-th entry
 * from the right; everything left of it was written by the client and is never an identity.
 *
 * `undefined` means "nobody we trust said": always with 0 hops (a client reaches `next start`
 * itself, and Next copies the socket address into the header only when the client sent none), and
 * when the header has fewer entries than there are proxies (the request skipped one, or a proxy
 * does not append). Callers then key on something no client chooses: one shared bucket per route.
 */
export function trustedClientAddress(
  headers: Pick<Headers, 'get'>,
  hops: number,
): string | undefined {
  if (!Number.isInteger(hops) || hops < 1) return undefined;
  const entries = headers.get('x-forwarded-for')?.split(',') ?? [];
  if (entries.length < hops) return undefined;
  return entries[entries.length - hops]?.trim() || undefined;
}
