#!/usr/bin/env node
/**
 * `npm run bench`: builds, serves the built demo and generated fixture pages on 127.0.0.1,
 * measures every budget of engineering.md in one run, prints one table and exits non-zero when
 * a budget is missed. Times are ratios to a baseline measured in the same run, interleaved
 * (A B A B …), median of RUNS; only figures that do not drift (bytes, CLS, long tasks over 50 ms,
 * heap and leaks, Lighthouse Accessibility/Best Practices) gate.
 *
 *   node scripts/bench.mjs [--runs 5] [--no-build] [--no-lighthouse]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;
const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const KB = 1024;

const rows = [];
/** One table row: what, figure, budget, pass (true/false, or null when reported only). */
function row(what, figure, budget = '', pass = null) {
  rows.push({ what, figure, budget, pass });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const range = (xs) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

// ---------------------------------------------------------------------------------------------
// Build: the drop-in file, and a trivial Lit element built the same way for the baseline.

if (!args.includes('--no-build')) {
  execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
}
const { build } = await import('vite');
await build({
  configFile: false,
  logLevel: 'warn',
  root,
  build: {
    outDir: join(root, 'dist', 'bench'),
    emptyOutDir: true,
    minify: true,
    lib: {
      entry: join(root, 'scripts', 'bench-trivial.ts'),
      formats: ['iife'],
      name: 'Trivial',
      fileName: () => 'trivial.js',
    },
  },
});

const dropIn = readFileSync(join(root, 'dist', 'intake-widgets.js'));
const trivial = readFileSync(join(root, 'dist', 'bench', 'trivial.js'));

// ---------------------------------------------------------------------------------------------
// Size, and each part's share from the source map (bytes of generated code per source file).

const gzip = (b) => gzipSync(b, { level: 9 }).length;
const brotli = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
row('drop-in size: raw', kb(dropIn.length));
row('drop-in size: gzip', kb(gzip(dropIn)), '≤ 30 KB (stretch 24 KB)', gzip(dropIn) <= 30 * KB);
row('drop-in size: brotli', kb(brotli(dropIn)));
row('trivial Lit element (floor): gzip', kb(gzip(trivial)));

function shares() {
  const map = JSON.parse(readFileSync(join(root, 'dist', 'intake-widgets.js.map'), 'utf8'));
  const text = dropIn.toString('utf8').split('\n');
  const chars = Array.from(map.sources, () => 0);
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let source = 0;
  map.mappings.split(';').forEach((line, lineIndex) => {
    let column = 0;
    const segments = line ? line.split(',') : [];
    const decoded = segments.map((segment) => {
      const values = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >> 1) : value >> 1);
          value = 0;
          shift = 0;
        }
      }
      return values;
    });
    decoded.forEach((values, i) => {
      column += values[0];
      if (values.length > 1) source += values[1];
      const next = i + 1 < decoded.length ? column + decoded[i + 1][0] : (text[lineIndex] ?? '').length;
      if (values.length > 1) chars[source] += next - column;
    });
  });
  const groups = {};
  map.sources.forEach((name, i) => {
    const group = /node_modules/.test(name)
      ? 'Lit'
      : /i18n\//.test(name)
        ? 'translations (en + es)'
        : /contact-card\//.test(name)
          ? 'contact card'
          : /care-quiz\//.test(name)
            ? 'care quiz'
            : /insurance-check\//.test(name)
              ? 'insurance checker'
              : 'core and styles';
    groups[group] = (groups[group] ?? 0) + chars[i];
  });
  const total = Object.values(groups).reduce((a, b) => a + b, 0);
  for (const [group, n] of Object.entries(groups).sort((a, b) => b[1] - a[1])) {
    row(
      `  share: ${group}`,
      `${((100 * n) / total).toFixed(0)} % (≈ ${kb((gzip(dropIn) * n) / total)} gzip)`,
    );
  }
}
shares();

// ---------------------------------------------------------------------------------------------
// Pages: the built demo, a baseline of the same page with one trivial Lit element instead of
// the widgets, and generated scale pages.

const demoHtml = readFileSync(join(root, 'demo', 'index.html'), 'utf8');
const baselineHtml = demoHtml
  .replace(
    /<script src="\/intake-widgets\.js"[^>]*><\/script>/,
    '<script src="/bench/trivial.js" defer></script>',
  )
  .replace(/<intake-([a-z-]+)[\s\S]*?<\/intake-\1>/g, '')
  .replace('<main id="main">', '<main id="main"><trivial-element></trivial-element>');
