import { serializeJsonLd, type Thing } from '@/lib/seo/json-ld';

/** Structured data for search engines; the serializer escapes `<`, so content cannot end the script early. */
export function JsonLd({ data }: { data: Thing | Thing[] }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
