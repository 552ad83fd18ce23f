'use client';

import { useEffect } from 'react';

/**
 * Loads, once the service worker controls the page, every photo of the page that is still waiting
 * for a scroll (loading="lazy"), at the size this screen would ask for, so that the worker stores it:
 * a product page seen with signal then shows all its photos without (issue 24). A copy of each
 * <img> with the same srcset and sizes makes the browser choose exactly that size; the page's own
 * elements are left alone. Skipped when the visitor asked to save data.
 */
export function KeepPhotos() {
  useEffect(() => {
    const sw = navigator.serviceWorker as ServiceWorkerContainer | undefined;
    const saveData = (navigator as { connection?: { saveData?: boolean } }).connection?.saveData;
    if (!sw || saveData) return;
    const keep = () => {
      if (!navigator.onLine) return;
      for (const img of document.querySelectorAll<HTMLImageElement>('main img[loading="lazy"]')) {
        const copy = new Image();
        if (img.sizes) copy.sizes = img.sizes;
        if (img.srcset) copy.srcset = img.srcset;
        copy.src = img.src;
      }
    };
    const start = () => {
      if (sw.controller) keep();
      else sw.addEventListener('controllerchange', keep, { once: true });
    };
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
    return () => {
      window.removeEventListener('load', start);
      sw.removeEventListener('controllerchange', keep);
    };
  }, []);
  return null;
}
