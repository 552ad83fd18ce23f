import { NextResponse, type NextRequest } from 'next/server';
import { LANG_COOKIE } from '@/lib/desk/i18n';

/**
 * Switches the desk's language and goes back. It unlocks nothing — it only sets a preference — so
 * it also serves the login page; where it goes back to is checked to stay inside /desk.
 */
export function GET(request: NextRequest) {
  const to = request.nextUrl.searchParams.get('to') === 'en' ? 'en' : 'vi';
  const back = request.nextUrl.searchParams.get('back') ?? '';
  const safe = /^\/desk(?:[/?]|$)/.test(back) && !/\\|\/\/|\p{Cc}/u.test(back) ? back : '/desk';
  // A relative Location: behind a proxy, the Host this server sees may not be the public one.
  const response = new NextResponse(null, { status: 303, headers: { location: safe } });
  response.cookies.set(LANG_COOKIE, to, {
    path: '/desk',
    sameSite: 'lax',
    httpOnly: true,
    maxAge: 365 * 86_400,
  });
  return response;
}
