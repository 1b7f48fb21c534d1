// The npm package as a user gets it: `npm pack` lists only the intended files, and the packed
// tarball, installed into a fresh project, works both ways: in Node (the DOM-free care model, the
// schemas, the types) and in the browser (bundled by Vite, and the drop-in file by a script tag).
// Needs the build (`npm run test:e2e` builds first). Installing the tarball needs its dependency
// (lit) from the npm cache, which `npm ci` filled; the registry is asked only if it is missing.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { launchBrowser, openPage, serveStatic, widgetsRendered } from './harness.mjs';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const NPM_FLAGS = ['--no-audit', '--no-fund', '--ignore-scripts'];

/** What the package may contain: anything else (src/, test/, demo/, scripts/, …) is a mistake. */
const ALLOWED = [
  /^dist\/intake-widgets\.js(\.map)?$/,
  /^dist\/es\/[\w-]+\.js(\.map)?$/,
  /^dist\/types\/([\w-]+\/)*[\w.-]+\.d\.ts$/,
  // Typed props for React and Vue users (`intake-widgets/react`, `intake-widgets/vue`).
  /^types\/(attributes|react|vue)\.d\.ts$/,
  /^schemas\/[\w-]+\.schema\.json$/,
  /^custom-elements\.json$/,
  /^README\.md$/,
  /^CHANGELOG\.md$/,
  /^LICENSE$/,
  /^package\.json$/,
];

/** Files that must be there, whatever else the build adds. */
const REQUIRED = [
  'package.json',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  'custom-elements.json',
  'dist/intake-widgets.js',
  'dist/intake-widgets.js.map',
  'dist/es/intake-widgets.js',
  'dist/es/index.js',
  'dist/es/care-model.js',
  'dist/types/module.d.ts',
  'dist/types/index.d.ts',
  'dist/types/care-quiz/model.d.ts',
  'types/attributes.d.ts',
  'types/react.d.ts',
  'types/vue.d.ts',
  'schemas/insurance-check-request.schema.json',
  'schemas/insurance-check-response.schema.json',
];