const blankHtml = (script) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title><link rel="icon" href="data:,"><script src="${script}"></script></head><body><main></main></body></html>`;

const { startDemoServer } = await import('./serve.mjs');
const demo = await startDemoServer({ port: 0, receiver: true, dbPath: ':memory:' });
const fixtures = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const send = (type, body) =>
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
  if (url.pathname === '/baseline.html') return send('text/html', baselineHtml);
  if (url.pathname === '/blank.html') return send('text/html', blankHtml('/intake-widgets.js'));
  if (url.pathname === '/bench/trivial.js') return send('text/javascript', trivial);
  // Everything else (the demo, the drop-in file, its CSS) comes from the demo server.
  fetch(demo.url + url.pathname)
    .then(async (r) =>
      res
        .writeHead(r.status, { 'Content-Type': r.headers.get('content-type') ?? '' })
        .end(Buffer.from(await r.arrayBuffer())),
    )
    .catch(() => res.writeHead(502).end());
});
await new Promise((done) => fixtures.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${fixtures.address().port}`;

const browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS });

/** Installed before any page script: records render time, layout shifts and long tasks. */
const probe = () => {
  const w = window;
  w.__bench = { cls: 0, longTasks: [], ownScripts: [], rendered: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) w.__bench.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  // The script runs of the measured file (Long Animation Frames attribute each to its source), to
  // tell the widgets' own work apart from the page's parsing, style and layout in the same tasks.
  new PerformanceObserver((list) => {
    for (const frame of list.getEntries())
      for (const run of frame.scripts)
        if (/intake-widgets\.js|trivial\.js/.test(run.sourceURL)) w.__bench.ownScripts.push(run.duration);
  }).observe({ type: 'long-animation-frame', buffered: true });
  const selector = 'intake-care-quiz, intake-insurance-check, intake-contact-card, trivial-element';
  const check = () => {
    // Elements the script defines; any other tag on the page (not built yet) is left out.
    const els = [...document.querySelectorAll(selector)].filter((el) => customElements.get(el.localName));
    const ready = document.readyState !== 'loading' && els.length > 0;
    if (ready && els.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0)) {
      const script = performance
        .getEntriesByType('resource')
        .find((r) => /intake-widgets\.js|trivial\.js/.test(r.name));
      w.__bench.rendered = performance.now() - (script ? script.responseEnd : 0);
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
};

async function measurePage(url, { cpu = 1 } = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.addInitScript(probe);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__bench.rendered !== null, null, { timeout: 30000 });
  await page.waitForTimeout(500);
  const result = await page.evaluate(() => window.__bench);
  await context.close();
  return result;
}

console.log(
  `\nuptime/load: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')} on ${cpus().length} cores; ${RUNS} interleaved runs\n`,
);

// Render time, interleaved A B A B.
const widgetTimes = [];
const baselineTimes = [];
for (let i = 0; i < RUNS; i++) {
  widgetTimes.push((await measurePage(`${base}/`)).rendered);
  baselineTimes.push((await measurePage(`${base}/baseline.html`)).rendered);
}
const ratios = widgetTimes.map((t, i) => t / baselineTimes[i]);
row(
  'render time: demo ÷ trivial-Lit page',
  `${median(ratios).toFixed(2)}× (runs ${range(ratios)}; ${median(widgetTimes).toFixed(0)} ms vs ${median(baselineTimes).toFixed(0)} ms)`,
  '≤ 2×',
  median(ratios) <= 2,
);

