#!/usr/bin/env node
/**
 * Serves the demo site with the built drop-in script, and the reference receiver behind
 * `/api/intake`, on 127.0.0.1 only. Used by `npm start`, the e2e tests and the bench.
 *
 *   node scripts/serve.mjs [--port 5173] [--faults]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { extname, join, normalize, posix, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const demoDir = join(root, 'demo');
const distDir = join(root, 'dist');

/** Content types by file extension, for every server the project runs. */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

/** Pages that are served with a strict policy header, as a hardened site would. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";
const HEADERS_BY_PATH = { '/hostile/csp.html': { 'Content-Security-Policy': STRICT_CSP } };

/** Paths forwarded to the receiver. */
const RECEIVER_PATHS = ['/api/', '/__faults', '/__submissions'];

/** Lit's packages, for the pages that load the ES build through an import map. */
const LIT_PACKAGES = /^\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//;

/** `decodeURIComponent`, or null for a path it cannot decode (`%E0%A4%A`): a 404, not a crash. */
function decodePath(path) {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/** Maps a URL path to a file: `/intake-widgets.js*` and `/dist/*` from dist/, Lit from node_modules, the rest from demo/. */
function fileFor(pathname) {
  const decoded = decodePath(pathname);
  if (decoded === null) return null;
  // Every decision on the decoded, normalized path: `/node_modules/lit/..%2f…` is not Lit's.
  const path = posix.normalize(decoded);
  if (LIT_PACKAGES.test(path)) return join(root, path);
  const base = path.startsWith('/intake-widgets.js') || path.startsWith('/dist/') ? distDir : demoDir;
  const relative = path.startsWith('/dist/') ? path.slice('/dist'.length) : path;
  const file = normalize(join(base, relative));
  if (!file.startsWith(base + sep) && file !== base) return null;
  if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
  return file;
}

function proxy(req, res, target) {
  const upstream = request(
    { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'application/json' });
    res.end('{"error":"receiver unavailable"}');
  });
  req.pipe(upstream);
}

/**
 * Starts the demo server. `receiver: false` serves pages only; otherwise the reference receiver
 * is started in-process (or `receiverUrl` names one already running) and `/api/intake` goes to it.
 */
export async function startDemoServer({
  port = 5173,
  host = '127.0.0.1',
  receiver = true,
  receiverUrl,
  faults = false,
  dbPath,
} = {}) {
  let receiverHandle = null;
  let target = receiverUrl ? new URL(receiverUrl) : null;
  if (!target && receiver) {
    const modulePath = join(root, 'demo', 'receiver', 'server.mjs');
    if (existsSync(modulePath)) {
      const { startReceiver } = await import(modulePath);
      receiverHandle = await startReceiver({ port: 0, host, faults, dbPath });
      target = new URL(receiverHandle.url);
    }
  }
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (target && RECEIVER_PATHS.some((prefix) => url.pathname.startsWith(prefix)))
      return proxy(req, res, target);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const file = fileFor(url.pathname);
    if (!file || !existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      ...(HEADERS_BY_PATH[url.pathname] ?? {}),
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const address = server.address();
  const url = `http://${host}:${address.port}`;
  return {
    url,
    receiver: receiverHandle,
    async close() {
      server.closeAllConnections?.();
      await new Promise((done) => server.close(done));
      await receiverHandle?.close();
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portIndex = args.indexOf('--port');
  const port = portIndex >= 0 ? Number(args[portIndex + 1]) : Number(process.env.PORT ?? 5173);
  if (!existsSync(join(distDir, 'intake-widgets.js'))) {
    console.error('dist/intake-widgets.js is missing: run `npm run build` first (npm start does).');
    process.exit(1);
  }
  const handle = await startDemoServer({ port, faults: args.includes('--faults') });
  console.log(
    `Demo: ${handle.url}/  (hostile hosts: ${handle.url}/hostile/reset.html, csp.html, double.html, late.html, rtl.html)`,
  );
  console.log(
    `Configurator: ${handle.url}/docs/configurator.html  (the whole docs site, API tables included: npm run docs:build && npm run docs:serve)`,
  );
  if (handle.receiver)
    console.log(
      `Receiver: ${handle.url}/api/intake (stored in ${handle.receiver.dbPath ?? '.receiver-data/'})`,
    );
  const stop = async () => {
    await handle.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
