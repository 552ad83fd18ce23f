import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * The public site's link: `next/link` without prefetching. By default every link in view
 * prefetches its page; the header, breadcrumbs and cards of a product page point to about ten,
 * so a tourist who scans a label on a weak 4G signal would download ten pages to read one, and a
 * low-end phone would spend its main thread parsing them. Navigation stays client-side; it simply
 * starts on the click. Pass `prefetch` to opt a link back in.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
