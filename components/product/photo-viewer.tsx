'use client';

import dynamic from 'next/dynamic';
import { createContext, use, useCallback, useState, type ReactNode } from 'react';
import type { LightboxLabels, LightboxSlide } from './photo-lightbox';

const loadLightbox = () => import('./photo-lightbox');
// Fetched on the first open (or when a finger or focus reaches a photo), never with the page: rendered
// only after a click, so the server writes no preload for it either.
const PhotoLightbox = dynamic(() => loadLightbox().then((m) => m.PhotoLightbox), { ssr: false });

const OpenPhoto = createContext<(index: number) => void>(() => {});

/** Holds the full-screen viewer for the product's photos; PhotoButtons inside it open it. */
export function PhotoViewer({
  slides,
  labels,
  children,
}: {
  slides: LightboxSlide[];
  labels: LightboxLabels;
  children: ReactNode;
}) {
  const [index, setIndex] = useState<number | null>(null);
  const [wanted, setWanted] = useState(false);
  const open = useCallback((i: number) => {
    setWanted(true);
    setIndex(i);
  }, []);
  return (
    <OpenPhoto value={open}>
      {children}
      {wanted && (
        <PhotoLightbox
          slides={slides}
          labels={labels}
          index={index ?? 0}
          open={index !== null}
          onClose={() => setIndex(null)}
        />
      )}
    </OpenPhoto>
  );
}

/** A photo as a button: the server renders the photo inside it, so its size is known before any script. */
export function PhotoButton({
  index,
  label,
  className,
  children,
}: {
  index: number;
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const open = use(OpenPhoto);
  return (
    <button
      type="button"
      aria-label={label}
      aria-haspopup="dialog"
      onClick={() => open(index)}
      onPointerEnter={() => void loadLightbox()}
      onFocus={() => void loadLightbox()}
      className={`block w-full cursor-zoom-in ${className ?? ''}`}
    >
      {children}
    </button>
  );
}
