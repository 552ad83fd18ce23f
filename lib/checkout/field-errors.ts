import type { z } from 'zod';
import { countryName, isCountryCode } from '@/lib/countries';
import { RequestError } from '@/lib/http/errors';
import { examplePhone } from '@/lib/phone';
import { FIELD_REASONS, RULE_REASONS } from './reasons';

/** One wrong field of a request: where (`customer.phone`), which rule, and what the rule needs to say. */
export interface FieldIssue {
  field: string;
  reason: string;
  values?: Record<string, string>;
}

/** Every wrong field of a request at once, so a form can mark each of them. */
export class InvalidFields extends RequestError {
  constructor(readonly issues: FieldIssue[]) {
    super(400, 'invalid_field', {
      field: issues[0]?.field ?? 'body',
      reason: issues[0]?.reason ?? 'other',
    });
  }
}

export function fieldIssue(issue: z.core.$ZodIssue): FieldIssue {
  const field =
    issue.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '') || 'body';
  const last = String(issue.path.at(-1) ?? '');
  // A rule across fields names itself; otherwise the field's own rule, or zod's generic one.
  const reason = RULE_REASONS.includes(issue.message)
    ? issue.message
    : FIELD_REASONS.includes(last)
      ? last
      : issue.code;
  const country = issue.code === 'custom' ? issue.params?.country : undefined;
  return { field, reason, ...(typeof country === 'string' && { values: { country } }) };
}

/** Values a reason's message uses, in the reader's language (a country's name, a sample number). */
export function reasonValues(values: Record<string, string> | undefined, locale: string) {
  const code = values?.country;
  if (!isCountryCode(code)) return { country: '', example: '' };
  return { country: countryName(code, locale), example: examplePhone(code) ?? '' };
}
