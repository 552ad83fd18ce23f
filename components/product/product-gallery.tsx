import { getImageProps } from 'next/image';
import { Photo } from '@/components/ui/photo';
import type { Image as ContentImage } from '@/lib/content';
import { IMAGE_SIZES } from '@/lib/images/sizes';
import type { LightboxLabels, LightboxSlide } from './photo-lightbox';
import { PhotoButton, PhotoViewer } from './photo-viewer';

// Full screen, the optimizer's widths from a phone's 640 up; content photos are square (1200 × 1200).
function slideOf(image: ContentImage): LightboxSlide {
  const { props } = getImageProps({
    src: image.src,
    alt: image.alt,
    width: 1600,
    height: 1600,
    sizes: '100vw',
  });
  const srcSet = (props.srcSet ?? '')
    .split(', ')
    .map((entry) => {
      const [src = '', w = ''] = entry.split(' ');
      const width = Number.parseInt(w, 10);
      return { src, width, height: width };
    })
    .filter((s) => s.src && s.width >= 640);
  return { src: props.src, alt: image.alt, srcSet };
}

/** The first picture is the QR landing page's largest paint: sized, preloaded, and fetched ahead of the
 *  scripts (fetchPriority high), which on a weak signal otherwise share the bandwidth with it. Every
 *  picture is a button that opens the photos full screen (PhotoViewer). */
export function ProductGallery({
  images,
  label,
  enlarge,
  labels,
  className,
}: {
  images: ContentImage[];
  label: string;
  /** "Enlarge photo 2: …", per picture. */
  enlarge: (index: number, alt: string) => string;
  labels: LightboxLabels;
  className?: string;
}) {
  const [first, ...rest] = images;
  if (!first) return null;
  return (
    <section aria-label={label} className={`flex flex-col gap-3 ${className ?? ''}`}>
      <PhotoViewer slides={images.map(slideOf)} labels={labels}>
        <PhotoButton index={0} label={enlarge(1, first.alt)} className="rounded-lg">
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
        </PhotoButton>
        {rest.length > 0 && (
          <ul className="grid grid-cols-3 gap-3">
            {rest.map((img, i) => (
              <li key={img.src}>
                <PhotoButton index={i + 1} label={enlarge(i + 2, img.alt)} className="rounded">
                  <Photo
                    src={img.src}
                    alt={img.alt}
                    width={400}
                    height={400}
                    sizes={IMAGE_SIZES.productThumb}
                    className="aspect-square w-full rounded object-cover"
                  />
                </PhotoButton>
              </li>
            ))}
          </ul>
        )}
      </PhotoViewer>
    </section>
  );
}
