import { isLocale, routing } from '@/i18n/routing';
import { startCheckout } from '@/lib/checkout';
import { MAX_BODY_BYTES } from '@/lib/checkout/schema';
import { env } from '@/lib/env';
import { readJsonBody } from '@/lib/http/json-body';
import { errorResponse } from '@/lib/http/respond';
import { pickLocale } from '@/lib/locale';
import { checkRateLimit, clientAddress } from '@/lib/rate-limit';

export async function POST(request: Request) {
  const origin = new URL(env.SITE_URL).origin;
  let locale = pickLocale(undefined, request.headers.get('accept-language'));
  try {
    await checkRateLimit('checkout', clientAddress(request));
    const body = await readJsonBody(request, [origin], MAX_BODY_BYTES);
    const asked = (body as { locale?: unknown } | null)?.locale;
    if (isLocale(asked)) locale = asked;
    return Response.json(await startCheckout(body, origin), {
      headers: { 'cache-control': 'no-store' },
    });
  } catch (error) {
    return errorResponse(error, locale ?? routing.defaultLocale);
  }
}
