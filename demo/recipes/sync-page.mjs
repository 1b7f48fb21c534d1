#!/usr/bin/env node
// Copies the recipe files into demo/docs/recipes.html, HTML-escaped, into each
// <code data-file="demo/recipes/…"> block, so the page shows them exactly as they are.
// Run after editing a recipe: node demo/recipes/sync-page.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const pageUrl = new URL('demo/docs/recipes.html', root);
const toHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const page = readFileSync(pageUrl, 'utf8').replace(
  /(<code[^>]*data-file="([^"]+)"[^>]*>)[\s\S]*?(<\/code>)/g,
  (_whole, open, file, close) => open + toHtml(readFileSync(new URL(file, root), 'utf8')) + close,
);
writeFileSync(pageUrl, page);
