'use client';
import { buttonVariants } from '@/components/ui/button-variants';
import { heading } from '@/components/ui/heading';

// A client boundary cannot read the desk_lang cookie (httpOnly), so it says it in both languages.
export default function DeskError({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main id="main" className="mx-auto w-full max-w-xl flex-1 px-4 py-12 text-center">
      <h1 className={heading({ level: 'page', className: 'mb-3' })}>
        Đã có lỗi · Something went wrong
      </h1>
      <p className="mb-6">
        Không có gì bị thay đổi ngoài ý muốn; hãy thử lại. · Nothing was changed by mistake; please
        try again.
      </p>
      <button type="button" onClick={reset} className={buttonVariants()}>
        Thử lại · Try again
      </button>
    </main>
  );
}
