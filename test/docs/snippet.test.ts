// The configurator's pure logic: escaping, the snippet's shape, the checks, and that its copies of
// the widgets' phone and hours rules still agree with the widgets.
import { expect } from '@open-wc/testing';
import {
  attribute,
  buildSnippet,
  carrierList,
  cdnUrl,
  check,
  contrastRatio,
  emptyValues,
  hoursErrors,
  isSiteUrl,
  isThemeValue,
  parseColor,
  parsePhone,
  sriFromDigest,
  type ThemeOption,
  themeCss,
  type Values,
  type WidgetId,
  widgetAttributes,
} from '../../demo/docs/snippet.js';
import { parseOpeningHours } from '../../src/core/opening-hours.js';
import { parsePhone as widgetParsePhone } from '../../src/core/phone.js';
import { parseCarriers } from '../../src/insurance-check/carriers.js';

const VERSION = '0.1.0';
const INTEGRITY = `sha384-${'A'.repeat(64)}`;

function values(overrides: Partial<Values> = {}): Values {
  return { ...emptyValues(), ...overrides };
}

function snippet(widget: WidgetId, overrides: Partial<Values> = {}, integrity = INTEGRITY): string {
  const v = values(overrides);
  return buildSnippet({ widget, values: v, version: VERSION, integrity, errors: check(widget, v).errors });
}

/** The snippet as a browser reads it (scripts inert). */
function parse(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
}

function attributesOf(element: Element | null): Array<[string, string]> {
  return element ? [...element.attributes].map((a) => [a.name, a.value]) : [];
}

describe('attribute(): how a value is written', () => {
  const cases: Array<[string | true, string]> = [
    ['Cedar Hollow', 'name="Cedar Hollow"'],
    [true, 'name'],
    ['', 'name=""'],
    ['Smith & Sons', 'name="Smith &amp; Sons"'],
    ['Smith & Sons "Recovery"', `name='Smith &amp; Sons "Recovery"'`],
    [`O'Brien "House"`, `name="O'Brien &quot;House&quot;"`],
    [`O'Brien`, `name="O'Brien"`],
    ['<b>', 'name="&lt;b&gt;"'],
    ['&amp;', 'name="&amp;amp;"'],
    ['tab\there', 'name="tab\there"'],
    ['nul\u0000bell\u0007', 'name="nulbell"'],
  ];
  for (const [value, written] of cases) {
    it(JSON.stringify(value), () => {
      expect(attribute('name', value)).to.equal(written);
    });
  }
});