/** Every file an `exports` entry points at (conditions and subpath patterns resolved). */
function exportTargets(files) {
  const targets = [];
  const walk = (value) => {
    if (typeof value === 'string') targets.push(value.replace(/^\.\//, ''));
    else for (const inner of Object.values(value)) walk(inner);
  };
  walk(pkg.exports);
  return targets.flatMap((target) =>
    target.endsWith('*') ? files.filter((f) => f.startsWith(target.slice(0, -1))) : [target],
  );
}

let work; // temporary folder: the tarball and the consumer project
let project;
let tarball;
let packedFiles;

before(
  async () => {
    work = mkdtempSync(join(tmpdir(), 'intake-pack-'));
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json', ...NPM_FLAGS], { cwd: ROOT });
    packedFiles = JSON.parse(stdout)[0].files.map((f) => f.path);
    const packed = await run('npm', ['pack', '--json', '--pack-destination', work, ...NPM_FLAGS], {
      cwd: ROOT,
    });
    tarball = join(work, JSON.parse(packed.stdout)[0].filename);

    project = join(work, 'site');
    mkdirSync(project);
    const files = {
      'package.json': JSON.stringify({ name: 'pack-check-site', private: true, type: 'module' }),
      // Node: the care model, the schemas, and resolution of every subpath.
      'node-check.mjs': `
      import { readFileSync } from 'node:fs';
      import { createRequire } from 'node:module';
      import { fileURLToPath } from 'node:url';
      import { MODEL_VERSION, recommendCare } from 'intake-widgets/care-model';
      const resolve = (s) => fileURLToPath(import.meta.resolve(s));
      const result = recommendCare({ substances: ['alcohol'], frequency: 'daily', 'drinks-per-day': '5-6',
        'withdrawal-now': 'mild', health: ['none'], home: 'safe', support: 'strong' });
      const schema = (name) => JSON.parse(readFileSync(resolve('intake-widgets/schemas/' + name), 'utf8'));
      const req = createRequire(import.meta.url);
      console.log(JSON.stringify({
        model: MODEL_VERSION, outcome: result.outcome, next: result.next,
        request: schema('insurance-check-request.schema.json').$id,
        response: schema('insurance-check-response.schema.json').$id,
        version: JSON.parse(readFileSync(resolve('intake-widgets/package.json'), 'utf8')).version,
        resolved: ['intake-widgets', 'intake-widgets/elements', 'intake-widgets/care-model',
          'intake-widgets/drop-in', 'intake-widgets/custom-elements.json'].map(resolve),
        required: req.resolve('intake-widgets/care-model'),
      }));
    `,
      // Types as a TypeScript user sees them; @ts-expect-error fails the check if a type were \`any\`.
      'types-check.ts': `
      import type { CareRecommendation } from 'intake-widgets/care-model';
      import { recommendCare } from 'intake-widgets/care-model';
      import type { IntakeContactCard, InsuranceRequest } from 'intake-widgets/elements';
      const result: CareRecommendation = recommendCare({ substances: ['alcohol'] });
      const outcome: string = result.outcome;
      // @ts-expect-error: an outcome is a string, not a number
      const wrong: number = result.outcome;
      declare const card: IntakeContactCard;
      const layout: 'card' | 'bar' = card.layout;
      declare const body: InsuranceRequest;
      const mode: 'verify' | 'callback' = body.mode;
      const card2: HTMLElement = card;
      // The drop-in's global, as the README shows it.
      const fromGlobal: CareRecommendation | undefined = window.IntakeWidgets?.recommendCare?.({});
      export { outcome, wrong, layout, mode, card2, fromGlobal };
    `,
      'tsconfig.nodenext.json': JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          lib: ['es2022', 'dom', 'dom.iterable'],
          strict: true,
          noEmit: true,
          types: [],
        },
        files: ['types-check.ts'],
      }),
      'tsconfig.bundler.json': JSON.stringify({
        compilerOptions: {
          module: 'esnext',
          moduleResolution: 'bundler',
          target: 'es2022',
          lib: ['es2022', 'dom', 'dom.iterable'],
          strict: true,
          noEmit: true,
          types: [],
        },
        files: ['types-check.ts'],
      }),
      // Browser, bundled: the entry a Vite user writes.
      'index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Bundled</title>
      <script type="module" src="./entry.js"></script></head><body>
      <intake-contact-card name="Bundled Center" phone="+1-206-555-0100"></intake-contact-card>
      <intake-care-quiz></intake-care-quiz></body></html>`,
      'entry.js': `
      import 'intake-widgets';
      import { IntakeContactCard } from 'intake-widgets/elements';
      // Kinds with elements on the page are defined in tasks of their own, just after the import.
      customElements.whenDefined('intake-contact-card').then((defined) => {
        window.__sameClass = defined === IntakeContactCard;
      });
    `,
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(project, name), text);
  },
  { timeout: 120_000 },
);

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('lists only the intended files', () => {
    const unexpected = packedFiles.filter((file) => !ALLOWED.some((pattern) => pattern.test(file)));
    assert.deepEqual(unexpected, [], 'files that should not be in the package');
    for (const file of REQUIRED) assert.ok(packedFiles.includes(file), `${file} is in the package`);
    for (const dir of ['src/', 'test/', 'demo/', 'scripts/', 'node_modules/'])
      assert.ok(!packedFiles.some((f) => f.startsWith(dir)), `nothing from ${dir}`);
  });

  it('has a file behind every exports target, and a declared license and side effects', () => {
    for (const target of exportTargets(packedFiles))
      assert.ok(packedFiles.includes(target), `exports target ${target} is packed`);
    assert.ok(
      exportTargets(packedFiles).some((t) => t.startsWith('schemas/')),
      'schemas are exported',
    );
    assert.equal(pkg.license, 'MIT');
    assert.match(readFileSync(join(ROOT, 'LICENSE'), 'utf8'), /^MIT License/);
    assert.ok(Array.isArray(pkg.sideEffects), 'sideEffects lists the files that define elements');
    for (const file of pkg.sideEffects.filter((f) => f.startsWith('./dist/')))
      assert.ok(packedFiles.includes(file.slice(2)), `${file} (side effects) is packed`);
  });

  it('has a CHANGELOG entry for its version', () => {
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    assert.match(changelog, new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\]`, 'm'));
  });
});

