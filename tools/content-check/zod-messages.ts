import type { z } from 'zod';

interface Text {
  vi: string;
  en: string;
}

const typeNames: Record<string, Text> = {
  string: { vi: 'chữ (đặt trong dấu ngoặc kép)', en: 'text (in double quotes)' },
  number: { vi: 'một số', en: 'a number' },
  int: { vi: 'một số nguyên', en: 'a whole number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  array: { vi: 'một danh sách', en: 'a list' },
  object: { vi: 'một nhóm trường con', en: 'a group of sub-fields' },
};

// Messages for the custom rules in schema.ts, keyed by their message code.
const custom: Record<string, Text> = {
  'stock-required': {
    vi: 'sản phẩm "còn hàng" (in_stock) cần số lượng tồn kho từ 1 trở lên (hết hàng thì ghi availability: sold_out)',
    en: 'an in_stock product needs a stock of 1 or more (use availability: sold_out when none are left)',
  },
  'stock-only-in-stock': {
    vi: 'chỉ ghi stock khi availability là in_stock (xoá dòng stock)',
    en: 'stock is only for in_stock products (remove the stock line)',
  },
  'lead-time-required': {
    vi: 'sản phẩm "làm theo đơn" (made_to_order) cần leadTimeDays: số ngày làm (ví dụ leadTimeDays: 14)',
    en: 'a made_to_order product needs leadTimeDays, the days it takes to make (e.g. leadTimeDays: 14)',
  },
  'dimensions-empty': {
    vi: 'cần ít nhất một kích thước: lengthCm, widthCm hoặc heightCm',
    en: 'give at least one of lengthCm, widthCm or heightCm',
  },
  'image-src': {
    vi: 'đường dẫn ảnh phải bắt đầu bằng /images/ và kết thúc bằng .webp, .jpg, .png hoặc .avif (ví dụ /images/products/pv-0001-1.webp)',
    en: 'an image path starts with /images/ and ends in .webp, .jpg, .png or .avif (e.g. /images/products/pv-0001-1.webp)',
  },
};

const formatHints: Record<string, Text> = {
  sku: {
    vi: 'mã SKU chỉ gồm chữ IN HOA A–Z, số 0–9 và dấu "-", dài 3–16 ký tự (ví dụ PV-0012)',
    en: 'a SKU has only capitals A–Z, digits 0–9 and "-", 3–16 characters (e.g. PV-0012)',
  },
  skuPrefix: {
    vi: 'tiền tố SKU gồm 2–4 chữ IN HOA, không dấu (ví dụ PV)',
    en: 'the SKU prefix is 2–4 capital letters without diacritics (e.g. PV)',
  },
  email: {
    vi: 'địa chỉ email không hợp lệ (ví dụ lang@example.vn)',
    en: 'not a valid email address (e.g. village@example.vn)',
  },
};
const slugHint: Text = {
  vi: 'chỉ gồm chữ thường không dấu, số và dấu "-" (ví dụ phu-vinh)',
  en: 'only lower-case letters without diacritics, digits and "-" (e.g. phu-vinh)',
};

function describe(value: unknown): string {
  return value === null
    ? 'null'
    : Array.isArray(value)
      ? 'list'
      : typeof value === 'string'
        ? `"${value}"`
        : String(value);
}

/** Turns one zod issue into a bilingual reason + fix. `input` is the raw value at the issue's path. */
export function explainIssue(issue: z.core.$ZodIssue, input: unknown, field: string): Text {
  const last = String(issue.path.at(-1) ?? field);
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) {
        return {
          vi: `thiếu trường bắt buộc (thêm dòng "${last}: …", xem content/README.md)`,
          en: `required field is missing (add a "${last}: …" line, see content/README.md)`,
        };
      }
      if ((issue.expected === 'number' || issue.expected === 'int') && typeof input === 'string') {
        return {
          vi: `phải là số viết liền, không dấu chấm, dấu phẩy hay chữ "đ" (đang là ${describe(input)}; ví dụ viết 250000)`,
          en: `must be a plain number without dots, commas or "đ" (got ${describe(input)}; write e.g. 250000)`,
        };
      }
      const t = typeNames[issue.expected] ?? { vi: issue.expected, en: issue.expected };
      return {
        vi: `phải là ${t.vi} (đang là ${describe(input)})`,
        en: `must be ${t.en} (got ${describe(input)})`,
      };
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v)).join(', ');
      return {
        vi: `giá trị ${describe(input)} không hợp lệ; chỉ được dùng: ${allowed}`,
        en: `${describe(input)} is not allowed; use one of: ${allowed}`,
      };
    }
    case 'too_small':
      if (issue.origin === 'array') {
        return {
          vi: `cần ít nhất ${issue.minimum} mục`,
          en: `needs at least ${issue.minimum} item(s)`,
        };
      }
      if (issue.origin === 'string') {
        return { vi: 'không được để trống', en: 'must not be empty' };
      }
      return {
        vi: `phải lớn hơn ${issue.inclusive ? 'hoặc bằng ' : ''}${issue.minimum} (đang là ${describe(input)})`,
        en: `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum} (got ${describe(input)})`,
      };
    case 'too_big':
      return {
        vi: `phải nhỏ hơn hoặc bằng ${issue.maximum} (đang là ${describe(input)})`,
        en: `must be at most ${issue.maximum} (got ${describe(input)})`,
      };
    case 'invalid_format': {
      const hint =
        formatHints[last] ??
        (issue.format === 'email' ? formatHints.email : undefined) ??
        custom[issue.message] ??
        slugHint;
      return { vi: `${describe(input)}: ${hint.vi}`, en: `${describe(input)}: ${hint.en}` };
    }
    case 'unrecognized_keys':
      return {
        vi: `trường không có trong mẫu: ${issue.keys.join(', ')} (kiểm tra chính tả hoặc xoá; xem content/README.md)`,
        en: `unknown field(s): ${issue.keys.join(', ')} (check the spelling or remove; see content/README.md)`,
      };
    case 'custom':
      return custom[issue.message] ?? { vi: issue.message, en: issue.message };
    default:
      return {
        vi: `giá trị không hợp lệ (${issue.message})`,
        en: `invalid value (${issue.message})`,
      };
  }
}