// Long tasks and TBT at 4× CPU slowdown; CLS with the README's host CSS (in demo/site.css).
const slow = [];
const slowBase = [];
for (let i = 0; i < RUNS; i++) {
  slow.push(await measurePage(`${base}/`, { cpu: 4 }));
  slowBase.push(await measurePage(`${base}/baseline.html`, { cpu: 4 }));
}
const longest = slow.map((r) => Math.max(0, ...r.longTasks));
const longestBase = slowBase.map((r) => Math.max(0, ...r.longTasks));
const tbt = (r) => r.longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
row(
  'longest task at 4× CPU (demo)',
  `${median(longest).toFixed(0)} ms (runs ${Math.min(...longest).toFixed(0)}–${Math.max(...longest).toFixed(0)}; baseline page ${median(longestBase).toFixed(0)} ms)`,
  'none over 50 ms',
  Math.max(...longest) <= 50,
);
const ownLongest = slow.map((r) => Math.max(0, ...r.ownScripts));
const ownLongestBase = slowBase.map((r) => Math.max(0, ...r.ownScripts));
row(
  // LoAF lists script runs of 5 ms or more inside frames over 50 ms: 0 means none there.
  '  of which the script itself, longest run (LoAF)',
  `${median(ownLongest).toFixed(0)} ms (runs ${Math.min(...ownLongest).toFixed(0)}–${Math.max(...ownLongest).toFixed(0)}; trivial element ${median(ownLongestBase).toFixed(0)} ms)`,
);
row(
  'total blocking time at 4× CPU: demo / baseline',
  `${median(slow.map(tbt)).toFixed(0)} ms / ${median(slowBase.map(tbt)).toFixed(0)} ms`,
);
const cls = Math.max(...slow.map((r) => r.cls));
row('layout shift (CLS), worst run', cls.toFixed(4), '≤ 0.01', cls <= 0.01);

// Scale: 1, 100, 1,000 cards; then 1,000 widgets added and removed.
async function scale() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.addInitScript(() => {
    // Count live timers and listeners, to prove removal leaves none behind.
    const live = { timers: new Set(), listeners: 0 };
    window.__live = live;
    const set = window.setTimeout;
    const clear = window.clearTimeout;
    window.setTimeout = (fn, ms, ...rest) => {
      const id = set(
        (...a) => {
          live.timers.delete(id);
          if (typeof fn === 'function') fn(...a);
        },
        ms,
        ...rest,
      );
      live.timers.add(id);
      return id;
    };
    window.clearTimeout = (id) => {
      live.timers.delete(id);
      clear(id);
    };
    // On EventTarget.prototype, where the widgets take the methods from (they do not trust
    // document.addEventListener, which a named element can shadow); only the page's own targets.
    const proto = EventTarget.prototype;
    const { addEventListener: add, removeEventListener: remove } = proto;
    const counted = (target) => target === window || target === document;
    proto.addEventListener = function (...a) {
      if (counted(this)) live.listeners++;
      return add.apply(this, a);
    };
    proto.removeEventListener = function (...a) {
      if (counted(this)) live.listeners--;
      return remove.apply(this, a);
    };
  });
  await page.goto(`${base}/blank.html`);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const addCards = (n, tags) =>
    page.evaluate(
      async ({ n, tags }) => {
        const host = document.querySelector('main');
        const start = performance.now();
        const els = [];
        for (let i = 0; i < n; i++) {
          const el = document.createElement(tags[i % tags.length]);
          el.setAttribute('phone', '206-555-0100');
          el.setAttribute('hours', 'Mo-Fr 08:00-20:00');
          el.setAttribute('timezone', 'America/Los_Angeles');
          host.append(el);
          els.push(el);
        }
        await Promise.all(els.map((el) => el.updateComplete));
        return performance.now() - start;
      },
      { n, tags },
    );
  const clear = () => page.evaluate(() => document.querySelector('main').replaceChildren());
  const perCard = [];
  for (const n of [1, 100, 1000]) {
    const before = await heap();
    const ms = await addCards(n, ['intake-contact-card']);
    const after = await heap();
    perCard.push({ n, ms, msPer: ms / n, heapPer: (after - before) / n });
    await clear();
  }
  for (const { n, ms, msPer, heapPer } of perCard) {
    row(
      `scale: ${n} contact card${n > 1 ? 's' : ''}`,
      `${ms.toFixed(0)} ms (${msPer.toFixed(2)} ms and ${kb(heapPer)} heap per card)`,
    );
  }
  const growth = perCard[2].msPer / perCard[1].msPer;
  row('scale: time per card, 1,000 ÷ 100', `${growth.toFixed(2)}×`, '≈ 1 (linear; ≤ 2)', growth <= 2);

  const tags = await page.evaluate(() =>
    ['intake-contact-card', 'intake-care-quiz', 'intake-insurance-check'].filter((t) =>
      customElements.get(t),
    ),
  );
  // Warm-up: each widget's first render compiles and caches its templates and style sheets
  // once per page. That is not a leak, so the "before" heap is taken after it.
  await addCards(tags.length * 2, tags);
  await clear();
  const liveBefore = await page.evaluate(() => ({
    timers: window.__live.timers.size,
    listeners: window.__live.listeners,
  }));
  const heapBefore = await heap();
  await addCards(1000, tags);
  await clear();
  await page.waitForTimeout(100);
  const heapAfter = await heap();
  const liveAfter = await page.evaluate(() => ({
    timers: window.__live.timers.size,
    listeners: window.__live.listeners,
  }));
  const heapGrowth = (heapAfter - heapBefore) / heapBefore;
  row(
    `1,000 widgets (${tags.join(', ')}) added, removed: heap`,
    `${(heapGrowth * 100).toFixed(1)} % (${kb(heapBefore)} → ${kb(heapAfter)})`,
    '≤ 10 %',
    heapGrowth <= 0.1,
  );
  const leftovers = liveAfter.timers - liveBefore.timers + (liveAfter.listeners - liveBefore.listeners);
  row(
    '  timers and window/document listeners left',
    `${liveAfter.timers - liveBefore.timers} timers, ${liveAfter.listeners - liveBefore.listeners} listeners`,
    '0',
    leftovers === 0,
  );
  await context.close();
}
await scale();
await browser.close();

