'use client';

import { useCart } from './cart-store';

export function CartLink({ href, label }: { href: string; label: string }) {
  const count = useCart().reduce((n, i) => n + i.quantity, 0);
  return (
    <a href={href} className="hover:underline">
      {label}
      {count > 0 && (
        <span className="bg-leaf-700 ml-1 rounded-full px-1.5 text-xs font-bold text-white">
          {count}
        </span>
      )}
    </a>
  );
}
