import { getImageProps, type ImageProps } from 'next/image';
import { preload as preloadImage } from 'react-dom';

/**
 * A content photo: next/image's sizing (the optimizer's AVIF/WebP `srcset`, our `sizes`, explicit
 * dimensions) rendered by the server as a plain `<img>`. `<Image>` itself is a client component: its
 * code would ship on every content page and every photo would be hydrated, for features these photos
 * do not use (blur placeholders, load callbacks). `preload` (the page's largest paint only) puts a
 * `<link rel="preload">` with the same srcset in the head and keeps the photo from loading lazily.
 */
export function Photo(props: ImageProps) {
  const { props: img } = getImageProps(props);
  // What <Image preload> does on the client, done here: the same srcset, so the photo is fetched once.
  if (props.preload)
    preloadImage(img.src, {
      as: 'image',
      imageSrcSet: img.srcSet,
      imageSizes: img.sizes,
      fetchPriority: img.fetchPriority,
    });
  // eslint-disable-next-line @next/next/no-img-element -- this is next/image's own markup, from getImageProps
  return <img {...img} alt={props.alt} />;
}
