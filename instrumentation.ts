// Runs once when the server starts: invalid environment variables stop it with a message naming
// each one, instead of failing on the first request that needs them.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') await import('@/lib/env');
}
