/**
 * The documentation site: every `demo/docs/**\/*.html` page (and the demo page they link to),
 * built into `dist-docs/` as static files that work from any folder of any host (`base: './'`).
 *
 *   npm run build                                   # first: dist/intake-widgets.js, custom-elements.json
 *   npx vite build --config vite.docs.config.ts     # then: dist-docs/
 *   npx vite preview --config vite.docs.config.ts --host 127.0.0.1 --port 5301
 *
 * The build also fills each page's API-table placeholders from custom-elements.json, and writes
 * the built drop-in script to `dist-docs/intake-widgets.js` (pages load `../intake-widgets.js`)
 * and the JSON Schemas to `dist-docs/schemas/`. `vite preview` answers `/api/intake` with the
 * reference receiver (in memory), so the live insurance example works there too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger, defineConfig, type Plugin } from 'vite';
import { markCurrentPage, relativeRootUrls, renderExamples } from './scripts/docs-render.js';
import { fillPagePlaceholders, htmlFiles, pageInputs } from './scripts/docs-site.js';

const repoRoot = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');
const demoDir = join(repoRoot, 'demo');
const docsDir = join(demoDir, 'docs');
const distDir = join(repoRoot, 'dist');
const manifestPath = join(repoRoot, 'custom-elements.json');
const version: string = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version;

/** Fills placeholders, and copies the drop-in script and the schemas into the output. */
function docsSite(): Plugin {
  return {
    name: 'intake-docs-site',
    transformIndexHtml: {
      order: 'pre',
      handler(html, { filename }) {
        const filled = renderExamples(fillPagePlaceholders(html, repoRoot, manifestPath));
        return markCurrentPage(filled, basename(filename)).replaceAll('%INTAKE_VERSION%', version);
      },
    },
    generateBundle() {
      const dropIn = join(distDir, 'intake-widgets.js');
      if (!existsSync(dropIn))
        this.error('dist/intake-widgets.js is missing: run `npm run build` before building the docs site.');
      for (const name of ['intake-widgets.js', 'intake-widgets.js.map']) {
        const file = join(distDir, name);
        if (existsSync(file)) this.emitFile({ type: 'asset', fileName: name, source: readFileSync(file) });
      }
      const schemas = join(repoRoot, 'schemas');
      for (const name of readdirSync(schemas).filter((n) => n.endsWith('.json')))
        this.emitFile({
          type: 'asset',
          fileName: `schemas/${name}`,
          source: readFileSync(join(schemas, name)),
        });
    },
    configurePreviewServer(server) {
      // The reference receiver behind /api/intake, for the live insurance example.
      let target: URL | null = null;
      let starting: Promise<void> | null = null;
      const start = async () => {
        const modulePath = join(demoDir, 'receiver', 'server.mjs');
        const { startReceiver } = await import(modulePath);
        const receiver = await startReceiver({ port: 0, host: '127.0.0.1', dbPath: ':memory:', log: false });
        target = new URL(receiver.url);
        server.httpServer.once('close', () => receiver.close());
      };
      server.middlewares.use('/api/', (req, res) => {
        starting ??= start();
        starting
          .then(() => {
            const upstream = request(
              {
                host: target!.hostname,
                port: target!.port,
                path: `/api${req.url}`,
                method: req.method,
                headers: req.headers,
              },
              (answer) => {
                res.writeHead(answer.statusCode ?? 502, answer.headers);
                answer.pipe(res);
              },
            );
            upstream.on('error', () => res.writeHead(502).end());
            req.pipe(upstream);
          })
          .catch(() => res.writeHead(502).end());
      });
    },
  };
}

/** After Vite's own rewriting: what is still root-absolute (the demo page's script) is made relative. */
function relativeUrls(): Plugin {
  return {
    name: 'intake-docs-relative-urls',
    transformIndexHtml: {
      order: 'post',
      handler(html, { path }) {
        return relativeRootUrls(html, path.split('/').length - 2);
      },
    },
  };
}

/**
 * Pages load the drop-in as a classic script on purpose (exactly as a site owner will), so Vite's
 * note that it cannot bundle it is expected and left out; every other message is kept. The build
 * prints warnings only; `vite preview` also prints where it listens.
 */
function quietLogger(level: 'info' | 'warn') {
  const logger = createLogger(level);
  const warn = logger.warn.bind(logger);
  logger.warn = (message, options) => {
    if (!/can't be bundled without type="module" attribute/.test(message)) warn(message, options);
  };
  return logger;
}

export default defineConfig(({ isPreview }) => ({
  root: demoDir,
  base: './',
  publicDir: false,
  logLevel: isPreview ? 'info' : 'warn',
  customLogger: quietLogger(isPreview ? 'info' : 'warn'),
  plugins: [docsSite(), relativeUrls()],
  build: {
    outDir: resolve(repoRoot, 'dist-docs'),
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      // The demo page is the docs' "Demo page" link; every docs page is found by the glob.
      input: pageInputs(demoDir, [join(demoDir, 'index.html'), ...htmlFiles(docsDir)]),
    },
  },
  preview: { host: '127.0.0.1', port: 5301, strictPort: true },
}));