describe('every value survives the round trip through the snippet', () => {
  const hostile = [
    'Smith & Sons "Recovery"',
    `O'Brien's "Place" & Co.`,
    '</intake-contact-card><script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    `'><svg onload=alert(1)>`,
    '&amp; already escaped &lt;',
    '&#39; &quot; &#x22;',
    'Clínica Esperanza – Recuperación 🌿',
    'a > b < c',
    '{"heading":"json"}',
    '<!-- comment -->',
  ];
  for (const text of hostile) {
    it(`name ${JSON.stringify(text)}`, () => {
      const doc = parse(snippet('contact-card', { name: text, phone: '206-555-0100', address: text }));
      const card = doc.querySelector('intake-contact-card');
      expect(card?.getAttribute('name')).to.equal(text);
      expect(card?.getAttribute('address')).to.equal(text);
      expect(doc.querySelectorAll('script').length, 'one script').to.equal(1);
      expect(doc.querySelectorAll('style').length, 'one style').to.equal(1);
      expect(doc.querySelectorAll('img, svg').length, 'no injected element').to.equal(0);
      expect(card?.children.length).to.equal(1);
      expect(card?.querySelector('a')?.getAttribute('href')).to.equal('tel:+12065550100');
    });
    it(`insurance heading ${JSON.stringify(text)} (through the strings JSON)`, () => {
      const doc = parse(snippet('insurance-check', { heading: text, carriers: `Aetna, ${text}` }));
      const element = doc.querySelector('intake-insurance-check');
      expect(JSON.parse(element?.getAttribute('strings') ?? '{}')).to.deep.equal({ heading: text });
      // The names the widget will list are the names typed (semicolons separate, see carrierList).
      expect(parseCarriers(element?.getAttribute('carriers'))).to.deep.equal(parseCarriers(`Aetna, ${text}`));
      expect(doc.querySelectorAll('script').length).to.equal(1);
    });
  }
});

describe('buildSnippet: what each widget gets', () => {
  const SRC = 'https://cdn.jsdelivr.net/npm/intake-widgets@0.1.0/dist/intake-widgets.js';
  const cases: Array<{
    title: string;
    widget: WidgetId;
    options: Partial<Values>;
    script: Array<[string, string]>;
    element: Array<[string, string]>;
    inside: string;
  }> = [
    {
      title: 'a bare contact card',
      widget: 'contact-card',
      options: {},
      script: [],
      element: [],
      inside: '',
    },
    {
      title: 'a full contact card: the phone as a tel: link inside',
      widget: 'contact-card',
      options: {
        name: 'Cedar Hollow',
        heading: 'Call us',
        phone: '+1 206 555 0100',
        sms: true,
        email: 'admissions@example.org',
        address: '1200 Example Ave, Seattle, WA',
        hours: 'Mo-Fr 08:00-20:00; Sa 09:00-17:00',
        timezone: 'America/Los_Angeles',
        afterHoursPhone: '206-555-0199',
        crisis: true,
        lang: 'es',
      },
      script: [],
      element: [
        ['name', 'Cedar Hollow'],
        ['heading', 'Call us'],
        ['sms', ''],
        ['email', 'admissions@example.org'],
        ['address', '1200 Example Ave, Seattle, WA'],
        ['hours', 'Mo-Fr 08:00-20:00; Sa 09:00-17:00'],
        ['timezone', 'America/Los_Angeles'],
        ['after-hours-phone', '206-555-0199'],
        ['crisis', ''],
        ['lang', 'es'],
      ],
      inside: '<a href="tel:+12065550100">(206) 555-0100</a>',
    },
    {
      title: 'a call bar texting another number',
      widget: 'contact-card',
      options: { phone: '2065550100', sms: true, smsNumber: '(206) 555-0142', layout: 'bar' },
      script: [],
      element: [
        ['sms', '(206) 555-0142'],
        ['layout', 'bar'],
      ],
      inside: '<a href="tel:+12065550100">(206) 555-0100</a>',
    },
    {
      title: 'site defaults: phone and language on the script tag',
      widget: 'contact-card',
      options: { phone: '206-555-0100', lang: 'es', siteDefaults: true, name: 'X' },
      script: [
        ['data-phone', '206-555-0100'],
        ['data-lang', 'es'],
      ],
      element: [['name', 'X']],
      inside: '<a href="tel:+12065550100">(206) 555-0100</a>',
    },
    {
      title: "site defaults: a card's hours, zone and 24/7 line on the script tag too",
      widget: 'contact-card',
      options: {
        phone: '206-555-0100',
        hours: 'Mo-Fr 08:00-20:00',
        timezone: 'America/Chicago',
        afterHoursPhone: '206-555-0199',
        siteDefaults: true,
        name: 'X',
      },
      script: [
        ['data-phone', '206-555-0100'],
        ['data-hours', 'Mo-Fr 08:00-20:00'],
        ['data-timezone', 'America/Chicago'],
        ['data-after-hours-phone', '206-555-0199'],
      ],
      element: [['name', 'X']],
      inside: '<a href="tel:+12065550100">(206) 555-0100</a>',
    },
    {
      title: 'a quiz',
      widget: 'care-quiz',
      options: {
        heading: 'Which program fits?',
        phone: '206-555-0100',
        insuranceHref: '/insurance',
        lang: 'en',
      },
      script: [],
      element: [
        ['heading', 'Which program fits?'],
        ['phone', '206-555-0100'],
        ['insurance-href', '/insurance'],
        ['lang', 'en'],
      ],
      inside: '<p>Call <a href="tel:+12065550100">(206) 555-0100</a> to talk about which program fits.</p>',
    },
    {
      title: 'a quiz with site defaults',
      widget: 'care-quiz',
      options: { phone: '206-555-0100', lang: 'es', siteDefaults: true },
      script: [
        ['data-phone', '206-555-0100'],
        ['data-lang', 'es'],
      ],
      element: [],
      inside:
        '<p>Llame al <a href="tel:+12065550100">(206) 555-0100</a> para hablar de qué programa le conviene.</p>',
    },
    {
      title: 'an insurance check: carriers one per line, heading as strings',
      widget: 'insurance-check',
      options: {
        heading: 'Check your coverage',
        phone: '206-555-0100',
        endpoint: 'https://intake.cascade-recovery.org/api/intake',
        carriers: ' Aetna \n\nCigna,  Premera   Blue Cross ,',
        cardUpload: true,
      },
      script: [],
      element: [
        ['strings', '{"heading":"Check your coverage"}'],
        ['phone', '206-555-0100'],
        ['endpoint', 'https://intake.cascade-recovery.org/api/intake'],
        ['carriers', 'Aetna, Cigna, Premera Blue Cross'],
        ['card-upload', ''],
      ],
      inside:
        '<p>Call <a href="tel:+12065550100">(206) 555-0100</a> and we will check your benefits with you.</p>',
    },
    {
      title: 'options of other widgets are ignored',
      widget: 'care-quiz',
      options: {
        name: 'Nope',
        hours: '24/7',
        carriers: 'Aetna',
        endpoint: '/x',
        crisis: true,
        layout: 'bar',
      },
      script: [],
      element: [],
      inside: '',
    },
    {
      title: 'values that would be refused are left out',
      widget: 'contact-card',
      options: {
        name: 'Kept',
        phone: '555-0100',
        email: 'not an email',
        hours: 'weekdays 9 to 5',
        timezone: 'Mars/Olympus',
        sms: true,
        smsNumber: '12',
        afterHoursPhone: 'call us',
      },
      script: [],
      element: [
        ['name', 'Kept'],
        ['sms', ''],
      ],
      inside: '',
    },
  ];
  for (const { title, widget, options, script, element, inside } of cases) {
    it(title, () => {
      const html = snippet(widget, options);
      const doc = parse(html);
      const tag = `intake-${widget}`;
      expect(attributesOf(doc.querySelector('script'))).to.deep.equal([
        ['src', SRC],
        ['integrity', INTEGRITY],
        ['crossorigin', 'anonymous'],
        ...script,
        ['defer', ''],
      ]);
      expect(attributesOf(doc.querySelector(tag))).to.deep.equal(element);
      expect(doc.querySelector(tag)?.innerHTML.trim()).to.equal(inside);
      expect(doc.body.children.length, 'script, style, element').to.equal(3);
      expect(doc.querySelector('style')?.textContent).to.include(`${tag}`);
    });
  }

  it('leaves integrity and crossorigin out when the hash is not known', () => {
    const doc = parse(snippet('care-quiz', {}, ''));
    expect(attributesOf(doc.querySelector('script'))).to.deep.equal([
      ['src', SRC],
      ['defer', ''],
    ]);
  });

  for (const version of ['latest', '1', '1.0', '', '0.1.0"><script>', '0.1.0/../../evil']) {
    it(`refuses the version ${JSON.stringify(version)}`, () => {
      expect(() => cdnUrl(version)).to.throw(TypeError);
      expect(() => buildSnippet({ widget: 'care-quiz', values: values(), version })).to.throw(TypeError);
    });
  }
  for (const version of ['0.1.0', '12.3.45', '1.0.0-beta.2']) {
    it(`pins the version ${version}`, () => {
      expect(cdnUrl(version)).to.equal(
        `https://cdn.jsdelivr.net/npm/intake-widgets@${version}/dist/intake-widgets.js`,
      );
    });
  }
  for (const integrity of ['sha256-abc', 'sha384-short', `sha384-${'A'.repeat(63)}"`]) {
    it(`refuses the integrity ${JSON.stringify(integrity)}`, () => {
      expect(() =>
        buildSnippet({ widget: 'care-quiz', values: values(), version: VERSION, integrity }),
      ).to.throw(TypeError);
    });
  }
});

