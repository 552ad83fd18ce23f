/**
 * `npm run stripe:emulator`: a local Stripe stand-in for the shop.
 * Point the Stripe SDK at it with `new Stripe(key, { host: '127.0.0.1', port, protocol: 'http' })`.
 */
import { optionsFromEnv } from './config';
import { startEmulator } from './server';

const emulator = await startEmulator({ ...optionsFromEnv(process.env), log: true });
const { webhookUrl, publicUrl, webhookSecret, apiKeyPrefix } = emulator.config;

console.log(`Stripe emulator listening on ${emulator.url} (webhooks → ${webhookUrl ?? 'off'})`);
console.log(`  hosted pages: ${publicUrl}/pay/{session id}`);
console.log(
  `  secret keys must start with ${apiKeyPrefix}; webhook signing secret: ${webhookSecret}`,
);
console.log(
  `  test controls: GET /__emulator/state, POST /__emulator/faults | /__emulator/flush | /__emulator/reset`,
);

let stopping = false;
async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) process.exit(1); // a second Ctrl-C does not wait
  stopping = true;
  console.log(`\n${signal}: stopping the Stripe emulator…`);
  await emulator.close();
  process.exit(0);
}
process.on('SIGINT', (s) => void stop(s));
process.on('SIGTERM', (s) => void stop(s));
