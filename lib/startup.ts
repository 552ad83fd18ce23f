import 'server-only';

// Invalid environment variables stop a production server at startup, with a message naming each
// one, instead of failing on the first request that needs them.
try {
  const { productionServerIssues } = await import('@/lib/env');
  const issues = process.env.NODE_ENV === 'production' ? productionServerIssues() : [];
  if (issues.length > 0) throw new Error(`Invalid environment variables:\n${issues.join('\n')}`);
} catch (error) {
  console.error(
    `\n${error instanceof Error ? error.message : String(error)}\nThe server will not start until this is fixed.\n`,
  );
  if (process.env.NODE_ENV === 'production') process.exit(1);
  throw error;
}

// The server's own scheduled work (lapsed holds, missed card payments, unsent mail); not while
// `next build` prerenders, which loads this file too.
if (process.env.NEXT_PHASE !== 'phase-production-build') {
  const { env } = await import('@/lib/env');
  // PostgreSQL is brought up to the newest migration before the first request (SQLite, when opened).
  const { readyDb } = await import('@/lib/db/client');
  await readyDb();
  const { startSchedule } = await import('@/lib/checkout/schedule');
  startSchedule(env.SCHEDULE_INTERVAL_SECONDS);
}
