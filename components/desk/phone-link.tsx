import { fill, type DeskMessages } from '@/lib/desk/i18n';
import { phoneLinks } from '@/lib/desk/phone-links';

/** The buyer's number as a tap-to-call link, with a Zalo link beside it for a Vietnamese mobile. */
export function PhoneLink({
  m,
  phone,
  zalo = false,
}: {
  m: DeskMessages;
  phone: string | null | undefined;
  zalo?: boolean;
}) {
  const links = phoneLinks(phone);
  if (!links) return null;
  const c = m.contact;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-3 whitespace-nowrap">
      <a
        href={links.tel}
        aria-label={fill(c.callLabel, { phone: links.display })}
        className="link py-1 font-mono"
      >
        {links.display}
      </a>
      {zalo && links.zalo && (
        <a
          href={links.zalo}
          rel="noopener noreferrer"
          target="_blank"
          aria-label={fill(c.zaloLabel, { phone: links.display })}
          className="link py-1"
        >
          {c.zalo}
        </a>
      )}
    </span>
  );
}
