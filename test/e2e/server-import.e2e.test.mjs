// The ES module build imported where there is no page, as a server-rendering framework (Next.js,
// Nuxt, Astro) evaluates a component's imports on the server. Needs the build (dist/es), so it
// lives with the e2e suite, which runs after `npm run build`.
import assert from 'node:assert/strict';
import { test } from 'node:test';

test('importing the package and its elements in Node, without a DOM, does not throw', async () => {
  assert.equal(typeof globalThis.document, 'undefined');
  const elements = await import('intake-widgets/elements');
  assert.equal(typeof elements.IntakeContactCard, 'function');
  const main = await import('intake-widgets');
  assert.equal(typeof main.recommendCare, 'function');
});