// Lighthouse: mobile and desktop, demo vs baseline. Launched through chrome-launcher (async) so
// the server in this process keeps answering.
if (!args.includes('--no-lighthouse')) {
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: ['--headless=new', ...CHROME_ARGS],
  });
  try {
    for (const [form, config] of [
      ['mobile', undefined],
      ['desktop', desktopConfig],
    ]) {
      const scores = {};
      for (const [name, url] of [
        ['demo', `${base}/`],
        ['baseline', `${base}/baseline.html`],
      ]) {
        const result = await lighthouse(
          url,
          { port: chrome.port, output: 'json', logLevel: 'error' },
          config,
        );
        const { categories, audits } = result.lhr;
        scores[name] = {
          performance: Math.round(categories.performance.score * 100),
          accessibility: Math.round(categories.accessibility.score * 100),
          bestPractices: Math.round(categories['best-practices'].score * 100),
          tbt: audits['total-blocking-time'].numericValue,
          cls: audits['cumulative-layout-shift'].numericValue,
          lcp: audits['largest-contentful-paint'].numericValue,
          failing: Object.values(audits)
            .filter(
              (a) =>
                a.score !== null &&
                a.score < 1 &&
                ['accessibility', 'best-practices'].some((c) =>
                  categories[c].auditRefs.some((r) => r.id === a.id && r.weight > 0),
                ),
            )
            .map((a) => a.id),
        };
      }
      const d = scores.demo;
      const b = scores.baseline;
      row(
        `Lighthouse ${form}: Accessibility`,
        `${d.accessibility} (baseline ${b.accessibility})${d.failing.length ? `; failing: ${d.failing.join(', ')}` : ''}`,
        '100',
        d.accessibility === 100,
      );
      row(
        `Lighthouse ${form}: Best Practices`,
        `${d.bestPractices} (baseline ${b.bestPractices})`,
        '100',
        d.bestPractices === 100,
      );
      row(
        `Lighthouse ${form}: Performance`,
        `${d.performance} (baseline ${b.performance})`,
        form === 'mobile' ? '≥ 95 (reported; drifts)' : '',
      );
      row(
        `Lighthouse ${form}: TBT / CLS / LCP`,
        `${d.tbt.toFixed(0)} ms / ${d.cls.toFixed(3)} / ${(d.lcp / 1000).toFixed(2)} s (baseline ${b.tbt.toFixed(0)} ms / ${b.cls.toFixed(3)} / ${(b.lcp / 1000).toFixed(2)} s)`,
      );
    }
  } finally {
    await chrome.kill();
  }
}

await new Promise((done) => fixtures.close(done));
await demo.close();

// ---------------------------------------------------------------------------------------------
const width = Math.max(...rows.map((r) => r.what.length));
const figWidth = Math.max(...rows.map((r) => String(r.figure).length));
console.log(`${'what'.padEnd(width)}  ${'figure'.padEnd(figWidth)}  budget`);
for (const r of rows) {
  const mark = r.pass === null ? '' : r.pass ? '  ok' : '  MISSED';
  console.log(`${r.what.padEnd(width)}  ${String(r.figure).padEnd(figWidth)}  ${r.budget}${mark}`);
}
const missed = rows.filter((r) => r.pass === false);
console.log(missed.length ? `\n${missed.length} budget(s) missed.` : '\nAll budgets met.');
process.exit(missed.length ? 1 : 0);
