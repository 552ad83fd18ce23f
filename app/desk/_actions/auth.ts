'use server';

import { redirect } from 'next/navigation';
import { getDb } from '@/lib/db/client';
import { endSession, requestAddress, setSessionCookie } from '@/lib/desk/auth';
import { formFields, loginForm, setupForm } from '@/lib/desk/forms';
import { login } from '@/lib/desk/login';
import { hashPassword } from '@/lib/desk/password';
import { createSession } from '@/lib/desk/sessions';
import { completeSetup, staffForSetup } from '@/lib/desk/staff';

// The only desk actions that run without a session: they are how one starts and ends. Each takes
// the (unused) state of components/desk/post-form.tsx first.

export async function loginAction(_: void, data: FormData): Promise<void> {
  const input = loginForm.safeParse(formFields(data));
  if (!input.success) redirect('/desk/login?error=invalid');
  const result = await login(getDb(), { ...input.data, address: await requestAddress() });
  if (!result.ok) {
    const query =
      result.reason === 'limited' ? `error=limited&seconds=${result.seconds}` : 'error=invalid';
    redirect(`/desk/login?${query}&username=${encodeURIComponent(input.data.username)}`);
  }
  await setSessionCookie(result.token, result.expiresAt);
  redirect('/desk');
}

export async function setupAction(_: void, data: FormData): Promise<void> {
  const fields = formFields(data);
  const input = setupForm.safeParse(fields);
  const token = typeof fields.token === 'string' ? fields.token : '';
  if (!input.success) {
    const tooShort = input.error.issues.some((i) => i.path[0] === 'password');
    redirect(
      `/desk/setup?token=${encodeURIComponent(token)}&error=${tooShort ? 'tooShort' : 'mismatch'}`,
    );
  }
  const db = getDb();
  if (!(await staffForSetup(db, input.data.token)))
    redirect(`/desk/setup?token=${encodeURIComponent(token)}`);
  const viewer = await completeSetup(db, input.data.token, await hashPassword(input.data.password));
  if (!viewer) redirect(`/desk/setup?token=${encodeURIComponent(token)}`);
  const session = await createSession(db, viewer.id);
  await setSessionCookie(session.token, session.expiresAt);
  redirect('/desk');
}

export async function logoutAction(): Promise<void> {
  await endSession();
  redirect('/desk/login?loggedOut=1');
}
