import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/lib/db/client';
import { trustedProxyHops } from '@/lib/env';
import { trustedClientAddress } from '@/lib/http/client-address';
import { deleteSession, SESSION_COOKIE, sessionViewer } from './sessions';
import type { Viewer } from './viewer';

export const DESK_PATH = '/desk';
export const LOGIN_PATH = '/desk/login';

/**
 * The signed-in desk user, from the session cookie alone. Pages, route handlers and server actions
 * each call this (or requireStaff) themselves: authorization never depends on proxy.ts running,
 * so a request that skips the proxy (x-middleware-subrequest) still meets this check.
 */
export const currentStaff = cache(async (): Promise<Viewer | undefined> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return sessionViewer(getDb(), token);
});

export async function requireStaff(): Promise<Viewer> {
  const viewer = await currentStaff();
  if (!viewer) redirect(LOGIN_PATH);
  return viewer;
}

export async function setSessionCookie(token: string, expiresAt: number): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    // NODE_ENV is inlined by Next at build time, not configuration: `next dev` over plain http needs a non-Secure cookie.
    secure: process.env.NODE_ENV === 'production',
    path: DESK_PATH,
    expires: new Date(expiresAt),
  });
}

export async function endSession(): Promise<void> {
  const jar = await cookies();
  await deleteSession(getDb(), jar.get(SESSION_COOKIE)?.value);
  jar.delete({ name: SESSION_COOKIE, path: DESK_PATH });
}

/** The client's address as our own proxies saw it, or undefined: the rule of lib/http/client-address.ts. */
export async function requestAddress(): Promise<string | undefined> {
  return trustedClientAddress(await headers(), trustedProxyHops);
}
