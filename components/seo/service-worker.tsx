'use client';

import { useEffect } from 'react';

// Pictures this page already loaded, handed to the worker once it takes over: the first scan
// happens before the worker exists, and its pictures should still show later without signal.
function cacheLoadedImages(worker: ServiceWorker) {
  const urlsToCache = performance
    .getEntriesByType('resource')
    .filter((e): e is PerformanceResourceTiming => e instanceof PerformanceResourceTiming && e.initiatorType === 'img')
    .map((e) => e.name)
    .filter((url) => url.startsWith(location.origin))
    .slice(0, 24);
  if (urlsToCache.length > 0) worker.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache } });
}

/**
 * Registers the service worker (public/sw.js, built by `serwist build`) once the page has loaded,
 * so it never competes with the first paint. Production only: in `next dev` there is no sw.js, and a
 * worker caching dev pages would hide changes. NODE_ENV is inlined at build, not read at run time.
 */
export function ServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    const sw = navigator.serviceWorker;
    const onControl = () => sw.controller && cacheLoadedImages(sw.controller);
    const register = () => {
      if (!sw.controller) sw.addEventListener('controllerchange', onControl, { once: true });
      sw.register('/sw.js', { scope: '/' }).catch(() => undefined);
    };
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
    return () => {
      window.removeEventListener('load', register);
      sw.removeEventListener('controllerchange', onControl);
    };
  }, []);
  return null;
}
