import { routing } from '@/i18n/routing';
import { getProductBySku } from '@/lib/content';
import { parsePngSize, qrPng, qrSvg } from '@/lib/qr';
import { safeDecode } from '@/lib/url';

const CACHE = 'public, max-age=31536000, immutable';

function problem(status: number, code: string, message: string) {
  return Response.json(
    { error: { code, message } },
    { status, headers: { 'cache-control': 'no-store' } },
  );
}

/** /qr/{SKU}.svg and /qr/{SKU}.png?size=128…2048 — the code printed on a product's label. */
export async function GET(request: Request, { params }: RouteContext<'/qr/[file]'>) {
  const { file } = await params;
  const match = /^([A-Za-z0-9-]{3,16})\.(svg|png)$/.exec(safeDecode(file) ?? '');
  const product = match?.[1] ? getProductBySku(match[1], routing.defaultLocale) : undefined;
  if (!match || !product)
    return problem(
      404,
      'not_found',
      'No product has this code. Use /qr/{SKU}.svg or /qr/{SKU}.png.',
    );

  if (match[2] === 'svg') {
    return new Response(await qrSvg(product.sku), {
      headers: { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': CACHE },
    });
  }
  const size = parsePngSize(new URL(request.url).searchParams.get('size'));
  if ('error' in size) return problem(400, 'invalid_size', size.error);
  return new Response(new Uint8Array(await qrPng(product.sku, size.size)), {
    headers: { 'content-type': 'image/png', 'cache-control': CACHE },
  });
}
