import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import type { Locale } from '@/i18n/routing';
import { getPolicies } from '@/lib/content/policies';
import { paths } from '@/lib/paths';
import { shopSettings } from '@/lib/settings';

/** The shop's contact (content/settings/shop.yml) and its policies (content/policies), on every page. */
export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Footer' });
  const f = await getTranslations({ locale, namespace: 'SiteFooter' });
  const contact = shopSettings().contact;
  const policies = getPolicies(locale);
  return (
    <footer className="border-bamboo-200 text-bamboo-800 border-t bg-white text-sm print:hidden">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-6 sm:grid-cols-2">
        {contact && (
          <section aria-labelledby="footer-contact">
            <h2 id="footer-contact" className="text-bamboo-900 mb-2 font-bold">
              {f('contact')}
            </h2>
            <address className="flex flex-col gap-1 not-italic">
              <span className="font-semibold">{contact.name[locale]}</span>
              <span>
                {f('address')}: {contact.address}
              </span>
              <span>
                {f('phone')}:{' '}
                <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`} className="link-inline">
                  {contact.phone}
                </a>
              </span>
              {contact.email && (
                <span>
                  {f('email')}:{' '}
                  <a href={`mailto:${contact.email}`} className="link-inline break-all">
                    {contact.email}
                  </a>
                </span>
              )}
              {contact.hours && (
                <span>
                  {f('hours')}: {contact.hours[locale]}
                </span>
              )}
            </address>
            {contact.sample && <p className="mt-2 text-xs">{f('sampleContact')}</p>}
          </section>
        )}
        {policies.length > 0 && (
          <nav aria-labelledby="footer-policies">
            <h2 id="footer-policies" className="text-bamboo-900 mb-2 font-bold">
              {f('policies')}
            </h2>
            <ul className="flex flex-col">
              {policies.map((p) => (
                <li key={p.slug}>
                  <Link
                    href={paths.policy(locale, p.slug)}
                    className="inline-block py-1 underline-offset-4 hover:underline"
                  >
                    {p.title}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
      <div className="border-bamboo-200 mx-auto max-w-6xl space-y-2 border-t px-4 py-4">
        <p>{t('about')}</p>
        <p>{t('sample')}</p>
      </div>
    </footer>
  );
}
