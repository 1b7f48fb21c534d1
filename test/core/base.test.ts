import { expect, fixture, html } from '@open-wc/testing';
import '../../src/embed.js';
import { IntakeElement } from '../../src/core/base.js';
import { SETTINGS_TAG, siteDefaults } from '../../src/core/defaults.js';
import { define } from '../../src/core/define.js';
import { resetWarnings } from '../../src/core/warn.js';
import { captureConsole } from '../fixtures/console.js';
import { withSiteDefaults } from '../fixtures/site-defaults.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> } & Record<string, unknown>;

/** Creates `tag`, sets `properties` on it (as a framework does), and waits for its render. */
async function withProperties(tag: string, properties: Record<string, unknown>): Promise<Widget> {
  const element = document.createElement(tag) as Widget;
  Object.assign(element, properties);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

function shadowText(element: Element): string {
  return element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
}

describe('values set as properties read as their attribute would', () => {
  afterEach(() => {
    for (const element of document.querySelectorAll(
      'intake-contact-card, intake-care-quiz, intake-insurance-check',
    ))
      element.remove();
  });

  it('a number for a phone (React passes phone={2065550100}) is that phone', async () => {
    const card = await withProperties('intake-contact-card', { phone: 2065550100 });
    expect(card.shadowRoot!.querySelector('a[href="tel:+12065550100"]')).to.exist;
    resetWarnings();
    let quiz: Widget | undefined;
    const printed = await captureConsole(async () => {
      quiz = await withProperties('intake-care-quiz', { phone: 2065550100 });
    });
    // Rendered, not the fallback: the first question is there, and nothing went wrong.
    expect(printed).to.deep.equal([]);
    expect(shadowText(quiz!)).to.contain('Who are you asking for?');
  });

  it('true is a bare attribute and false none (JSX writes <intake-contact-card sms>)', async () => {
    const card = await withProperties('intake-contact-card', { phone: '206-555-0100', sms: true });
    expect(card.sms).to.equal('');
    expect(card.shadowRoot!.querySelector('a[href^="sms:+12065550100"]')).to.exist;
    card.sms = false;
    await card.updateComplete;
    expect(card.sms).to.equal(undefined);
    expect(card.shadowRoot!.querySelector('a[href^="sms:"]')).to.not.exist;
  });

  it('JSON text given to `strings` (Vue, React < 19) is read; text that is not an object warns once', async () => {
    const card = await withProperties('intake-contact-card', {
      phone: '206-555-0100',
      strings: JSON.stringify({ heading: 'Call us tonight' }),
    });
    expect(card.shadowRoot!.querySelector('h2')!.textContent).to.equal('Call us tonight');
    resetWarnings();
    const printed = await captureConsole(async () => {
      card.strings = 'heading: Call us';
      await card.updateComplete;
    });
    expect(card.strings).to.equal(undefined);
    expect(card.shadowRoot!.querySelector('h2')!.textContent).to.not.equal('Call us tonight');
    expect(printed).to.deep.equal([
      'intake-widgets: <intake-contact-card> strings="heading: Call us" is not valid; it must be a JSON object of messages; the built-in text is used.',
    ]);
  });

  it('names a `strings` key the widget has no text for, once, and uses the rest', async () => {
    resetWarnings();
    const printed = await captureConsole(async () => {
      const card = await withProperties('intake-contact-card', {
        phone: '206-555-0100',
        strings: JSON.stringify({ title: 'Call us', heading: 'Call us tonight', Heading: 'x' }),
      });
      expect(card.shadowRoot!.querySelector('h2')!.textContent).to.equal('Call us tonight');
      card.strings = { ...(card.strings as object) };
      await card.updateComplete;
    });
    expect(printed).to.deep.equal([
      'intake-widgets: <intake-contact-card> strings has "title", "Heading", which are not among its texts (the documentation lists them), so they are not used.',
    ]);
  });

  it('a number attribute given as text (Vue passes timeout="5000") is that number', async () => {
    const form = await withProperties('intake-insurance-check', { timeout: '5000', headingLevel: '3' });
    expect(form.timeout).to.equal(5000);
    expect(form.headingLevel).to.equal(3);
    expect(form.shadowRoot!.querySelector('h3')).to.exist;
  });

  it('free text set as a property is cleaned as its attribute is', async () => {
    resetWarnings();
    let card: Widget | undefined;
    const printed = await captureConsole(async () => {
      card = await withProperties('intake-contact-card', { heading: 'Call \u202eus', phone: '206-555-0100' });
    });
    expect(card!.shadowRoot!.querySelector('h2')!.textContent).to.equal('Call us');
    expect(printed).to.have.length(1);
    expect(printed[0]).to.contain('<intake-contact-card> heading=');
  });

  it('a list given as an array (steps, carriers) is one item an entry, commas kept', async () => {
    const card = await withProperties('intake-contact-card', {
      phone: '206-555-0100',
      steps: ['We listen', 'We check your insurance, then call'],
    });
    expect(
      [...card.shadowRoot!.querySelectorAll('.steps li')].map((li) => li.textContent!.trim()),
    ).to.deep.equal(['We listen', 'We check your insurance, then call']);
    const form = await withProperties('intake-insurance-check', {
      phone: '206-555-0100',
      endpoint: '/api/intake',
      carriers: ['Kaiser Foundation Health Plan, Inc.', 'Aetna'],
    });
    const options = [...form.shadowRoot!.querySelectorAll('#carrier option')].map((o) =>
      o.textContent!.trim(),
    );
    expect(options.slice(1, 3)).to.deep.equal(['Kaiser Foundation Health Plan, Inc.', 'Aetna']);
  });

  it("hours given as an array (schema.org's own form) are read as rules, and consent given as an object keeps the form", async () => {
    const card = await withProperties('intake-contact-card', {
      phone: '206-555-0100',
      timezone: 'America/New_York',
      hours: ['Mo-Su 00:00-12:00', 'Mo-Su 12:00-24:00'],
    });
    expect(card.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim()).to.equal('Open 24/7');
    const form = await withProperties('intake-insurance-check', {
      phone: '206-555-0100',
      endpoint: '/api/intake',
      consentText: { type: 'fragment', props: {} },
    });
    expect(form.shadowRoot!.querySelector('form')).to.exist;
  });

  it('names only a module script tag as one whose settings were not read', () => {
    const classic = Object.assign(document.createElement('script'), { type: 'text/plain' });
    classic.dataset.lang = 'es';
    const module = Object.assign(document.createElement('script'), { type: 'module' });
    module.dataset.phone = '206-555-0100';
    document.head.append(classic);
    try {
      expect(document.querySelector(SETTINGS_TAG)).to.equal(null);
      document.head.append(module);
      expect(document.querySelector(SETTINGS_TAG)).to.equal(module);
    } finally {
      classic.remove();
      module.remove();
    }
  });

  it('an insurance endpoint given as a number warns and keeps the form', async () => {
    resetWarnings();
    let form: Widget | undefined;
    await captureConsole(async () => {
      form = await withProperties('intake-insurance-check', { endpoint: 5 });
    });
    expect(form!.shadowRoot!.querySelector('form')).to.exist;
  });
});

/** A widget whose render always fails, as an unforeseen bug would. */
class BrokenWidget extends IntakeElement {
  protected readonly widgetName = 'broken';
  protected dictionary() {
    return {};
  }
  protected override render(): never {
    throw new Error('boom');
  }
}
define('intake-test-broken', BrokenWidget);

/** A site's own widget on the library's base, with property kinds the library does not use. */
class SiteWidget extends IntakeElement {
  static override properties = {
    items: { type: Array },
    delay: { attribute: 'delay-s', converter: (value: string | null) => Number(value) * 1000 },
  };
  declare items: string[];
  declare delay: number;
  protected readonly widgetName = 'site';
  constructor() {
    super();
    this.items = ['a', 'b'];
    this.delay = 2000;
  }
  protected dictionary() {
    return {};
  }
  protected override render() {
    return html`<p>${this.items.join()} ${this.delay}</p>`;
  }
}
define('intake-test-site-widget', SiteWidget);

describe("an overlay's high-contrast colours on the page", () => {
  it("do not put their text colour on the widgets' own surface", async () => {
    const style = document.head.appendChild(document.createElement('style'));
    style.textContent = 'body * { color: #ff0 !important; background-color: #000 !important }';
    try {
      const page = await fixture<HTMLElement>(
        html`<div><intake-care-quiz></intake-care-quiz><intake-insurance-check></intake-insurance-check>
          <intake-contact-card layout="bar" phone="206-555-0100" style="position: static"></intake-contact-card></div>`,
      );
      const surfaces = [
        'intake-care-quiz .quiz',
        'intake-insurance-check .box',
        'intake-contact-card .bar',
      ].map((selector) => {
        const [tag, inner] = selector.split(' ');
        const surface = page.querySelector(tag)!.shadowRoot!.querySelector(inner)!;
        const { color, backgroundColor } = getComputedStyle(surface);
        return `${inner}: ${color} on ${backgroundColor}`;
      });
      expect(surfaces).to.deep.equal([
        '.quiz: rgb(27, 31, 36) on rgb(255, 255, 255)',
        '.box: rgb(27, 31, 36) on rgb(255, 255, 255)',
        '.bar: rgb(27, 31, 36) on rgb(255, 255, 255)',
      ]);
    } finally {
      style.remove();
    }
  });
});

describe("the site's data-phone", () => {
  beforeEach(() => resetWarnings());

  it('warns once on page load when it cannot be read, from whichever widget reads it first', async () => {
    const warnings = await captureConsole(() =>
      withSiteDefaults({ phone: '(206) 555-010' }, () =>
        fixture(html`<div><intake-care-quiz></intake-care-quiz><intake-insurance-check></intake-insurance-check>
          <intake-contact-card></intake-contact-card></div>`),
      ),
    );
    expect(warnings.filter((warning) => warning.includes('phone'))).to.deep.equal([
      'intake-widgets: data-phone="(206) 555-010" is not a phone number; the widgets show no call button',
    ]);
  });

  it("says why, as for a widget's own phone: a letter O among the digits", async () => {
    const warnings = await captureConsole(() =>
      withSiteDefaults({ phone: '(206) 555-O100' }, () =>
        fixture(html`<intake-contact-card></intake-contact-card>`),
      ),
    );
    expect(warnings.filter((warning) => warning.includes('phone'))).to.deep.equal([
      'intake-widgets: data-phone="(206) 555-O100" is not a phone number; it has a letter O, l or I among the digits (type 0 or 1); the widgets show no call button',
    ]);
  });
});

describe("a site's subclass", () => {
  it('keeps its own property kinds and converters as they are', async () => {
    const element = await fixture<SiteWidget>(
      html`<intake-test-site-widget delay-s="5"></intake-test-site-widget>`,
    );
    expect(element.items).to.deep.equal(['a', 'b']);
    expect(element.delay).to.equal(5000);
    element.items = ['c'];
    await element.updateComplete;
    expect(element.shadowRoot!.textContent).to.equal('c 5000');
  });
});

describe('a widget that cannot render', () => {
  it('shows the 911 and 988 lines instead of an empty box, and says why in the console', async () => {
    resetWarnings();
    let element: Element | undefined;
    const printed = await captureConsole(async () => {
      element = await fixture(html`<intake-test-broken></intake-test-broken>`);
    });
    expect(printed).to.deep.equal(['intake-widgets: <intake-test-broken> could not render: boom']);
    const links = [...element!.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['tel:911', 'tel:988', 'sms:988']);
  });

  it('in Spanish on a Spanish page', async () => {
    resetWarnings();
    let element: Element | undefined;
    await captureConsole(async () => {
      const wrapper = await fixture(html`<div lang="es"><intake-test-broken></intake-test-broken></div>`);
      element = wrapper.firstElementChild!;
      await (element as BrokenWidget).updateComplete.catch(() => undefined);
    });
    expect(element!.shadowRoot!.textContent).to.contain('Llame al 911');
    expect(element!.shadowRoot!.querySelector('a[href="sms:988?body=AYUDA"]')).to.exist;
  });
});

describe('language', () => {
  it('a blank lang (an empty CMS field) is passed over for the page around it', async () => {
    const wrapper = await fixture(html`<div lang="es"><intake-care-quiz lang=""></intake-care-quiz></div>`);
    const quiz = wrapper.firstElementChild as Widget;
    await quiz.updateComplete;
    expect(shadowText(quiz)).to.contain('Llame al 911');
  });

  it('follows a lang change inside the shadow root of the component it sits in', async () => {
    const host = await fixture(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const around = document.createElement('div');
    around.lang = 'en';
    const quiz = document.createElement('intake-care-quiz') as unknown as Widget;
    around.append(quiz);
    shadow.append(around);
    await quiz.updateComplete;
    expect(shadowText(quiz)).to.contain('Call 911');
    around.lang = 'es';
    await new Promise((resolve) => setTimeout(resolve));
    await quiz.updateComplete;
    expect(shadowText(quiz)).to.contain('Llame al 911');
  });

  for (const tag of ['intake-contact-card', 'intake-care-quiz', 'intake-insurance-check']) {
    it(`${tag} marks its content with the language it is written in, for a screen reader's voice`, async () => {
      const page = await fixture(html`<div lang="zh"></div>`);
      const spanish = document.createElement(tag) as Widget;
      spanish.setAttribute('lang', 'es');
      spanish.setAttribute('phone', '206-555-0100');
      const english = document.createElement(tag) as Widget;
      english.setAttribute('phone', '206-555-0100');
      page.append(spanish, english);
      await spanish.updateComplete;
      await english.updateComplete;
      const marked = (element: Widget) =>
        [...element.shadowRoot!.children].filter((child) => child.localName !== 'style');
      expect(marked(spanish).map((child) => child.getAttribute('lang'))).to.include('es');
      expect(marked(spanish).every((child) => child.matches(':lang(es)'))).to.equal(true);
      expect(marked(english).every((child) => child.matches(':lang(en)'))).to.equal(true);
    });
  }
});

describe('theme check', () => {
  it('throws nothing into the page for a subclass that renders into itself', async () => {
    class LightQuiz extends (customElements.get('intake-care-quiz') as typeof HTMLElement) {
      createRenderRoot() {
        return this;
      }
    }
    define('intake-light-quiz', LightQuiz as unknown as CustomElementConstructor);
    const thrown: unknown[] = [];
    const onError = (event: Event) =>
      thrown.push((event as ErrorEvent).error ?? (event as ErrorEvent).message);
    window.addEventListener('error', onError);
    try {
      await fixture(html`<intake-light-quiz></intake-light-quiz>`);
      await new Promise((resolve) => requestIdleCallback(resolve));
      await new Promise((resolve) => requestIdleCallback(resolve));
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(thrown).to.deep.equal([]);
  });
});

describe('elements the page names after built-ins (DOM clobbering)', () => {
  it('throw nothing into the page when document.addEventListener and window.addEventListener are shadowed', async () => {
    const names = ['addEventListener', 'removeEventListener'];
    const clobbering = names.map((name) => Object.assign(document.createElement('img'), { name }));
    document.body.append(...clobbering);
    const thrown: unknown[] = [];
    const onError = (event: Event) =>
      thrown.push((event as ErrorEvent).error ?? (event as ErrorEvent).message);
    EventTarget.prototype.addEventListener.call(window, 'error', onError);
    try {
      expect(typeof (document as unknown as Record<string, unknown>).addEventListener).to.equal('object');
      const page = await fixture(
        html`<div><intake-contact-card phone="206-555-0100" layout="bar"></intake-contact-card><intake-insurance-check endpoint="/api/intake"></intake-insurance-check></div>`,
      );
      await new Promise((resolve) => requestAnimationFrame(resolve));
      for (const widget of page.children)
        expect(widget.shadowRoot!.querySelector('[part="call"], form')).to.exist;
      page.remove();
    } finally {
      for (const element of clobbering) element.remove();
      EventTarget.prototype.removeEventListener.call(window, 'error', onError);
    }
    expect(thrown).to.deep.equal([]);
  });
});

describe("another script's prototype pollution", () => {
  /** Runs `run` with `values` on Object.prototype (as a polluting query-string parser would put them). */
  async function polluted(values: Record<string, string>, run: () => Promise<void>): Promise<void> {
    const prototype = Object.prototype as Record<string, unknown>;
    for (const [key, value] of Object.entries(values))
      Object.defineProperty(prototype, key, { value, configurable: true, writable: true });
    try {
      await run();
    } finally {
      for (const key of Object.keys(values)) delete prototype[key];
    }
  }

  it('does not become a site default: a number to call, or analytics switched on', async () => {
    await polluted(
      { afterHoursPhone: '+1 (900) 555-0142', analytics: 'datalayer', phone: '900-555-0142' },
      async () => {
        await withSiteDefaults({ hours: 'Mo-Su 00:00-00:01', timezone: 'America/New_York' }, async () => {
          expect(siteDefaults()).to.deep.equal({ hours: 'Mo-Su 00:00-00:01', timezone: 'America/New_York' });
        });
      },
    );
  });

  it("does not become the page's IntakeWidgets, with defaults of its own", async () => {
    const page = window as unknown as Record<string, unknown>;
    const saved = page.IntakeWidgets;
    delete page.IntakeWidgets;
    const prototype = Object.prototype as Record<string, unknown>;
    Object.defineProperty(prototype, 'IntakeWidgets', {
      value: {
        defaults: { endpoint: 'https://collector.example/api', afterHoursPhone: '+1 (900) 555-0142' },
      },
      configurable: true,
      writable: true,
    });
    try {
      expect(siteDefaults()).to.deep.equal({});
    } finally {
      delete prototype.IntakeWidgets;
      page.IntakeWidgets = saved;
    }
  });

  it('does not become a message, or a part of the endpoint answer', async () => {
    await polluted({ heading: 'Call 1-900-555-0142', nextStep: 'Call 1-900-555-0142' }, async () => {
      const card = await fixture<Widget>(
        html`<intake-contact-card phone="206-555-0100" strings='{"message":"Open late"}'></intake-contact-card>`,
      );
      expect(shadowText(card)).to.not.contain('900');
      const form = await fixture<Widget & { complete(result: object): void }>(
        html`<intake-insurance-check endpoint="/api/intake"></intake-insurance-check>`,
      );
      form.complete({ status: 'received' });
      await form.updateComplete;
      expect(shadowText(form)).to.not.contain('900');
    });
  });
});
