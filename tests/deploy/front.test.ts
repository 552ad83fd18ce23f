import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROTLI_MODULES,
  mainConfig,
  renderSiteConfig,
  selfSignedCertificate,
  SITE_CONFIG,
} from '../../bench/front';
import { trustedClientAddress } from '../../lib/http/client-address';
import { precompress } from '../../scripts/precompress';

const shipped = readFileSync(path.join(import.meta.dirname, '../..', SITE_CONFIG), 'utf8');
const settings = {
  upstreamPort: 4100,
  appDir: '/tmp/app',
  httpsPort: 4443,
  httpPort: 4080,
  cert: '/tmp/c.pem',
  key: '/tmp/k.pem',
};

describe('deploy/nginx.conf, the production front', () => {
  it('proxies to the app with the client address the rate limits read, and asks for plain bytes', () => {
    expect(shipped).toMatch(/^\s*listen 443 ssl http2;$/m);
    expect(shipped).toMatch(/proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;/);
    expect(shipped).toContain('TRUSTED_PROXY_HOPS=1');
    expect(shipped).toMatch(/proxy_set_header Accept-Encoding "";/);
    expect(shipped).toMatch(/^\s*brotli on;$/m);
    // The http → https redirect names the site; $host would send people wherever a request says.
    const redirect = shipped.match(/return 301 (\S+);/)?.[1];
    expect(redirect).toBe('https://langnghe.example$request_uri');
  });

  it('several instances: one server line per instance in the upstream, in order', () => {
    const servers = (text: string) =>
      (/upstream lang_nghe_app \{([^}]*)\}/.exec(text)?.[1] ?? '')
        .match(/^\s*server \S+;$/gm)
        ?.map((l) => l.trim());
    // As shipped: the two instances of deploy/lang-nghe@.service.
    expect(servers(shipped)).toEqual(['server 127.0.0.1:3000;', 'server 127.0.0.1:3001;']);
    expect(servers(renderSiteConfig(shipped, settings))).toEqual(['server 127.0.0.1:4100;']);
    const rendered = renderSiteConfig(shipped, { ...settings, upstreamPort: [4100, 4101] });
    const upstream = /upstream lang_nghe_app \{([^}]*)\}/.exec(rendered)?.[1] ?? '';
    expect(upstream.match(/^\s*server \S+;$/gm)?.map((l) => l.trim())).toEqual([
      'server 127.0.0.1:4100;',
      'server 127.0.0.1:4101;',
    ]);
  });

  it('the bench swaps only the machine-specific lines', () => {
    const rendered = renderSiteConfig(shipped, { ...settings, upstreamPort: [4100, 4101] });
    const before = shipped.split('\n');
    const after = rendered.split('\n');
    expect(after).toHaveLength(before.length);
    const changed = after.filter((line, i) => line !== before[i]).map((l) => l.trim());
    expect(changed).toEqual([
      'server 127.0.0.1:4100;',
      'server 127.0.0.1:4101;',
      'listen 127.0.0.1:4080;',
      'listen 127.0.0.1:4443 ssl http2;',
      'ssl_certificate /tmp/c.pem;',
      'ssl_certificate_key /tmp/k.pem;',
      'alias /tmp/app/.next/static/;',
    ]);
  });

  it('names the line it cannot find, rather than measuring another front', () => {
    expect(() =>
      renderSiteConfig(shipped.replace('listen 443 ssl http2;', 'listen 443 ssl;'), settings),
    ).toThrow(/deploy\/nginx\.conf: expected one "listen 443" line for the bench to swap, found 0/);
    expect(() => renderSiteConfig(`${shipped}\n    listen 80;\n`, settings)).toThrow(
      /"listen 80" .* found 2/,
    );
  });
});

describe('scripts/precompress.ts', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'precompress-'));
    mkdirSync(path.join(dir, 'chunks'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a brotli copy beside each script and stylesheet worth compressing, and nothing else', async () => {
    const js = `console.log(${JSON.stringify('Giỏ mây tròn có nắp '.repeat(200))});`;
    const css = `.a{color:red}\n`.repeat(200);
    writeFileSync(path.join(dir, 'chunks/big.js'), js);
    writeFileSync(path.join(dir, 'chunks/tiny.js'), 'x()');
    writeFileSync(path.join(dir, 'site.css'), css);
    writeFileSync(path.join(dir, 'photo.png'), Buffer.alloc(4096, 7));
    const result = await precompress(dir);
    expect(result.files).toBe(2);
    expect(result.brotliBytes).toBeLessThan(result.bytes / 5);
    expect(brotliDecompressSync(readFileSync(path.join(dir, 'chunks/big.js.br'))).toString()).toBe(
      js,
    );
    expect(brotliDecompressSync(readFileSync(path.join(dir, 'site.css.br'))).toString()).toBe(css);
    expect(existsSync(path.join(dir, 'chunks/tiny.js.br'))).toBe(false);
    expect(existsSync(path.join(dir, 'photo.png.br'))).toBe(false);
    expect(readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.tmp'))).toEqual(
      [],
    );
  });

  it('does not compress its own copies on a second run', async () => {
    const again = await precompress(dir);
    expect(again.files).toBe(2);
    expect(existsSync(path.join(dir, 'chunks/big.js.br.br'))).toBe(false);
  });
});

