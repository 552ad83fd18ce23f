/** Test controls under /__emulator: state, faults, flush, reset. Not part of Stripe's API. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseFaults, type Faults } from './config';
import { readBody, sendJson, stringify } from './http';
import type { EmulatorContext } from './state';

export interface ControlActions {
  setFaults(faults: Partial<Faults>): void;
  reset(): void;
}

export async function handleControl(
  ctx: EmulatorContext,
  actions: ControlActions,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const { state, faults, config, webhooks } = ctx;
  const route = `${req.method ?? 'GET'} ${url.pathname.replace(/\/+$/, '')}`;
  const ok = (value: unknown) => sendJson(res, 200, stringify(value));
  const bad = (status: number, message: string) =>
    sendJson(res, status, stringify({ error: { message } }));

  switch (route) {
    case 'GET /__emulator/state':
      return ok({
        faults,
        config,
        sessions: [...state.sessions.values()].map((r) => r.session),
        paymentIntents: [...state.paymentIntents.values()].map((r) => r.paymentIntent),
        refunds: [...state.refunds.values()],
        events: state.events,
        heldEvents: state.heldEvents.map((e) => e.id),
        deliveries: state.deliveries,
      });
    case 'GET /__emulator/faults':
      return ok(faults);
    case 'POST /__emulator/faults': {
      try {
        const text = await readBody(req, 64 * 1024);
        actions.setFaults(parseFaults(text.trim() === '' ? {} : JSON.parse(text)));
      } catch (e) {
        return bad(400, e instanceof Error ? e.message : String(e));
      }
      return ok(faults);
    }
    case 'POST /__emulator/flush':
      return ok({ flushed: await webhooks.flush() });
    case 'POST /__emulator/reset':
      actions.reset();
      return ok({ reset: true });
    default:
      return bad(404, `Unknown emulator control: ${route}`);
  }
}
