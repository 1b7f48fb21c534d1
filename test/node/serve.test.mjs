// The demo server (scripts/serve.mjs): what any page on the machine could send it must not stop it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startDemoServer } from '../../scripts/serve.mjs';

let server;
before(async () => {
  server = await startDemoServer({ port: 0, receiver: false });
});
after(() => server?.close());

test('a path that cannot be decoded is a 404, and the server keeps serving', async () => {
  for (const path of ['/%E0%A4%A', '/dist/%E0%A4%A', '/node_modules/lit/%E0%A4%A']) {
    assert.equal((await fetch(`${server.url}${path}`)).status, 404, path);
  }
  assert.equal((await fetch(`${server.url}/`)).status, 200);
});

test('nothing outside the demo is served, however the path is written', async () => {
  for (const path of [
    '/..%2Fpackage.json',
    '/%2e%2e/package.json',
    '/dist/..%2F..%2Fpackage.json',
    // Past Lit's folder, into any other package.
    '/node_modules/lit/..%2fvite/package.json',
    '/node_modules/lit/%2e%2e/%2e%2e/package.json',
  ]) {
    assert.equal((await fetch(`${server.url}${path}`)).status, 404, path);
  }
});

test("Lit's own files are served, for the pages that load the ES build", async () => {
  assert.equal((await fetch(`${server.url}/node_modules/lit/package.json`)).status, 200);
});