const canRun = (() => {
  try {
    execFileSync('nginx', ['-v'], { stdio: 'ignore' });
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return BROTLI_MODULES.every((m) => existsSync(m));
  } catch {
    return false;
  }
})();

// Needs Debian's nginx, its brotli modules and openssl (apt-get install nginx
// libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static): the same as `npm run bench`.
describe.runIf(canRun)('the front, running', () => {
  let dir: string;
  let nginx: ChildProcess;
  let app: http.Server;
  const seen: http.IncomingHttpHeaders[] = [];
  const page = `<!doctype html><html lang="vi"><body>${'<p>Làng nghề mây tre đan Phú Vinh</p>'.repeat(300)}</body></html>`;
  const ports = { upstreamPort: 0, httpsPort: 0, httpPort: 0 };

  const free = () =>
    new Promise<number>((resolve) => {
      const s = http.createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as { port: number };
        s.close(() => resolve(port));
      });
    });

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'front-'));
    mkdirSync(path.join(dir, 'app/.next/static/chunks'), { recursive: true });
    writeFileSync(
      path.join(dir, 'app/.next/static/chunks/main.js'),
      `let a = ${JSON.stringify('mây '.repeat(2000))};`,
    );
    await precompress(path.join(dir, 'app/.next/static'));
    app = http.createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    });
    await new Promise<void>((r) => app.listen(0, '127.0.0.1', r));
    ports.upstreamPort = (app.address() as { port: number }).port;
    ports.httpsPort = await free();
    ports.httpPort = await free();
    const { cert, key } = selfSignedCertificate(dir);
    writeFileSync(
      path.join(dir, 'site.conf'),
      renderSiteConfig(shipped, { ...ports, appDir: path.join(dir, 'app'), cert, key }),
    );
    writeFileSync(path.join(dir, 'nginx.conf'), mainConfig(dir, path.join(dir, 'site.conf')));
    nginx = spawn('nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
      stdio: 'ignore',
    });
    for (let i = 0; i < 50; i++) {
      const up = await new Promise((r) =>
        http
          .get(`http://127.0.0.1:${ports.httpPort}/`, (res) => r(res.resume() && true))
          .on('error', () => r(false)),
      );
      if (up) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  afterAll(async () => {
    nginx?.kill('SIGQUIT');
    await new Promise((r) => (nginx?.exitCode !== null ? r(null) : nginx.once('exit', r)));
    app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** One request over HTTP/2 (TLS, any certificate): status, headers, body bytes. */
  function get(pathname: string, headers: Record<string, string> = {}) {
    return new Promise<{ status: number; headers: http2.IncomingHttpHeaders; body: Buffer }>(
      (resolve, reject) => {
        const client = http2.connect(`https://127.0.0.1:${ports.httpsPort}`, {
          rejectUnauthorized: false,
        });
        client.on('error', reject);
        const req = client.request({
          ':path': pathname,
          'x-forwarded-for': '203.0.113.9',
          ...headers,
        });
        const chunks: Buffer[] = [];
        let head: http2.IncomingHttpHeaders = {};
        req.on('response', (h) => (head = h));
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          client.close();
          resolve({ status: Number(head[':status']), headers: head, body: Buffer.concat(chunks) });
        });
        req.on('error', reject);
        req.end();
      },
    );
  }

  it('serves the app over HTTP/2, brotli-compressed, with the real client address last', async () => {
    const res = await get('/vi', { 'accept-encoding': 'br, gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.body).toString()).toBe(page);
    const forwarded = seen.at(-1)!;
    // A client can send any X-Forwarded-For; the entry the front appends is the one it saw.
    expect(forwarded['x-forwarded-for']).toBe('203.0.113.9, 127.0.0.1');
    // …which is the client the app reads with TRUSTED_PROXY_HOPS=1, as the README says to set here.
    const headers = new Headers({ 'x-forwarded-for': String(forwarded['x-forwarded-for']) });
    expect(trustedClientAddress(headers, 1)).toBe('127.0.0.1');
    expect(forwarded['x-forwarded-proto']).toBe('https');
    expect(forwarded['accept-encoding']).toBeUndefined();
  });

  it("sends the build's brotli copy of a script, cached for a year", async () => {
    const res = await get('/_next/static/chunks/main.js', { 'accept-encoding': 'br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(
      res.body.equals(readFileSync(path.join(dir, 'app/.next/static/chunks/main.js.br'))),
    ).toBe(true);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const plain = await get('/_next/static/chunks/main.js', { 'accept-encoding': 'gzip' });
    expect(plain.headers['content-encoding']).toBe('gzip');
  });

  it("sends plain http to the site's https address, whatever Host the request names", async () => {
    const res = await new Promise<http.IncomingMessage>((r) =>
      http.get(
        {
          port: ports.httpPort,
          host: '127.0.0.1',
          path: '/q/PV-0001',
          headers: { host: 'evil.example' },
        },
        r,
      ),
    );
    res.resume();
    expect(res.statusCode).toBe(301);
    expect(res.headers.location).toBe('https://langnghe.example/q/PV-0001');
  });
});
