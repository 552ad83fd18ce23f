/**
 * `sizes` for next/image, worked out from the layout, so that a phone fetches the next width up from
 * what it really shows. <main> is at most 72rem (1152 px) wide with 1rem padding on each side, so
 * content is `100vw - 2rem` wide, 1120 px at most. With the screen width instead (`100vw`), a 412 px
 * phone at 1.75× asked for 828 px where 720 px covers the 380 px it shows: a fifth more bytes for
 * the photo a tourist on a weak signal is waiting for.
 *
 * Rounded so as never to fall short: a width too small would look soft. Keep these in step with the
 * classes named beside each one.
 */
export const IMAGE_SIZES = {
  /** The full content width: village and tour cover photos. */
  content: '(min-width: 1152px) 1120px, calc(100vw - 2rem)',
  /** A hero (components/ui/hero.tsx) of a 16:9 photo: the content width, and on a phone a 16:10
   *  frame, across which the photo is drawn 10/9 wider than the frame. */
  hero: '(min-width: 1152px) 1120px, (min-width: 640px) calc(100vw - 2rem), calc(111.2vw - 2.3rem)',
  /** A hero of a 3:2 photo: it fills the phone's 16:10 frame across its width. */
  hero3x2: '(min-width: 1152px) 1120px, calc(100vw - 2rem)',
  /** A product's main photo: one of two columns from lg (`lg:grid-cols-2 gap-8`). */
  productPhoto:
    '(min-width: 1152px) 544px, (min-width: 1024px) calc(50vw - 2rem), calc(100vw - 2rem)',
  /** A product's other photos: three across under the main one (`grid-cols-3 gap-3`). */
  productThumb:
    '(min-width: 1152px) 174px, (min-width: 1024px) calc(16.67vw - 1.16rem), calc(33.34vw - 1.16rem)',
  /** Three across from lg (`sm:grid-cols-2 lg:grid-cols-3 gap-4`): village and tour cards, a village's gallery. */
  thirds:
    '(min-width: 1152px) 363px, (min-width: 1024px) calc(33.34vw - 1.33rem), (min-width: 640px) calc(50vw - 1.5rem), calc(100vw - 2rem)',
  /** Product cards (`grid-cols-2 sm:grid-cols-3 lg:grid-cols-4 gap-4`). */
  productCard:
    '(min-width: 1152px) 268px, (min-width: 1024px) calc(25vw - 1.25rem), (min-width: 640px) calc(33.34vw - 1.33rem), calc(50vw - 1.5rem)',
  /** An artisan's portrait: the narrow one of two columns from md (`md:grid-cols-[1fr_2fr] gap-8`). */
  portrait:
    '(min-width: 1152px) 363px, (min-width: 768px) calc(33.34vw - 1.33rem), calc(100vw - 2rem)',
  /** A news item's cover, in its article (`max-w-3xl`, 768 px). */
  article: '(min-width: 800px) 768px, calc(100vw - 2rem)',
} as const;
