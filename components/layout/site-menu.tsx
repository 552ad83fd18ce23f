import { Link } from '@/components/ui/link';
import { CloseOnNavigate } from './close-on-navigate';
import type { NavLink } from './nav-links';

/**
 * Every section behind one button: a <details> disclosure, so it opens before (or without) any
 * script. The panel hangs below the whole header (the header is `relative`), full width on a phone.
 */
export function SiteMenu({
  links,
  summary,
  label,
}: {
  links: NavLink[];
  summary: string;
  label: string;
}) {
  return (
    <details className="group">
      <summary className="border-bamboo-600 text-bamboo-800 hover:bg-bamboo-100 group-open:bg-bamboo-100 flex cursor-pointer list-none items-center gap-1 rounded border px-2 py-1 text-sm font-semibold [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="currentColor">
          <rect x="2" y="3" width="12" height="2" rx="1" />
          <rect x="2" y="7" width="12" height="2" rx="1" />
          <rect x="2" y="11" width="12" height="2" rx="1" />
        </svg>
        {summary}
      </summary>
      <nav
        aria-label={label}
        className="border-bamboo-200 absolute inset-x-0 top-full z-20 border-b bg-white shadow-md"
      >
        <ul className="mx-auto grid max-w-6xl grid-cols-2 gap-x-4 px-4 py-2 sm:grid-cols-3 lg:grid-cols-5">
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href} className="block py-2 hover:underline">
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
        <CloseOnNavigate />
      </nav>
    </details>
  );
}
