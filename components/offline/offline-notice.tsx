'use client';

import { useOnline } from './use-online';

/**
 * A line that appears only while the phone has no signal (a saved page, a cart kept on the phone).
 * Nothing is rendered with a signal: the page's own status messages stay the only ones.
 */
export function OfflineNotice({ message }: { message: string }) {
  const online = useOnline();
  if (online) return null;
  return (
    <p
      role="status"
      className="border-bamboo-600 bg-bamboo-100 text-bamboo-900 mb-4 rounded-lg border p-3 font-semibold"
    >
      {message}
    </p>
  );
}