describe('the packed tarball installed into a new project', () => {
  let browser;
  let server;
  let origin;

  before(
    async () => {
      await run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund'], {
        cwd: project,
        timeout: 120_000,
      });
      const { build } = await import('vite');
      await build({
        root: project,
        configFile: false,
        logLevel: 'silent',
        base: './',
        build: { outDir: join(project, 'bundled'), emptyOutDir: true },
      });
      server = await serveStatic(project);
      origin = server.url;
      browser = await launchBrowser();
    },
    { timeout: 240_000 },
  );

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('imports in Node: the care model gives a result, the schemas resolve', async () => {
    const { stdout } = await run('node', ['node-check.mjs'], { cwd: project });
    const out = JSON.parse(stdout);
    assert.equal(out.model, 'care-quiz/1');
    assert.equal(out.outcome, 'detox');
    assert.deepEqual(out.next, { outcome: 'iop' });
    assert.equal(out.request, 'https://intake-widgets.dev/schemas/insurance-check-request/1.json');
    assert.equal(out.response, 'https://intake-widgets.dev/schemas/insurance-check-response/1.json');
    assert.equal(out.version, pkg.version);
    const installed = join(project, 'node_modules', 'intake-widgets') + sep;
    for (const file of [...out.resolved, out.required])
      assert.ok(file.startsWith(installed), `${file} comes from the installed package`);
  });

  it('type-checks a file that imports its types (moduleResolution nodenext and bundler)', async () => {
    const tsc = join(ROOT, 'node_modules', '.bin', 'tsc');
    for (const config of ['tsconfig.nodenext.json', 'tsconfig.bundler.json']) {
      const result = await run(tsc, ['-p', config], { cwd: project }).catch((error) => error);
      assert.equal(result.code ?? 0, 0, `tsc -p ${config}:\n${result.stdout}${result.stderr}`);
    }
  });

  it('bundled by Vite: the elements are defined and a card renders', async () => {
    const { page, context, record } = await openPage(browser, `${origin}/bundled/index.html`);
    try {
      await widgetsRendered(page, 'intake-contact-card, intake-care-quiz');
      const state = await page.evaluate(() => ({
        defined: ['intake-contact-card', 'intake-care-quiz', 'intake-insurance-check'].map(
          (tag) => typeof customElements.get(tag),
        ),
        sameClass: window.__sameClass,
      }));
      assert.deepEqual(state.defined, ['function', 'function', 'function']);
      assert.equal(state.sameClass, true, 'intake-widgets/elements exports the class that is defined');
      const call = page.locator('intake-contact-card').getByRole('link', { name: /call/i }).first();
      assert.equal(await call.getAttribute('href'), 'tel:+12065550100');
      assert.deepEqual(record.errors, []);
      assert.deepEqual(
        record.console.filter((m) => m.type === 'error'),
        [],
      );
    } finally {
      await context.close();
    }
  });

  it('the installed drop-in file, loaded by a script tag with the hash the build prints, defines them too', async () => {
    const { stdout } = await run('node', ['scripts/size.mjs'], { cwd: ROOT });
    const printed = stdout.match(/integrity="(sha384-[A-Za-z0-9+/]+={0,2})"/)?.[1];
    assert.ok(printed, `the build prints an integrity hash:\n${stdout}`);
    const installedFile = join(project, 'node_modules', 'intake-widgets', 'dist', 'intake-widgets.js');
    const own = `sha384-${createHash('sha384').update(readFileSync(installedFile)).digest('base64')}`;
    assert.equal(printed, own, 'the printed hash is the packed file’s');
    writeFileSync(
      join(project, 'drop-in.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Drop-in</title>
      <script src="./node_modules/intake-widgets/dist/intake-widgets.js" integrity="${printed}"
        crossorigin="anonymous" data-phone="+1-206-555-0100" defer></script></head><body>
      <intake-contact-card name="Drop-in Center"></intake-contact-card></body></html>`,
    );
    const { page, context, record } = await openPage(browser, `${origin}/drop-in.html`);
    try {
      await widgetsRendered(page);
      const state = await page.evaluate(() => ({
        defined: ['intake-contact-card', 'intake-care-quiz', 'intake-insurance-check'].map(
          (tag) => typeof customElements.get(tag),
        ),
        version: window.IntakeWidgets?.version,
      }));
      assert.deepEqual(state.defined, ['function', 'function', 'function']);
      assert.equal(state.version, pkg.version);
      const call = page.locator('intake-contact-card').getByRole('link', { name: /call/i }).first();
      assert.equal(await call.getAttribute('href'), 'tel:+12065550100');
      assert.deepEqual(record.errors, []);
      assert.deepEqual(
        record.console.filter((m) => m.type === 'error'),
        [],
      );
    } finally {
      await context.close();
    }
  });
});
