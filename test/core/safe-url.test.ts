import { expect } from '@open-wc/testing';
import {
  encodeText,
  endpointRefusal,
  missingScheme,
  offThisComputer,
  safeUrl,
  type UrlKind,
} from '../../src/core/safe-url.js';

const PAGE = 'https://center.example/iop?x=1';

describe('safeUrl', () => {
  const cases: Array<[string, UrlKind[], string | null]> = [
    ['https://maps.example/?q=1', ['https'], 'https://maps.example/?q=1'],
    ['http://maps.example/', ['https'], null],
    ['http://localhost:8787/api/intake', ['https', 'localhost'], 'http://localhost:8787/api/intake'],
    ['http://127.0.0.1:8787/api', ['localhost'], 'http://127.0.0.1:8787/api'],
    ['http://127.0.0.1.evil.example/api', ['localhost'], null],
    ['http://[::1]:8787/api', ['localhost'], 'http://[::1]:8787/api'],
    ['http://localhost/api', ['https'], null],
    ['/api/intake', ['same-origin'], 'https://center.example/api/intake'],
    ['/api/intake', ['https'], 'https://center.example/api/intake'],
    ['//evil.example/api', ['same-origin'], null],
    ['https://other.example/api', ['same-origin'], null],
    // A blob: URL carries the page's origin, but it is not a web address an endpoint can be.
    ['blob:https://center.example/0f2c5a3e-7c1b-4a57-9a60-1f0d2b7b9c11', ['same-origin'], null],
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
    // At most 2,048 characters.
    [`https://x.example/${'a'.repeat(2030)}`, ['https'], `https://x.example/${'a'.repeat(2030)}`],
    [`https://x.example/${'a'.repeat(2031)}`, ['https'], null],
    // Pasted markup and direction overrides are never an address someone meant.
    ['<img src=x onerror=alert(1)>', ['same-origin'], null],
    ['https://maps.example/?q="a"', ['https'], null],
    ['https://maps.example/`x`', ['https'], null],
    ['https://maps.example/\u202egnp.exe', ['https'], null],
    // Each of those characters alone, where the URL parser would quietly percent-encode it.
    ['https://maps.example/a\u0000b', ['https'], null],
    ['https://maps.example/a\u001fb', ['https'], null],
    ['https://maps.example/a\u007fb', ['https'], null],
    ['https://maps.example/?q=a<b', ['https'], null],
    ['https://maps.example/?q=a>b', ['https'], null],
    ['https://maps.example/\u202aexe', ['https'], null],
    ['https://maps.example/\u2066exe', ['https'], null],
    ['https://maps.example/\u2069exe', ['https'], null],
    // Another site's address without https:// would be a path on this site: refused.
    ['intake.example.org/api', ['same-origin', 'https'], null],
    ['www.example.org', ['same-origin'], null],
    ['maps.app.goo.gl/AbC123', ['same-origin', 'https'], null],
    ['api.center.health:8443/intake', ['same-origin'], null],
    ['Example.COM?q=1', ['same-origin'], null],
    // A file or a folder of this site is not another site's address.
    ['intake.php', ['same-origin'], 'https://center.example/intake.php'],
    ['api/intake.json', ['same-origin'], 'https://center.example/api/intake.json'],
    ['team/photo.jpg', ['same-origin'], 'https://center.example/team/photo.jpg'],
    ['./www.example.org', ['same-origin'], 'https://center.example/www.example.org'],
    ['/maps.example.com/x', ['same-origin'], 'https://center.example/maps.example.com/x'],
    // Spaces and apostrophes in a pasted map search are encoded, not refused.
    ["https://maps.example/?q=St. Mary's", ['https'], 'https://maps.example/?q=St.%20Mary%27s'],
  ];
  for (const [input, kinds, expected] of cases) {
    it(`${JSON.stringify(input.slice(0, 50))} with ${kinds.join(',')} → ${expected}`, () => {
      expect(safeUrl(input, kinds, PAGE)).to.equal(expected);
    });
  }

  it('counts same-origin on a plain-http page too (a local preview)', () => {
    expect(safeUrl('/api/intake', ['same-origin'], 'http://localhost:8000/iop')).to.equal(
      'http://localhost:8000/api/intake',
    );
  });

  it('resolves against the page itself when no base is given (how the widgets call it)', () => {
    expect(safeUrl('/api/intake', ['same-origin'])).to.equal(`${location.origin}/api/intake`);
    expect(safeUrl('https://other.example/api', ['same-origin'])).to.equal(null);
  });

  it('returns null for non-strings', () => {
    expect(safeUrl(null, ['https'], PAGE)).to.equal(null);
    expect(safeUrl(undefined, ['https'], PAGE)).to.equal(null);
    expect(safeUrl(42 as unknown as string, ['https'], PAGE)).to.equal(null);
  });
});

describe('missingScheme', () => {
  it("gives another site's address written without its scheme with https:// in front", () => {
    expect(missingScheme(' intake.example.org/api ')).to.equal('https://intake.example.org/api');
    expect(missingScheme('www.center.example/x')).to.equal('https://www.center.example/x');
    expect(missingScheme('sub.center.care#map')).to.equal('https://sub.center.care#map');
  });

  it('is null for paths, file names and addresses with a scheme', () => {
    for (const value of [
      '/api',
      'api/intake',
      'intake.php',
      'photo.jpg',
      'https://x.example.org',
      'tel:911',
      'mailto:a@b.org',
      'localhost:8787/api',
      'example.organic/x',
      '',
    ]) {
      expect(missingScheme(value), value).to.equal(null);
    }
  });
});

describe('endpointRefusal', () => {
  it('refuses documentation placeholders and plain http off this computer, and nothing else', () => {
    for (const href of [
      'https://example.org/api/intake',
      'https://www.example.com/x',
      'https://intake.example/api',
      'https://EXAMPLE.NET/',
    ]) {
      expect(endpointRefusal(href), href).to.contain('an example address');
    }
    expect(endpointRefusal('http://treatment-center.com/api/intake')).to.contain('not served over https');
    for (const href of [
      'https://myexample.com/api',
      'https://example.co/api',
      'https://center.org/api/intake',
      'http://localhost:8787/api',
      'http://127.0.0.1/api',
      'http://[::1]:80/api',
    ]) {
      expect(endpointRefusal(href), href).to.equal(null);
    }
  });
});

describe('offThisComputer', () => {
  it("is true only for this computer's endpoint on a page served from elsewhere", () => {
    expect(offThisComputer('http://localhost:8787/api', 'www.center.org')).to.equal(true);
    expect(offThisComputer('https://127.0.0.1/api', 'center.org')).to.equal(true);
    expect(offThisComputer('http://[::1]/api', 'center.org')).to.equal(true);
    // Testing on this computer: the page is here too.
    expect(offThisComputer('http://localhost:8787/api', 'localhost')).to.equal(false);
    expect(offThisComputer('http://127.0.0.1:8787/api', '127.0.0.1')).to.equal(false);
    expect(offThisComputer('https://center.org/api', 'center.org')).to.equal(false);
  });
});

describe('encodeText', () => {
  it('turns a lone surrogate, high or low, into U+FFFD and keeps whole pairs', () => {
    expect(encodeText('a\uD800')).to.equal('a%EF%BF%BD');
    expect(encodeText('\uDFFFa')).to.equal('%EF%BF%BDa');
    expect(encodeText('\u{10000}\u{10FFFF}')).to.equal('%F0%90%80%80%F4%8F%BF%BF');
  });
});
