import { z } from 'zod';
import { REFERENCE_PATTERN } from '@/lib/orders/link';
import { oneLine } from '@/lib/validation/text';
import { MIN_PASSWORD_LENGTH } from './password';

const reference = z.string().regex(REFERENCE_PATTERN);

/** "1.250.000", "1 250 000 ₫", "1250000đ" → 1250000; anything with other characters fails. */
const amount = z
  .string()
  .transform((s) => s.replace(/[\s.,]|₫|đ|vnd/giu, ''))
  .pipe(z.string().regex(/^\d{1,12}$/))
  .transform(Number);

/** Which village's part (the administrator's forms carry it; a representative's is always their own). */
const village = z
  .string()
  .regex(/^[a-z0-9-]{1,60}$/)
  .optional();

export const confirmForm = z.object({ reference, amount });
export const shipForm = z.object({
  reference,
  village,
  carrier: oneLine(60),
  trackingNumber: oneLine(60),
});
export const referenceForm = z.object({ reference });
export const partForm = z.object({ reference, village });
export const cancelForm = z.object({ reference, village, reason: oneLine(200) });

export const loginForm = z.object({
  username: z.string().trim().min(1).max(32),
  password: z.string().min(1).max(200),
});
export const setupForm = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
    password: z.string().min(MIN_PASSWORD_LENGTH).max(200),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'mismatch' });

/** FormData → plain strings for safeParse (files and repeated fields are not expected here). */
export const formFields = (data: FormData) =>
  Object.fromEntries(
    [...data.entries()].filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
