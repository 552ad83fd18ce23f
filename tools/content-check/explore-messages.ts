import type { z } from 'zod';
import { explainIssue } from './zod-messages';

interface Text {
  vi: string;
  en: string;
}

/** Fields that hold a calendar day; every rule broken on them gets the same plain message. */
export const DATE_FIELDS = new Set(['start', 'end', 'reportedAsOf']);

const show = (v: unknown) =>
  v instanceof Date ? v.toISOString() : typeof v === 'string' ? `"${v}"` : String(v);

export function dateMessage(field: string, input: unknown): Text {
  const got = input === undefined ? '' : ` (đang là ${show(input)})`;
  const gotEn = input === undefined ? '' : ` (got ${show(input)})`;
  return {
    vi: `ngày ở trường "${field}" phải viết dạng YYYY-MM-DD (năm-tháng-ngày, ví dụ "2026-12-18") và là một ngày có thật${got}`,
    en: `the date in "${field}" must be written YYYY-MM-DD (year-month-day, e.g. "2026-12-18") and be a real day${gotEn}`,
  };
}

const custom: Record<string, Text> = {
  'end-before-start': {
    vi: 'ngày kết thúc (end) không được trước ngày bắt đầu (start)',
    en: 'the end date (end) must not be before the start date (start)',
  },
  'price-or-request': {
    vi: 'ghi giá mỗi người priceVnd (số viết liền) HOẶC priceOnRequest: true — một trong hai, không cả hai',
    en: 'give either priceVnd (price per person, plain number) OR priceOnRequest: true — one of them, not both',
  },
  'group-size-order': {
    vi: 'groupSize.min (số khách ít nhất) phải nhỏ hơn hoặc bằng groupSize.max',
    en: 'groupSize.min must be less than or equal to groupSize.max',
  },
  'language-code': {
    vi: 'ngôn ngữ ghi bằng mã 2 chữ thường (vi, en, fr, ja…)',
    en: 'a language is a two-letter lower-case code (vi, en, fr, ja…)',
  },
  'time-hhmm': {
    vi: 'giờ viết dạng HH:MM trong ngoặc kép, 24 giờ (ví dụ "08:30", "14:00")',
    en: 'a time is HH:MM in double quotes, 24-hour clock (e.g. "08:30", "14:00")',
  },
  'plan-sum': {
    vi: 'totalTarget phải bằng tổng các chỉ tiêu trong targets',
    en: 'totalTarget must equal the sum of the targets',
  },
};

/** The explore kinds' own rules first, then the shared explanations. */
export function explainExploreIssue(issue: z.core.$ZodIssue, input: unknown, field: string): Text {
  const last = String(issue.path.at(-1) ?? '');
  if (DATE_FIELDS.has(last) && !(issue.code === 'custom' && issue.message === 'end-before-start'))
    return dateMessage(field, input);
  return custom[issue.message] ?? explainIssue(issue, input, field);
}
