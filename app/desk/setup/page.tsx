import { PostForm } from '@/components/desk/post-form';
import type { Metadata } from 'next';
import { setupAction } from '@/app/desk/_actions/auth';
import { DeskHeader } from '@/components/desk/desk-header';
import { buttonClass, Field, fieldsetClass, Notice } from '@/components/desk/ui';
import { getDb } from '@/lib/db/client';
import { deskMessages, fill } from '@/lib/desk/i18n';
import { MIN_PASSWORD_LENGTH } from '@/lib/desk/password';
import { staffForSetup } from '@/lib/desk/staff';
import { heading } from '@/components/ui/heading';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await deskMessages();
  return { title: m.setup.title };
}

/** The one-time link from `npm run staff -- add|reset`: the token itself is the permission to set a password. */
export default async function SetupPage({ searchParams }: PageProps<'/desk/setup'>) {
  const { lang, m } = await deskMessages();
  const params = await searchParams;
  const token = typeof params.token === 'string' ? params.token : undefined;
  const account = await staffForSetup(getDb(), token);
  const error =
    params.error === 'tooShort'
      ? fill(m.setup.tooShort, { min: MIN_PASSWORD_LENGTH })
      : params.error === 'mismatch'
        ? m.setup.mismatch
        : undefined;
  return (
    <>
      <DeskHeader m={m} lang={lang} here={token ? `/desk/setup?token=${token}` : '/desk/setup'} />
      <main id="main" className="mx-auto w-full max-w-sm flex-1 px-4 py-10">
        <h1 className={heading({ level: 'page', className: 'mb-6' })}>{m.setup.title}</h1>
        {!account || !token ? (
          <Notice tone="error">{m.setup.invalidLink}</Notice>
        ) : (
          <>
            <p className="mb-4">{fill(m.setup.lead, { name: account.displayName })}</p>
            {error && <Notice tone="error">{error}</Notice>}
            <PostForm action={setupAction} permalink="/desk/setup" className={fieldsetClass}>
              <input type="hidden" name="token" value={token} />
              <input
                type="hidden"
                name="username"
                value={account.username}
                autoComplete="username"
              />
              <Field
                label={fill(m.setup.password, { min: MIN_PASSWORD_LENGTH })}
                name="password"
                type="password"
                autoComplete="new-password"
                required
                minLength={MIN_PASSWORD_LENGTH}
                maxLength={200}
              />
              <Field
                label={m.setup.confirm}
                name="confirm"
                type="password"
                autoComplete="new-password"
                required
                minLength={MIN_PASSWORD_LENGTH}
                maxLength={200}
              />
              <button type="submit" className={buttonClass}>
                {m.setup.submit}
              </button>
            </PostForm>
          </>
        )}
      </main>
    </>
  );
}
