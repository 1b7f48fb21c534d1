// The version the drop-in file reports must be the package's version.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

test('src/core/version.ts matches package.json', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const source = readFileSync(new URL('../../src/core/version.ts', import.meta.url), 'utf8');
  const match = source.match(/VERSION = '([^']+)'/);
  assert.ok(match, 'VERSION constant found');
  assert.equal(match[1], pkg.version);
});
