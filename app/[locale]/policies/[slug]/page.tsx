import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ShippingOptions } from '@/components/policy/shipping-options';
import { Badge } from '@/components/ui/badge';
import { ContentBody } from '@/components/ui/content-body';
import { Link } from '@/components/ui/link';
import { TranslationNote } from '@/components/ui/translation-note';
import { isLocale, routing } from '@/i18n/routing';
import { getPolicies, getPolicy } from '@/lib/content/policies';
import { paths } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { seoPaths } from '@/lib/seo/paths';
import { shopSettings } from '@/lib/settings';
import { heading } from '@/components/ui/heading';

export const revalidate = 3600;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    getPolicies(locale).map((p) => ({ locale, slug: p.slug })),
  );
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/policies/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const policy = isLocale(locale) ? getPolicy(slug, locale) : undefined;
  if (!policy) return {};
  return pageMetadata({
    locale: policy.locale,
    path: seoPaths.policy(policy.slug),
    title: policy.title,
    description: policy.summary,
  });
}

export default async function PolicyPage({ params }: PageProps<'/[locale]/policies/[slug]'>) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const policy = getPolicy(slug, locale);
  if (!policy) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Policies' });
  const settings = shopSettings();
  const others = getPolicies(locale).filter((p) => p.slug !== policy.slug);
  return (
    <article className="max-w-3xl">
      <TranslationNote locale={locale} translated={policy.translated} />
      {policy.sample && (
        <p className="mb-2">
          <Badge>{t('sample')}</Badge>
        </p>
      )}
      <h1 className={heading({ level: 'page', className: 'mb-4' })}>{policy.title}</h1>
      <p className="mb-6 text-lg">{policy.summary}</p>
      {policy.showShippingOptions && (
        <ShippingOptions options={settings.shipping} locale={locale} />
      )}
      {policy.showReturnsSummary && settings.returns && (
        <p className="border-leaf-700 mb-6 rounded border bg-white p-3">
          <strong>{t('returnsSummary')}:</strong> {settings.returns[locale]}
        </p>
      )}
      <ContentBody html={policy.bodyHtml} />
      {others.length > 0 && (
        <nav aria-label={t('all')} className="border-bamboo-200 mt-8 border-t pt-4">
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            {others.map((p) => (
              <li key={p.slug}>
                <Link href={paths.policy(locale, p.slug)} className="link">
                  {p.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </article>
  );
}
