import { isLocale, routing } from '@/i18n/routing';
import { errorResponse } from '@/lib/http/respond';
import { checkRateLimit, clientAddress } from '@/lib/rate-limit';
import { catalogue } from '@/lib/catalogue-api';

export async function GET(request: Request) {
  try {
    await checkRateLimit('catalogue', clientAddress(request));
  } catch (error) {
    return errorResponse(error, routing.defaultLocale);
  }
  const locale = new URL(request.url).searchParams.get('locale') ?? 'vi';
  if (!isLocale(locale)) {
    return Response.json(
      {
        error: {
          code: 'invalid_locale',
          message: `Unknown locale "${locale.slice(0, 20)}": use vi or en. / Ngôn ngữ không hợp lệ: dùng vi hoặc en.`,
        },
      },
      { status: 400 },
    );
  }
  return Response.json({ products: await catalogue(locale) });
}