describe('sriFromDigest', () => {
  const cases: Array<[string, string]> = [
    ['', 'sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb'],
    ['abc', 'sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn'],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), async () => {
      const digest = await crypto.subtle.digest('SHA-384', new TextEncoder().encode(text));
      expect(sriFromDigest(digest)).to.equal(expected);
      expect(sriFromDigest(new Uint8Array(digest))).to.equal(expected);
    });
  }
});

describe('parsePhone agrees with the widgets', () => {
  const inputs = [
    '+1-206-555-0100',
    '(206) 555-0100',
    '206.555.0100',
    '1 206 555 0100',
    '  2065550100 ',
    '1-800-GET-HELP',
    '800-get-help',
    '988',
    '911',
    '741741',
    '555-0100',
    '+44 20 7946 0958',
    '(011) 555-0100',
    '(206) 911-0100',
    '206-555-01000',
    'call me now',
    'GET-555-0100',
    '+2065550100',
    '206-555-0100 ext. 4',
    '<a>206-555-0100</a>',
    '',
    '1'.repeat(41),
    '1-800-RECOVERY',
    '888-RECOVERYNOW',
    '262-4357 office',
    '206 555\u200B 0100\u200E',
    'tel:206-555-0100',
    '206\u2013555\u20130100',
    '206/555-0100',
    '(206) 555-O100',
    '206-555-0l00',
    '1-800-GO-SOBER',
    '1-800-GET-435 now',
    '1-800-662-HELP-NOW',
  ];
  for (const input of inputs) {
    it(JSON.stringify(input), () => {
      expect(parsePhone(input)).to.deep.equal(widgetParsePhone(input));
    });
  }
});

