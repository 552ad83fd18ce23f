import { notFound } from 'next/navigation';

// Any unknown path under a locale renders that locale's 404 with status 404. In a production build
// proxy.ts answers these first with the prerendered 404 page (lib/known-pages.ts); this is for next dev.
export default function CatchAll() {
  notFound();
}
