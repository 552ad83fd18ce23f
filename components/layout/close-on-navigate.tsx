'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';

/**
 * The header menu is a plain <details>, so it opens without JavaScript. A client-side navigation
 * keeps the layout mounted, and with it the open menu over the new page: this closes it then, and on
 * Escape or a tap outside, as a menu is expected to.
 */
export function CloseOnNavigate() {
  const pathname = usePathname();
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const details = ref.current?.closest('details');
    if (!details) return;
    details.open = false;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !details.open) return;
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (details.open && e.target instanceof Node && !details.contains(e.target))
        details.open = false;
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [pathname]);
  return <span ref={ref} hidden />;
}