describe('hoursErrors agrees with the widgets', () => {
  const specs = [
    '24/7',
    'Mo-Fr 08:00-20:00; Sa 09:00-17:00',
    'mo-fr 8:00-20:00',
    'Mo,We,Fr 09:00-12:00,13:00-17:00',
    'Fr 20:00-02:00',
    'Fr-Mo 10:00-14:00',
    'Su off; Sa closed',
    '08:00-17:00',
    'Mo – Fr 08:00 – 17:00;',
    'Mo-Fr',
    'Mo-Fr 8-17',
    'Mo-Fr 08:00-25:00',
    'Mo-Fr 08:60-17:00',
    'Xx 08:00-17:00',
    'Ot 08:00-17:00',
    'Mo-Fr 08:00-17:00 extra',
    'Mo-Fr 08:00-17:00; bogus',
    'Mo\u202eFr 08:00-17:00',
    'Mo-Fr 08:00-17:00\u0007',
    ';;',
    '',
    `Mo-Fr 08:00-17:00; ${'x'.repeat(500)}`,
    'Monday-Friday 08:00-17:00',
    'Mo-Fr 9:00-17:00, Sa 10:00-14:00',
    'Mo-Sa 08:00-20:00 , su off,Sa 10:00-12:00',
    'Mo-Fr 08:00-20:00, PH off',
    'Mo-Fr off, Xx 10:00-12:00; Sa 09:00-12:00',
    'Mo-Fr 8:00-5:00; Sa 10:00-2:00',
    'Fr 12:00-02:00; Sa 11:00-00:00',
    'Mo-Fr 8:00-8:00; Sa-Su 12:00-5:00; Mo 20:00-20:00',
    'Mo-Fr 08:00-00:30; Sa 09:00-00:59',
  ];
  for (const spec of specs) {
    it(JSON.stringify(spec.length > 60 ? `${spec.slice(0, 60)}…` : spec), () => {
      expect(hoursErrors(spec)).to.deep.equal(parseOpeningHours(spec).errors);
    });
  }
});

describe('isThemeValue', () => {
  const cases: Array<[ThemeOption, string, boolean]> = [
    ['accent', '#1f4e5f', true],
    ['accent', '#abc', true],
    ['accent', '#1f4e5f80', true],
    ['accent', 'teal', true],
    ['accent', 'rgb(31 78 95)', true],
    ['accent', 'rgb(31, 78, 95)', true],
    ['accent', 'hsl(200deg 50% 30% / 0.9)', true],
    ['accent', 'oklch(0.5 0.1 200)', true],
    ['accent', '#12', false],
    ['accent', '#ggg', false],
    ['accent', 'red; } body { display: none', false],
    ['accent', 'red;', false],
    ['accent', '</style><script>alert(1)</script>', false],
    ['accent', 'url(https://example.org/x)', false],
    ['accent', 'rgb(0 0 0 /* x */)', false],
    ['accent', 'var(--x)', false],
    ['text', 'expression(alert(1))', false],
    ['surface', 'white', true],
    ['radius', '4px', true],
    ['radius', '0', true],
    ['radius', '0.75em', true],
    ['radius', '50%', true],
    ['radius', '1.5rem', true],
    ['radius', '4px 8px', false],
    ['radius', 'calc(1px + 2px)', false],
    ['radius', '4', false],
    ['radius', '-4px', false],
    ['radius', '', false],
    ['font', '"Source Sans 3", sans-serif', true],
    ['font', "Georgia, 'Times New Roman', serif", true],
    ['font', 'system-ui', true],
    ['font', 'Arial; color: red', false],
    ['font', '"Unclosed, sans-serif', false],
    ['font', 'Arial, , serif', false],
    ['font', 'Arial,', false],
    ['font', 'a</style>', false],
    ['font', 'Arial {', false],
  ];
  for (const [option, value, ok] of cases) {
    it(`${option} ${JSON.stringify(value)} → ${ok}`, () => {
      expect(isThemeValue(option, value)).to.equal(ok);
    });
  }
  it("asks the browser's CSS.supports when given", () => {
    const supports = (property: string, value: string) => CSS.supports(property, value);
    expect(isThemeValue('accent', 'notacolor', supports)).to.equal(false);
    expect(isThemeValue('accent', 'rebeccapurple', supports)).to.equal(true);
    expect(isThemeValue('accent', 'rgb(1 2)', supports)).to.equal(false);
  });
});

