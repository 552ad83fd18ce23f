/**
 * A local SMTP server for tests: accepts every message and lists what it received as JSON on
 * GET http://127.0.0.1:{SMTP_SINK_HTTP_PORT}/messages. Nothing leaves the machine.
 */
import { createServer } from 'node:http';
import { startMailSink } from '../tests/support/smtp';

const smtpPort = Number(process.env.SMTP_SINK_PORT ?? 2525);
const httpPort = Number(process.env.SMTP_SINK_HTTP_PORT ?? 2526);
const { received: messages } = await startMailSink(smtpPort);

createServer((req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(req.url === '/messages' ? messages : { ok: true }));
}).listen(httpPort, '127.0.0.1', () =>
  console.log(
    `SMTP sink on 127.0.0.1:${smtpPort}, messages at http://127.0.0.1:${httpPort}/messages`,
  ),
);
