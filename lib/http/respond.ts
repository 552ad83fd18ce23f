import 'server-only';
import { createTranslator, type AbstractIntlMessages } from 'next-intl';
import { loadMessages } from '@/i18n/messages';
import type { Locale } from '@/i18n/routing';
import { InvalidFields, reasonValues, type FieldIssue } from '@/lib/checkout/field-errors';
import { fieldKey } from '@/lib/checkout/field-key';
import { FIELD_REASONS, RULE_REASONS } from '@/lib/checkout/reasons';
import { RequestError } from './errors';

const REASONS = [
  'invalid_type',
  'too_small',
  'too_big',
  'invalid_value',
  'invalid_format',
  'custom',
  ...FIELD_REASONS,
  ...RULE_REASONS,
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
  const label = (field: string) =>
    t.has(`fields.${fieldKey(field)}`) ? t(`fields.${fieldKey(field)}`) : field;
  const say = (values: Record<string, string | number>, issue?: FieldIssue) => {
    const reason = issue?.reason ?? values.reason;
    const filled = {
      ...values,
      ...(typeof values.field === 'string' && { label: label(values.field) }),
      ...(typeof reason === 'string' && {
        reason: t(
          `reasons.${REASONS.includes(reason) ? reason : 'other'}`,
          reasonValues(issue?.values, locale),
        ),
      }),
    };
    return t.has(error.code) ? t(error.code, filled) : error.code;
  };
  // Each wrong field with a message a form shows beside it, named as the form names it.
  const fields =
    error instanceof InvalidFields
      ? error.issues.map((i) => ({ field: i.field, message: say({ field: i.field }, i) }))
      : typeof error.values.field === 'string'
        ? [{ field: error.values.field, message: say(error.values) }]
        : [];
  const message = fields[0]?.message ?? say(error.values);
  return Response.json(
    { error: { code: error.code, message, ...error.values, ...(fields.length > 0 && { fields }) } },
    { status: error.status, headers: { 'cache-control': 'no-store', ...error.headers } },
  );
}
