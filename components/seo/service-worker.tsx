'use client';

import { useEffect } from 'react';

// What this page already loaded — its scripts, styles and pictures — handed to the worker once
// it takes over: the first scan happens before the worker exists, and the page should still work
// later without signal. These come from the browser's HTTP cache, so a weak signal carries nothing
// twice (nothing else is precached: serwist.config.js).
function cacheLoadedAssets(worker: ServiceWorker) {
  const urlsToCache = performance
    .getEntriesByType('resource')
    .filter((e): e is PerformanceResourceTiming => e instanceof PerformanceResourceTiming)
    .filter(
      (e) => e.name.startsWith(`${location.origin}/_next/static/`) || e.initiatorType === 'img',
    )
    .map((e) => e.name)
    .filter((url) => url.startsWith(location.origin))
    .slice(0, 60);
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
    const onControl = () => sw.controller && cacheLoadedAssets(sw.controller);
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
