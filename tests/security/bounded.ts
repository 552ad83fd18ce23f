import { expect } from 'vitest';

/**
 * Fuzz invariant "response time bounded": one hostile input must not make a handler hang or spin
 * (regex backtracking, unbounded reads). The bound is generous — the machine may be busy — so it
 * only catches the pathological case; speed itself is measured by `npm run bench`.
 */
export const MAX_RESPONSE_MS = 2_000;

export async function bounded<T>(run: () => Promise<T>, maxMs = MAX_RESPONSE_MS): Promise<T> {
  const started = performance.now();
  const result = await run();
  expect(performance.now() - started, 'response time').toBeLessThan(maxMs);
  return result;
}
