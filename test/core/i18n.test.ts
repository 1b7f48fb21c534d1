import { expect, fixture, html } from '@open-wc/testing';
import { format, langOf, normalizeLang } from '../../src/core/i18n.js';
import { resetWarnings } from '../../src/core/warn.js';
import { withSiteDefaults } from '../fixtures/site-defaults.js';

describe('i18n', () => {
  const langs: Array<[string | null | undefined, string | null]> = [
    ['es', 'es'],
    ['es-MX', 'es'],
    ['ES_us', 'es'],
    ['en-GB', 'en'],
    ['fr', null],
    ['', null],
    [null, null],
    [undefined, null],
  ];
  for (const [input, expected] of langs) {
    it(`normalizeLang(${JSON.stringify(input)}) → ${expected}`, () => {
      expect(normalizeLang(input)).to.equal(expected);
    });
  }

  it('formats placeholders and leaves unknown ones visible', () => {
    expect(format('Call {phone} now', { phone: '(206) 555-0100' })).to.equal('Call (206) 555-0100 now');
    expect(format('Hi {name}', {})).to.equal('Hi {name}');
    expect(format('{constructor}', {})).to.equal('{constructor}');
  });

  it('takes the element lang, then the nearest ancestor, then the site default, then <html lang>', async () => {
    const root = document.documentElement;
    const original = root.getAttribute('lang');
    const tree = await fixture<HTMLDivElement>(
      html`<div lang="es"><span id="a"></span><span id="b" lang="en"></span></div>`,
    );
    const plain = await fixture<HTMLSpanElement>(html`<span></span>`);
    try {
      expect(langOf(tree.querySelector('#a')!)).to.equal('es');
      expect(langOf(tree.querySelector('#b')!)).to.equal('en');
      root.setAttribute('lang', 'es');
      expect(langOf(plain)).to.equal('es');
      window.IntakeWidgets = { ...(window.IntakeWidgets ?? {}), defaults: { lang: 'en' } };
      expect(langOf(plain)).to.equal('en');
      root.setAttribute('lang', 'de');
      window.IntakeWidgets.defaults = {};
      expect(langOf(plain)).to.equal('en');
    } finally {
      if (window.IntakeWidgets) window.IntakeWidgets.defaults = {};
      if (original === null) root.removeAttribute('lang');
      else root.setAttribute('lang', original);
    }
  });

  it('warns once about a data-lang it cannot use, and follows the page', async () => {
    const plain = await fixture<HTMLSpanElement>(html`<span lang="es"></span>`);
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    resetWarnings();
    try {
      await withSiteDefaults({ lang: 'english' }, () => {
        expect(langOf(plain)).to.equal('es');
        expect(langOf(plain)).to.equal('es');
      });
      await withSiteDefaults({ lang: 'es-MX' }, () => expect(langOf(plain)).to.equal('es'));
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal([
      `intake-widgets: data-lang="english" is not "en" or "es"; widgets follow the page's language`,
    ]);
  });

  it('crosses shadow roots to find an ancestor lang', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    shadow.append(inner);
    expect(langOf(inner)).to.equal('es');
  });
});