describe('themeCss', () => {
  it('writes the chosen values on the tag and keeps room for the widget', () => {
    const css = themeCss(
      'care-quiz',
      values({
        accent: '#1f4e5f',
        text: '#222',
        surface: 'white',
        radius: '4px',
        font: '"Source Sans 3", sans-serif',
      }),
    );
    expect(css).to.equal(
      [
        '  intake-care-quiz {',
        '    --intake-accent: #1f4e5f;',
        '    --intake-text: #222;',
        '    --intake-surface: white;',
        '    --intake-radius: 4px;',
        '    --intake-font: "Source Sans 3", sans-serif;',
        '  }',
        '  intake-care-quiz:not(:defined) {',
        '    display: block; min-height: 24em; visibility: hidden;',
        '    animation: intake-not-loaded 0s 5s forwards;',
        '  }',
        '  @keyframes intake-not-loaded { to { min-height: 0; visibility: visible; } }',
      ].join('\n'),
    );
  });
  it('leaves unsafe values out even when no errors are passed', () => {
    const css = themeCss('contact-card', values({ accent: 'red;} body{display:none', font: 'x</style>' }));
    expect(css).to.equal(
      [
        '  intake-contact-card:not(:defined) {',
        '    display: block; min-height: 28em;',
        '    animation: intake-not-loaded 0s 5s forwards;',
        '  }',
        '  @keyframes intake-not-loaded { to { min-height: 0; visibility: visible; } }',
      ].join('\n'),
    );
  });
  it('keeps no room for a call bar', () => {
    expect(themeCss('contact-card', values({ layout: 'bar' }))).to.equal(
      "  intake-contact-card[layout='bar']:not(:defined) { display: none; }",
    );
  });
});

describe('contrast', () => {
  const colors: Array<[string, [number, number, number] | null]> = [
    ['#000', [0, 0, 0]],
    ['#FFFFFF', [255, 255, 255]],
    ['#1f4e5f80', [31, 78, 95]],
    ['rgb(31, 78, 95)', [31, 78, 95]],
    ['rgb(31 78 95 / 50%)', [31, 78, 95]],
    ['rgba(31, 78, 95, 0.5)', [31, 78, 95]],
    ['rgb(300, 0, 0)', null],
    ['teal', null],
  ];
  for (const [color, rgb] of colors) {
    it(`reads ${color}`, () => {
      expect(parseColor(color)).to.deep.equal(rgb);
    });
  }
  const ratios: Array<[string, string, number | null]> = [
    ['#000', '#fff', 21],
    ['#fff', '#000', 21],
    ['#777', '#777', 1],
    ['#0b5cad', '#fff', 6.67],
    ['#ffcc00', '#fff', 1.51],
    ['teal', '#fff', null],
  ];
  for (const [a, b, ratio] of ratios) {
    it(`${a} on ${b}`, () => {
      const result = contrastRatio(a, b);
      if (ratio === null) expect(result).to.equal(null);
      else expect(result).to.be.closeTo(ratio, 0.01);
    });
  }
});

