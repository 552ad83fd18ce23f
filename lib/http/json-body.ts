import { RequestError } from './errors';

/**
 * Reads a JSON body sent by our own pages: same origin only, JSON only, at most `maxBytes`.
 * Reads the stream with a cap, so a lying or missing Content-Length cannot make us buffer more.
 */
export async function readJsonBody(
  request: Request,
  allowedOrigins: string[],
  maxBytes: number,
): Promise<unknown> {
  const origin = request.headers.get('origin');
  if (!origin || !allowedOrigins.includes(origin)) throw new RequestError(403, 'cross_origin');
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type))
    throw new RequestError(415, 'unsupported_media_type');
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new RequestError(413, 'too_large', { max: maxBytes });

  const chunks: Uint8Array[] = [];
  const reader = request.body?.getReader();
  let size = 0;
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      await reader?.cancel();
      throw new RequestError(413, 'too_large', { max: maxBytes });
    }
    chunks.push(chunk.value);
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new RequestError(400, 'invalid_json');
  }
}
