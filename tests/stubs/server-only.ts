// Vitest runs outside React's server environment; the real package throws there.
export {};