describe('check', () => {
  const cases: Array<{
    title: string;
    widget: WidgetId;
    options: Partial<Values>;
    errors: string[];
    warnings: string[];
  }> = [
    { title: 'nothing set: no phone', widget: 'contact-card', options: {}, errors: [], warnings: ['phone'] },
    {
      title: 'a good card',
      widget: 'contact-card',
      options: { phone: '206-555-0100', hours: 'Mo-Fr 08:00-20:00', timezone: 'America/Chicago' },
      errors: [],
      warnings: [],
    },
    {
      title: 'hours without a zone',
      widget: 'contact-card',
      options: { phone: '206-555-0100', hours: 'Mo-Fr 08:00-20:00' },
      errors: [],
      warnings: ['timezone'],
    },
    {
      title: '24/7 needs no zone',
      widget: 'contact-card',
      options: { phone: '206-555-0100', hours: '24/7' },
      errors: [],
      warnings: [],
    },
    {
      title: 'unreadable hours and zone',
      widget: 'contact-card',
      options: { phone: '206-555-0100', hours: 'Mo-Fr 9-5', timezone: 'Pacific Time' },
      errors: ['hours', 'timezone'],
      warnings: [],
    },
    {
      title: 'HTML in a heading or a name, which the widget shows as text',
      widget: 'contact-card',
      options: { phone: '206-555-0100', heading: '<b>Call us</b> today', name: 'Cedar Hills <Seattle>' },
      errors: [],
      warnings: ['heading'],
    },
    {
      title: 'a zone on one offset all year, which the widget warns about',
      widget: 'contact-card',
      options: { phone: '206-555-0100', hours: 'Mo-Fr 08:00-20:00', timezone: 'MST' },
      errors: [],
      warnings: ['timezone'],
    },
    {
      title: 'an email written as a mailto: link, which the widget takes',
      widget: 'contact-card',
      options: { phone: '206-555-0100', email: 'mailto:admissions@example.org' },
      errors: [],
      warnings: [],
    },
    {
      title: 'a zone outside the US list',
      widget: 'contact-card',
      options: { phone: '206-555-0100', hours: 'Mo-Fr 08:00-20:00', timezone: 'America/Mexico_City' },
      errors: [],
      warnings: [],
    },
    {
      title: 'bad numbers and email',
      widget: 'contact-card',
      options: { phone: '555-0100', sms: true, smsNumber: 'x', afterHoursPhone: '12', email: 'a@b' },
      errors: ['phone', 'smsNumber', 'afterHoursPhone', 'email'],
      warnings: [],
    },
    {
      title: "988 or 911 as the center's number or its 24/7 line, which the widget refuses",
      widget: 'contact-card',
      options: { phone: '988', afterHoursPhone: '911' },
      errors: ['phone', 'afterHoursPhone'],
      warnings: [],
    },
    {
      title: "SAMHSA's helpline or the Lifeline's old number as the center's number or its 24/7 line",
      widget: 'contact-card',
      options: { phone: '1-800-273-8255', afterHoursPhone: '1-800-662-HELP' },
      errors: ['phone', 'afterHoursPhone'],
      warnings: [],
    },
    {
      title: 'an sms number is not checked while texts are off',
      widget: 'contact-card',
      options: { phone: '206-555-0100', smsNumber: 'x' },
      errors: [],
      warnings: [],
    },
    {
      title: 'an insurance check without an endpoint',
      widget: 'insurance-check',
      options: { phone: '206-555-0100' },
      errors: [],
      warnings: ['endpoint'],
    },
    {
      title: 'endpoints: another site over http is refused',
      widget: 'insurance-check',
      options: { phone: '206-555-0100', endpoint: 'http://example.org/api' },
      errors: ['endpoint'],
      warnings: [],
    },
    {
      title: "endpoints: the documentation's example addresses are refused",
      widget: 'insurance-check',
      options: { phone: '206-555-0100', endpoint: 'https://example.org/api/intake' },
      errors: ['endpoint'],
      warnings: [],
    },
    {
      title: 'endpoints: a *.example host is refused too',
      widget: 'insurance-check',
      options: { phone: '206-555-0100', endpoint: 'https://intake.example/api' },
      errors: ['endpoint'],
      warnings: [],
    },
    {
      title: 'endpoints: a real host with "example" in its name is not',
      widget: 'insurance-check',
      options: { phone: '206-555-0100', endpoint: 'https://example-recovery.org/api/intake' },
      errors: [],
      warnings: [],
    },
    {
      title: 'a quiz with a javascript: insurance link',
      widget: 'care-quiz',
      options: { phone: '206-555-0100', insuranceHref: 'javascript:alert(1)' },
      errors: ['insuranceHref'],
      warnings: [],
    },
    {
      title: "another widget's bad values are not this one's business",
      widget: 'care-quiz',
      options: { phone: '206-555-0100', hours: 'nonsense', email: 'x', endpoint: 'ftp://x' },
      errors: [],
      warnings: [],
    },
    {
      title: 'bad theme values',
      widget: 'care-quiz',
      options: { phone: '206-555-0100', accent: 'red;}', radius: 'big', font: 'a;b' },
      errors: ['accent', 'radius', 'font'],
      warnings: [],
    },
    {
      title: 'a pale accent',
      widget: 'care-quiz',
      options: { phone: '206-555-0100', accent: '#ffcc00' },
      errors: [],
      warnings: ['accent'],
    },
    {
      title: 'a dark background with default text',
      widget: 'care-quiz',
      options: { phone: '206-555-0100', surface: '#1b1f24' },
      errors: [],
      warnings: ['surface'],
    },
    {
      title: 'grey text on grey',
      widget: 'care-quiz',
      options: { phone: '206-555-0100', text: '#999', surface: '#eee' },
      errors: [],
      warnings: ['text'],
    },
    {
      title: 'a good brand',
      widget: 'care-quiz',
      options: { phone: '206-555-0100', accent: '#1f4e5f', text: '#222', surface: '#fdfaf5' },
      errors: [],
      warnings: [],
    },
  ];
  for (const { title, widget, options, errors, warnings } of cases) {
    it(title, () => {
      const result = check(widget, values(options));
      expect(Object.keys(result.errors).sort()).to.deep.equal([...errors].sort());
      expect(Object.keys(result.warnings).sort()).to.deep.equal([...warnings].sort());
      for (const message of Object.values(result.errors)) expect(message).to.match(/Left out of the snippet/);
    });
  }
  it('names what the hours parser skipped', () => {
    expect(check('contact-card', values({ hours: 'Mo-Fr 9-5' })).errors.hours).to.include(
      '"9-5" is not a time range like 09:00-17:00',
    );
  });
  it('turns colours into rgb() with the helper given', () => {
    const result = check('care-quiz', values({ accent: 'gold' }), { resolveColor: () => 'rgb(255, 215, 0)' });
    expect(result.warnings.accent).to.match(/white button text on this accent is 1\.\d:1/);
  });
});

