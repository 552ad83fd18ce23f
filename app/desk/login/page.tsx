import { PostForm } from '@/components/desk/post-form';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { loginAction } from '@/app/desk/_actions/auth';
import { DeskHeader } from '@/components/desk/desk-header';
import { buttonClass, Field, fieldsetClass, Notice } from '@/components/desk/ui';
import { currentStaff } from '@/lib/desk/auth';
import { deskMessages, fill, formatWait } from '@/lib/desk/i18n';
import { LOGIN_THROTTLE } from '@/lib/desk/login-limit';
import { heading } from '@/components/ui/heading';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await deskMessages();
  return { title: m.login.title };
}

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

export default async function LoginPage({ searchParams }: PageProps<'/desk/login'>) {
  if (await currentStaff()) redirect('/desk');
  const { lang, m } = await deskMessages();
  const params = await searchParams;
  const error = one(params.error);
  // From the URL, so bounded by what the throttle can ask for.
  const wait = Math.min(
    Math.max(Math.ceil(Number(one(params.seconds))) || 60, 1),
    LOGIN_THROTTLE.pair.capSeconds,
  );
  return (
    <>
      <DeskHeader m={m} lang={lang} here="/desk/login" />
      <main id="main" className="mx-auto w-full max-w-sm flex-1 px-4 py-10">
        <h1 className={heading({ level: 'page', className: 'mb-6' })}>{m.login.title}</h1>
        {one(params.loggedOut) && <Notice tone="ok">{m.login.loggedOut}</Notice>}
        {error === 'invalid' && <Notice tone="error">{m.login.invalid}</Notice>}
        {error === 'limited' && (
          <Notice tone="error">{fill(m.login.limited, { wait: formatWait(wait, lang) })}</Notice>
        )}
        <PostForm action={loginAction} permalink="/desk/login" className={fieldsetClass}>
          <Field
            label={m.login.username}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            maxLength={32}
            defaultValue={one(params.username)}
          />
          <Field
            label={m.login.password}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            maxLength={200}
          />
          <button type="submit" className={buttonClass}>
            {m.login.submit}
          </button>
        </PostForm>
      </main>
    </>
  );
}
