import Link from 'next/link';
import { DeskHeader } from '@/components/desk/desk-header';
import { currentStaff } from '@/lib/desk/auth';
import { deskMessages } from '@/lib/desk/i18n';
import { heading } from '@/components/ui/heading';

export default async function DeskNotFound() {
  const { lang, m } = await deskMessages();
  const viewer = await currentStaff();
  return (
    <>
      <DeskHeader m={m} lang={lang} viewer={viewer} here="/desk" />
      <main id="main" className="mx-auto w-full max-w-xl flex-1 px-4 py-12 text-center">
        <h1 className={heading({ level: 'page', className: 'mb-3' })}>{m.notFound.title}</h1>
        <p className="mb-6">{m.notFound.lead}</p>
        <Link href="/desk" className="link">
          {m.notFound.back}
        </Link>
      </main>
    </>
  );
}
