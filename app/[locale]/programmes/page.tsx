import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ExploreLinks } from '@/components/explore/explore-links';
import { isLocale, routing } from '@/i18n/routing';
import { PROGRAMME_KINDS } from '@/lib/content/schema-explore';
import { getProgrammes } from '@/lib/content/programmes';
import { paths } from '@/lib/paths';
import { sectionMetadata, seoPaths } from '@/lib/seo/page-metadata';
import { card } from '@/components/ui/card';
import { heading } from '@/components/ui/heading';

export const revalidate = 3600;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/programmes'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Programmes' });
  return sectionMetadata(locale, seoPaths.programmes, t('title'), t('lead'));
}

export default async function ProgrammesPage({ params }: PageProps<'/[locale]/programmes'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Programmes' });
  const programmes = getProgrammes(locale);
  return (
    <>
      <h1 className={heading({ level: 'page', className: 'mb-2' })}>{t('title')}</h1>
      <p className="mb-8">{t('lead')}</p>
      {PROGRAMME_KINDS.map((kind) => {
        const items = programmes.filter((p) => p.kind === kind);
        if (items.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={kind} className="mb-8">
            <h2 id={kind} className={heading({ level: 'section', className: 'mb-3' })}>
              {t(`kind.${kind}`)}
            </h2>
            <ul className="flex flex-col gap-3">
              {items.map((p) => (
                <li key={p.slug} className={card({ padding: 'md' })}>
                  <h3 className="font-bold">
                    <Link href={paths.programme(locale, p.slug)} className="link">
                      {p.title}
                    </Link>
                  </h3>
                  <p className="text-sm">{p.summary}</p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <ExploreLinks locale={locale} />
    </>
  );
}
