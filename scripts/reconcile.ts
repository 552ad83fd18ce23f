/**
 * `npm run reconcile`: fulfils completed Stripe Checkout Sessions of the last 72 hours that the
 * webhook missed, and releases lapsed holds. Safe to run any number of times (e.g. from cron).
 */
import { getDb } from '@/lib/db/client';
import { reconcile } from '@/lib/payments/reconcile';
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
if (report.fulfilled.length)
  console.log('Product pages pick up the new stock within 5 minutes (their ISR window).');
