/**
 * The browser the e2e tests and the benchmarks drive: Debian's chromium, because Playwright cannot
 * download its own here. The flags keep it from reaching for Google's services on a machine without
 * internet; `--disable-quic` keeps every request on the TCP path that the tests and Lighthouse see.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
