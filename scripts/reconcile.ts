/**
 * `npm run reconcile`: fulfils completed Stripe Checkout Sessions of the last 72 hours that the
 * webhook missed, and releases lapsed holds. The server does this by itself at startup and every
 * few minutes (lib/checkout/schedule.ts); this is for a person who wants it now. Safe to repeat.
 */
import { getDb } from '@/lib/db/client';
import { reconcile } from '@/lib/checkout/reconcile';
import { stripe } from '@/lib/payments/stripe-client';

if (!stripe())
  console.warn(
    'Card payments are not configured (STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET): only lapsed holds are checked.',
  );
const report = await reconcile(getDb());
console.log(
  `Checked ${report.checked} completed session(s); fulfilled ${report.fulfilled.length}${report.fulfilled.length ? `: ${report.fulfilled.join(', ')}` : ''}.`,
);
console.log(`Released ${report.expiredHolds} lapsed hold(s).`);
if (report.skus.length)
  console.log(
    'The running server shows the new stock on its pages after its next sweep (a few minutes).',
  );
