import { expect } from '@open-wc/testing';
import { safeUrl, type UrlKind } from '../../src/core/safe-url.js';

const PAGE = 'https://center.example/iop?x=1';

describe('safeUrl', () => {
  const cases: Array<[string, UrlKind[], string | null]> = [
    ['https://maps.example/?q=1', ['https'], 'https://maps.example/?q=1'],
    ['http://maps.example/', ['https'], null],
    ['http://localhost:8787/api/intake', ['https', 'localhost'], 'http://localhost:8787/api/intake'],
    ['http://127.0.0.1:8787/api', ['localhost'], 'http://127.0.0.1:8787/api'],
    ['http://127.0.0.1.evil.example/api', ['localhost'], null],
    ['http://localhost/api', ['https'], null],
    ['/api/intake', ['same-origin'], 'https://center.example/api/intake'],
    ['/api/intake', ['https'], 'https://center.example/api/intake'],
    ['//evil.example/api', ['same-origin'], null],
    ['https://other.example/api', ['same-origin'], null],
    ['javascript:alert(1)', ['https', 'same-origin', 'tel', 'sms', 'mailto', 'localhost'], null],
    ['JaVaScRiPt:alert(1)', ['https', 'same-origin'], null],
    ['java\tscript:alert(1)', ['https', 'same-origin'], null],
    ['data:text/html,<script>alert(1)</script>', ['https', 'same-origin'], null],
    ['tel:+12065550100', ['tel'], 'tel:+12065550100'],
    ['tel:+12065550100', ['https'], null],
    ['sms:988', ['sms'], 'sms:988'],
    ['mailto:a@example.org', ['mailto'], 'mailto:a@example.org'],
    ['mailto:a@example.org', ['tel'], null],
    ['', ['https'], null],
    ['   ', ['same-origin'], null],
    [`https://x.example/${'a'.repeat(3000)}`, ['https'], null],
    // Pasted markup and direction overrides are never an address someone meant.
    ['<img src=x onerror=alert(1)>', ['same-origin'], null],
    ['https://maps.example/?q="a"', ['https'], null],
    ['https://maps.example/`x`', ['https'], null],
    ['https://maps.example/\u202egnp.exe', ['https'], null],
    // Spaces and apostrophes in a pasted map search are encoded, not refused.
    ["https://maps.example/?q=St. Mary's", ['https'], 'https://maps.example/?q=St.%20Mary%27s'],
  ];
  for (const [input, kinds, expected] of cases) {
    it(`${JSON.stringify(input.slice(0, 50))} with ${kinds.join(',')} → ${expected}`, () => {
      expect(safeUrl(input, kinds, PAGE)).to.equal(expected);
    });
  }

  it('returns null for non-strings', () => {
    expect(safeUrl(null, ['https'], PAGE)).to.equal(null);
    expect(safeUrl(undefined, ['https'], PAGE)).to.equal(null);
    expect(safeUrl(42 as unknown as string, ['https'], PAGE)).to.equal(null);
  });
});
