import { expect } from '@open-wc/testing';
import { defaultsFromScript, siteDefaults } from '../../src/core/defaults.js';
import { define } from '../../src/core/define.js';
import { VERSION } from '../../src/core/version.js';
import { quoteValue, resetWarnings, warnOnce } from '../../src/core/warn.js';

async function warningsDuring(run: () => void): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('define', () => {
  beforeEach(() => resetWarnings());

  it('defines once and ignores a second definition of the same version silently', async () => {
    class A extends HTMLElement {
      static intakeVersion = VERSION;
    }
    class B extends HTMLElement {
      static intakeVersion = VERSION;
    }
    const warnings = await warningsDuring(() => {
      define('intake-test-same', A);
      define('intake-test-same', B);
    });
    expect(customElements.get('intake-test-same')).to.equal(A);
    expect(warnings).to.deep.equal([]);
  });

  it('warns once when another version holds the tag, and never throws', async () => {
    class Old extends HTMLElement {
      static intakeVersion = '0.0.1';
    }
    class New extends HTMLElement {}
    const warnings = await warningsDuring(() => {
      define('intake-test-clash', Old);
      define('intake-test-clash', New);
      define('intake-test-clash', New);
    });
    expect(customElements.get('intake-test-clash')).to.equal(Old);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('version 0.0.1');
  });

  it('contains an invalid tag as a warning', async () => {
    class C extends HTMLElement {}
    const warnings = await warningsDuring(() => define('Not A Tag', C));
    expect(warnings[0]).to.contain('could not define');
  });
});

describe('site defaults', () => {
  it('reads data-* attributes from a script element', () => {
    const script = document.createElement('script');
    script.dataset.phone = ' +1-206-555-0100 ';
    script.dataset.endpoint = '/api/intake';
    script.dataset.analytics = 'datalayer';
    script.setAttribute('data-hours', 'Mo-Fr 08:00-20:00');
    script.setAttribute('data-timezone', 'America/Los_Angeles');
    script.setAttribute('data-after-hours-phone', '206-555-0199');
    script.dataset.other = 'ignored';
    expect(defaultsFromScript(script)).to.deep.equal({
      phone: '+1-206-555-0100',
      endpoint: '/api/intake',
      analytics: 'datalayer',
      hours: 'Mo-Fr 08:00-20:00',
      timezone: 'America/Los_Angeles',
      afterHoursPhone: '206-555-0199',
    });
    expect(defaultsFromScript(null)).to.deep.equal({});
  });

  it("reads a setting in a word processor's curly quotes without them, saying so once", async () => {
    resetWarnings();
    const script = document.createElement('script');
    script.setAttribute('data-phone', '\u201c206-555-0100\u201d');
    let read = {};
    const warnings = await warningsDuring(() => {
      read = defaultsFromScript(script);
      defaultsFromScript(script);
    });
    expect(read).to.deep.equal({ phone: '206-555-0100' });
    // Only a pair around the whole value.
    script.setAttribute('data-phone', '206-555-0100\u201d');
    expect(defaultsFromScript(script)).to.deep.equal({ phone: '206-555-0100\u201d' });
    expect(warnings).to.deep.equal([
      'intake-widgets: data-phone="\u201c206-555-0100\u201d" on the script tag has curly quotes (\u201c \u201d) from a word processor; type straight quotes (") around each value.',
    ]);
  });

  it('tolerates anything a site puts on window.IntakeWidgets', () => {
    const saved = window.IntakeWidgets;
    try {
      for (const value of [null, 42, 'x', [], { defaults: null }, { defaults: { phone: 5, lang: 'es' } }]) {
        window.IntakeWidgets = value as never;
        expect(() => siteDefaults()).to.not.throw();
      }
      expect(siteDefaults()).to.deep.equal({ lang: 'es' });
    } finally {
      window.IntakeWidgets = saved;
    }
  });
});

describe('warnings', () => {
  beforeEach(() => resetWarnings());

  it('prints each message once with the intake-widgets prefix', async () => {
    const warnings = await warningsDuring(() => {
      warnOnce('x is bad');
      warnOnce('x is bad');
      warnOnce('y is bad');
    });
    expect(warnings).to.deep.equal(['intake-widgets: x is bad', 'intake-widgets: y is bad']);
  });

  it('shortens and neutralises hostile values', () => {
    expect(quoteValue('a'.repeat(500)).length).to.be.below(70);
    expect(quoteValue('\u202Eevil\u0000')).to.equal('"�evil�"');
    // What takes no room is shown by its code: the value looks right otherwise.
    expect(quoteValue('206 555 0100\u200B')).to.equal('"206 555 0100\\u200B"');
    expect(quoteValue('206 555 0100\u200E')).to.equal('"206 555 0100\\u200E"');
    expect(quoteValue('\uFEFFAmerica/Chicago\u00AD')).to.equal('"\\uFEFFAmerica/Chicago\\u00AD"');
  });
});
