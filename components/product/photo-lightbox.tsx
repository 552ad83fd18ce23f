'use client';

import Lightbox from 'yet-another-react-lightbox';
import Zoom from 'yet-another-react-lightbox/plugins/zoom';
import 'yet-another-react-lightbox/styles.css';

export interface LightboxSlide {
  src: string;
  alt: string;
  srcSet: { src: string; width: number; height: number }[];
}

export type LightboxLabels = Record<
  | 'dialog'
  | 'carousel'
  | 'slide'
  | 'counter'
  | 'previous'
  | 'next'
  | 'close'
  | 'zoomIn'
  | 'zoomOut',
  string
>;

/**
 * Full-screen photos: swipe between them, pinch or double-tap to zoom, arrows and Escape on a
 * keyboard; a modal dialog that makes the page behind it inert and gives focus back on close.
 * Only ever loaded by PhotoViewer on the first open, so none of it is in the page's first scripts.
 */
export function PhotoLightbox({
  slides,
  labels,
  index,
  open,
  onClose,
}: {
  slides: LightboxSlide[];
  labels: LightboxLabels;
  index: number;
  open: boolean;
  onClose: () => void;
}) {
  const single = slides.length < 2;
  return (
    <Lightbox
      open={open}
      close={onClose}
      index={index}
      slides={slides}
      plugins={[Zoom]}
      carousel={{ finite: single }}
      render={single ? { buttonPrev: () => null, buttonNext: () => null } : undefined}
      labels={{
        Lightbox: labels.dialog,
        Carousel: labels.carousel,
        'Photo gallery': labels.dialog,
        Slide: labels.slide,
        '{index} of {total}': labels.counter,
        Previous: labels.previous,
        Next: labels.next,
        Close: labels.close,
        'Zoom in': labels.zoomIn,
        'Zoom out': labels.zoomOut,
      }}
    />
  );
}
