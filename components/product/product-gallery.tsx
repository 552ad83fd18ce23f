import { Photo } from '@/components/ui/photo';
import type { Image as ContentImage } from '@/lib/content';
import { IMAGE_SIZES } from '@/lib/images/sizes';

/** The first picture is the QR landing page's largest paint: sized, preloaded, and fetched ahead of the
 *  scripts (fetchPriority high), which on a weak signal otherwise share the bandwidth with it. */
export function ProductGallery({ images, label }: { images: ContentImage[]; label: string }) {
  const [first, ...rest] = images;
  if (!first) return null;
  return (
    <section aria-label={label} className="flex flex-col gap-3">
      <Photo
        src={first.src}
        alt={first.alt}
        width={800}
        height={800}
        sizes={IMAGE_SIZES.productPhoto}
        preload
        fetchPriority="high"
        className="aspect-square w-full rounded-lg object-cover"
      />
      {rest.length > 0 && (
        <ul className="grid grid-cols-3 gap-3">
          {rest.map((img) => (
            <li key={img.src}>
              <Photo
                src={img.src}
                alt={img.alt}
                width={400}
                height={400}
                sizes={IMAGE_SIZES.productThumb}
                className="aspect-square w-full rounded object-cover"
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
