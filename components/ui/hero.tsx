import type { ReactNode } from 'react';
import { Photo } from '@/components/ui/photo';
import type { Image as ContentImage } from '@/lib/content';
import { IMAGE_SIZES } from '@/lib/images/sizes';

/**
 * A page's opening photo with its title laid over the lower edge. The photo keeps its own box
 * (16:10 on a phone, 21:9 wider), so nothing moves when it arrives; it is the page's largest paint,
 * hence preloaded and fetched ahead of the scripts. The scrim under the words keeps white text
 * above 4.5:1 whatever the photo shows.
 */
export function Hero({
  image,
  shape = '16:9',
  children,
}: {
  image: ContentImage;
  /** The photo's own shape, which decides how wide a phone draws it in the frame. */
  shape?: '16:9' | '3:2';
  children: ReactNode;
}) {
  return (
    <div className="bg-bamboo-900 relative mb-6 overflow-hidden rounded-xl">
      <Photo
        src={image.src}
        alt={image.alt}
        width={1600}
        height={900}
        sizes={shape === '3:2' ? IMAGE_SIZES.hero3x2 : IMAGE_SIZES.hero}
        preload
        fetchPriority="high"
        className="aspect-[16/10] w-full object-cover sm:aspect-[21/9]"
      />
      <div className="from-bamboo-900/95 via-bamboo-900/70 absolute inset-x-0 bottom-0 bg-gradient-to-t to-transparent px-4 pt-12 pb-4 text-white sm:px-8 sm:pt-20 sm:pb-7">
        {children}
      </div>
    </div>
  );
}
