/**
 * The production front (deploy/nginx.conf: HTTPS, HTTP/2, brotli) made runnable on a bench machine: the
 * same file with only what is machine-specific swapped — the app's port and folder, the two listening
 * ports and the certificate — so that the Lighthouse pages are served the way a phone gets them, and a
 * change to the shipped file changes what is measured.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export const SITE_CONFIG = 'deploy/nginx.conf';

/** A throwaway P-256 certificate for localhost (the kind certbot issues by default), written into `dir`. */
export function selfSignedCertificate(dir: string): { cert: string; key: string } {
  const [cert, key] = [path.join(dir, 'cert.pem'), path.join(dir, 'key.pem')];
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'],
      ...['-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=localhost'],
      ...['-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'],
    ],
    { stdio: 'ignore' },
  );
  return { cert, key };
}

export interface FrontSettings {
  /** The `next start` port(s) the front proxies to: one `server` line in the upstream for each. */
  upstreamPort: number | number[];
  /** The app's folder (its .next/static/ is served from disk). */
  appDir: string;
  httpsPort: number;
  httpPort: number;
  cert: string;
  key: string;
}

/** `deploy/nginx.conf`'s text with the machine-specific lines swapped; throws if one is missing. */
export function renderSiteConfig(text: string, s: FrontSettings): string {
  const swaps: [RegExp, string, string][] = [
    [
      /^(\s*)server 127\.0\.0\.1:3000;\n\s*server 127\.0\.0\.1:3001;$/m,
      [s.upstreamPort]
        .flat()
        .map((port) => `$1server 127.0.0.1:${port};`)
        .join('\n'),
      'the app upstream (3000 and 3001)',
    ],
    [/^(\s*)listen 443 ssl http2;$/m, `$1listen 127.0.0.1:${s.httpsPort} ssl http2;`, 'listen 443'],
    [/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${s.httpPort};`, 'listen 80'],
    [
      /^(\s*)alias \/srv\/lang-nghe\/\.next\/static\/;$/m,
      `$1alias ${s.appDir}/.next/static/;`,
      'the static alias',
    ],
    [/^(\s*)ssl_certificate \S+;$/m, `$1ssl_certificate ${s.cert};`, 'ssl_certificate'],
    [/^(\s*)ssl_certificate_key \S+;$/m, `$1ssl_certificate_key ${s.key};`, 'ssl_certificate_key'],
  ];
  return swaps.reduce((out, [pattern, replacement, what]) => {
    const found = out.match(new RegExp(pattern.source, 'gm'))?.length ?? 0;
    if (found !== 1)
      throw new Error(
        `${SITE_CONFIG}: expected one "${what}" line for the bench to swap, found ${found}`,
      );
    return out.replace(pattern, replacement);
  }, text);
}

/** Debian's brotli modules (libnginx-mod-http-brotli-filter, -static), which the site config needs. */
export const BROTLI_MODULES = [
  '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so',
  '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so',
];

/**
 * A main nginx.conf around the site config, as Debian's is (its modules, mime.types), but with the pid,
 * logs and temporary files in `dir`.
 */
export function mainConfig(
  dir: string,
  siteConfigPath: string,
  /** Log each request's upstream (`$upstream_addr $status $request_method $uri`) to this file. */
  upstreamLog?: string,
): string {
  return [
    ...BROTLI_MODULES.map((m) => `load_module ${m};`),
    // Started as root, nginx's workers would drop to `nobody`, who cannot read the build in a private
    // temporary folder; on a bench machine they run as whoever runs the bench.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'worker_processes 1;',
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log warn;`,
    'events { worker_connections 256; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    ...(upstreamLog
      ? [
          "    log_format upstream '$upstream_addr $status $request_method $uri';",
          `    access_log ${upstreamLog} upstream;`,
        ]
      : ['    access_log off;']),
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (t) => `    ${t}_temp_path ${dir}/${t}_temp;`,
    ),
    `    include ${siteConfigPath};`,
    '}',
    '',
  ].join('\n');
}
