#!/usr/bin/env node
// Prints the drop-in file's size (raw, gzip, brotli) after a build, against the budget, and its
// Subresource Integrity hash for a `<script integrity="…">` tag. It reports and does not fail the
// build: `npm run bench` is the gate for budgets.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUDGET_GZIP = 30 * 1024;
const file = 'dist/intake-widgets.js';
const bytes = readFileSync(file);
const gzip = gzipSync(bytes, { level: 9 }).length;
const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `${file}: ${kb(bytes.length)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli (budget ${kb(BUDGET_GZIP)} gzip)`,
);
if (gzip > BUDGET_GZIP) {
  console.warn(`OVER THE SIZE BUDGET by ${kb(gzip - BUDGET_GZIP)} (npm run bench shows each part's share)`);
}

// The same value as `openssl dgst -sha384 -binary FILE | openssl base64 -A`, prefixed. Written
// next to the file too, for the docs build (not part of the npm package).
const sri = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
writeFileSync(`${file}.sri`, `${sri}\n`);
console.log(`${file}: integrity="${sri}"`);
