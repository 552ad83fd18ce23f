import { isLocale } from '@/i18n/routing';
import { catalogue } from '@/lib/catalogue-api';

// Sales revalidate this on demand (lib/revalidate.ts); this is the fallback.
export const revalidate = 60;

export function GET(request: Request) {
  const locale = new URL(request.url).searchParams.get('locale') ?? 'vi';
  if (!isLocale(locale)) {
    return Response.json(
      { error: { code: 'invalid_locale', message: `Unknown locale "${locale.slice(0, 20)}": use vi or en. / Ngôn ngữ không hợp lệ: dùng vi hoặc en.` } },
      { status: 400 },
    );
  }
  return Response.json({ products: catalogue(locale) });
}