describe('small helpers', () => {
  const carriers: Array<[string, string]> = [
    ['', ''],
    ['Aetna', 'Aetna'],
    ['Aetna,Cigna', 'Aetna, Cigna'],
    [' Aetna \n Cigna \n\n', 'Aetna, Cigna'],
    ['Blue  Cross\tBlue Shield, , Medicaid', 'Blue Cross Blue Shield, Medicaid'],
    [
      'Kaiser Foundation Health Plan, Inc.; Aetna\nMedicaid',
      'Kaiser Foundation Health Plan, Inc.; Aetna; Medicaid',
    ],
    ['Aetna; Cigna', 'Aetna, Cigna'],
    // A comma before "Inc." and the like is part of the name, one per line or not.
    ['Aetna\nBlue Cross, Inc.\nCigna', 'Aetna; Blue Cross, Inc.; Cigna'],
    [
      'Kaiser Foundation Health Plan, Inc., Aetna, Premera, LLC',
      'Kaiser Foundation Health Plan, Inc.; Aetna; Premera, LLC',
    ],
    ['Incare, Cobalt', 'Incare, Cobalt'],
  ];
  for (const [input, output] of carriers) {
    it(`carrierList ${JSON.stringify(input)}`, () => {
      expect(carrierList(input)).to.equal(output);
    });
  }
  const urls: Array<[string, boolean, boolean]> = [
    ['/api/intake', false, true],
    ['https://example.org/api', false, true],
    ['http://localhost:3000/api', true, true],
    ['http://localhost:3000/api', false, false],
    ['http://127.0.0.1/api', true, true],
    ['http://example.org/api', true, false],
    ['//evil.example/api', true, false],
    ['javascript:alert(1)', true, false],
    ['api/intake', true, false],
    ['/api/"><script>', true, false],
    ['', true, false],
  ];
  for (const [url, localhost, ok] of urls) {
    it(`isSiteUrl ${url} (localhost ${localhost}) → ${ok}`, () => {
      expect(isSiteUrl(url, localhost)).to.equal(ok);
    });
  }
  it('widgetAttributes keeps phone and lang for the preview', () => {
    expect(
      widgetAttributes('contact-card', values({ phone: '206-555-0100', lang: 'es', layout: 'card' })),
    ).to.deep.equal([
      ['phone', '206-555-0100'],
      ['lang', 'es'],
    ]);
  });
});
