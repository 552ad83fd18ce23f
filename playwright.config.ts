import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3123);
export const baseURL = `http://localhost:${port}`;

// Debian's chromium: Playwright cannot download its own browser here. The flags keep it from
// reaching for Google's services on a machine without internet.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL,
    trace: 'off',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    // Against the production build (`npm run build` first; `npm test` does it).
    command: `npx next start -p ${port}`,
    url: `${baseURL}/vi`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { SITE_URL: process.env.SITE_URL ?? baseURL },
  },
});
