import { Photo } from '@/components/ui/photo';
import type { Image as ContentImage } from '@/lib/content';
import { IMAGE_SIZES } from '@/lib/images/sizes';

/** A village's or tour's cover across the content width: the page's largest paint, so it is preloaded
 *  and fetched ahead of the scripts (fetchPriority high), which on a weak signal share the bandwidth. */
export function CoverPhoto({ image }: { image: ContentImage }) {
  return (
    <Photo
      src={image.src}
      alt={image.alt}
      width={1600}
      height={900}
      sizes={IMAGE_SIZES.content}
      preload
      fetchPriority="high"
      className="mb-8 aspect-video w-full rounded-lg object-cover"
    />
  );
}
