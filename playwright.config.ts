import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/chromium';

const port = Number(process.env.E2E_PORT ?? 3123);
export const baseURL = `http://localhost:${port}`;
const stripePort = Number(process.env.E2E_STRIPE_PORT ?? 12123);
export const stripeURL = `http://localhost:${stripePort}`;
export const stripeSecrets = { key: 'sk_test_e2e', webhook: 'whsec_e2e' };
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2625);
export const smtpSinkURL = `http://127.0.0.1:${smtpPort + 1}`;

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
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      // The local Stripe emulator: card payments end to end with no network.
      command: 'npx tsx scripts/stripe-emulator/main.ts',
      url: `${stripeURL}/__emulator/state`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        STRIPE_EMULATOR_PORT: String(stripePort),
        STRIPE_EMULATOR_PUBLIC_URL: stripeURL,
        STRIPE_EMULATOR_WEBHOOK_URL: `${baseURL}/api/stripe/webhook`,
        STRIPE_WEBHOOK_SECRET: stripeSecrets.webhook,
      },
    },
    {
      // A local SMTP server that keeps every notification the app sends.
      command: 'npx tsx scripts/smtp-sink.ts',
      url: `${smtpSinkURL}/health`,
      reuseExistingServer: false,
      env: { SMTP_SINK_PORT: String(smtpPort), SMTP_SINK_HTTP_PORT: String(smtpPort + 1) },
    },
    {
      // Against the production build (`npm run build` first; `npm test` does it), bound to 127.0.0.1
      // as deployed behind nginx (deploy/nginx.conf's upstream); the browser still asks for localhost.
      command: `npx next start -H 127.0.0.1 -p ${port}`,
      url: `${baseURL}/vi`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        SITE_URL: process.env.SITE_URL ?? baseURL,
        STRIPE_SECRET_KEY: stripeSecrets.key,
        STRIPE_WEBHOOK_SECRET: stripeSecrets.webhook,
        STRIPE_API_URL: `http://127.0.0.1:${stripePort}`,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        // The tests stand where deploy/nginx.conf stands: a request's own X-Forwarded-For (the
        // specs give each test its own, e.g. 10.9.0.x) is the address the rate limits and the desk
        // login key on, so parallel tests never share a bucket. A browser page sends none; Next
        // then fills in the socket address, so pages share one, as one visitor would.
        TRUSTED_PROXY_HOPS: '1',
      },
    },
  ],
});
