import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { FIELD_REASONS } from '@/lib/checkout/reasons';
import { RequestError } from './errors';

const REASONS = ['invalid_type', 'too_small', 'too_big', 'invalid_value', 'invalid_format', 'custom', ...FIELD_REASONS];

/** `{ error: { code, message, … } }` in the request's language; unexpected errors become a logged 500. */
export async function errorResponse(error: unknown, locale: Locale): Promise<Response> {
  if (!(error instanceof RequestError)) {
    console.error('[api] unexpected error:', error);
    return Response.json({ error: { code: 'internal', message: 'Internal error' } }, { status: 500 });
  }
  const t = await getTranslations({ locale, namespace: 'CheckoutErrors' });
  const values = { ...error.values };
  if (typeof values.reason === 'string') values.reason = t(`reasons.${REASONS.includes(values.reason) ? values.reason : 'other'}`);
  const message = t.has(error.code) ? t(error.code, values) : error.code;
  return Response.json(
    { error: { code: error.code, message, ...error.values } },
    { status: error.status, headers: { 'cache-control': 'no-store', ...error.headers } },
  );
}
