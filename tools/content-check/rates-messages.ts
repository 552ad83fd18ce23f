import type { z } from 'zod';
import { dateMessage } from './explore-messages';
import { explainIssue } from './zod-messages';

/** content/settings/rates.yml's own rules first (the day, currency codes, how many), then the shared ones. */
export function explainRatesIssue(
  issue: z.core.$ZodIssue,
  input: unknown,
  field: string,
): { vi: string; en: string } {
  const last = String(issue.path.at(-1) ?? '');
  if (field === 'date') return dateMessage(field, input);
  if (issue.code === 'invalid_key' || issue.message === 'currency-code') {
    return {
      vi: `"${last}" không phải mã tiền tệ dùng được: ghi mã ISO 4217 gồm 3 chữ IN HOA (USD, EUR, JPY, KRW…), không ghi VND`,
      en: `"${last}" is not a currency code that can be used: write the 3-letter ISO 4217 code in capitals (USD, EUR, JPY, KRW…), not VND`,
    };
  }
  if (issue.message === 'rates-count') {
    return {
      vi: 'cần từ 1 đến 12 dòng tỷ giá, mỗi dòng "MÃ: số đồng cho 1 đơn vị" (ví dụ USD: 25400)',
      en: 'give 1 to 12 rates, one per line as "CODE: đồng for one unit" (e.g. USD: 25400)',
    };
  }
  return explainIssue(issue, input, field);
}
