import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PlanTargets } from '@/components/explore/plan-targets';
import { Badge } from '@/components/ui/badge';
import { ContentBody } from '@/components/ui/content-body';
import { TranslationNote } from '@/components/ui/translation-note';
import { isLocale, routing } from '@/i18n/routing';
import { getPlan } from '@/lib/content/plan';
import { getProgramme, getProgrammes } from '@/lib/content/programmes';
import { paths } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { seoPaths } from '@/lib/seo/paths';
import { heading } from '@/components/ui/heading';

export const revalidate = 3600;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    getProgrammes(locale).map((p) => ({ locale, slug: p.slug })),
  );
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/programmes/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const programme = isLocale(locale) ? getProgramme(slug, locale) : undefined;
  if (!programme) return {};
  return pageMetadata({
    locale: programme.locale,
    path: seoPaths.programme(programme.slug),
    title: programme.title,
    description: programme.summary,
  });
}

export default async function ProgrammePage({ params }: PageProps<'/[locale]/programmes/[slug]'>) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const programme = getProgramme(slug, locale);
  if (!programme) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Programmes' });
  return (
    <article className="max-w-3xl">
      <TranslationNote locale={locale} translated={programme.translated} />
      <p className="mb-2">
        <Badge tone="leaf">{t(`kind.${programme.kind}`)}</Badge>
      </p>
      <h1 className={heading({ level: 'page', className: 'mb-4' })}>{programme.title}</h1>
      <p className="mb-6 text-lg">{programme.summary}</p>
      {programme.showTargets && <PlanTargets plan={getPlan()} locale={locale} />}
      <ContentBody html={programme.bodyHtml} />
      <p className="mt-8">
        <Link href={paths.programmes(locale)} className="link">
          ← {t('title')}
        </Link>
      </p>
    </article>
  );
}
