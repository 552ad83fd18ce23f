import 'server-only';
import { createTranslator, type AbstractIntlMessages } from 'next-intl';
import { loadMessages } from '@/i18n/messages';
import type { Locale } from '@/i18n/routing';
import { FIELD_REASONS } from '@/lib/checkout/reasons';
import { RequestError } from './errors';

const REASONS = [
  'invalid_type',
  'too_small',
  'too_big',
  'invalid_value',
  'invalid_format',
  'custom',
  ...FIELD_REASONS,
];

/** `{ error: { code, message, … } }` in the request's language; unexpected errors become a logged 500. */
export async function errorResponse(error: unknown, locale: Locale): Promise<Response> {
  if (!(error instanceof RequestError)) {
    console.error('[api] unexpected error:', error);
    return Response.json(
      { error: { code: 'internal', message: 'Internal error' } },
      { status: 500 },
    );
  }
  // A plain translator, not the request-bound one: route handlers answer outside any page.
  const messages = (await loadMessages(locale)) as AbstractIntlMessages;
  // Codes and values come from RequestError at run time, so the keys are plain strings here.
  const t = createTranslator({ locale, messages, namespace: 'CheckoutErrors' }) as unknown as {
    (key: string, values?: Record<string, string | number>): string;
    has(key: string): boolean;
  };
  const values = { ...error.values };
  if (typeof values.reason === 'string')
    values.reason = t(`reasons.${REASONS.includes(values.reason) ? values.reason : 'other'}`);
  const message = t.has(error.code) ? t(error.code, values) : error.code;
  return Response.json(
    { error: { code: error.code, message, ...error.values } },
    { status: error.status, headers: { 'cache-control': 'no-store', ...error.headers } },
  );
}
