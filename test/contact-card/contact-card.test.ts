import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/embed.js';
import type { IntakeContactCard } from '../../src/contact-card/contact-card.js';
import { resetWarnings } from '../../src/core/warn.js';
import { a11yTree } from '../fixtures/a11y.js';
import { captureConsole } from '../fixtures/console.js';
import { hoursClosedNow, hoursOpenNow, withClockAhead, ZONE } from '../fixtures/hours-now.js';
import { withSiteDefaults } from '../fixtures/site-defaults.js';
import { expectSpacesKept } from '../fixtures/spaces.js';

/** The boxes of the text (only text, not elements) inside `node`, a box per line. */
function textRects(node: Node): DOMRect[] {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  const rects: DOMRect[] = [];
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(text);
    rects.push(...[...range.getClientRects()].filter((rect) => rect.width > 0));
  }
  return rects;
}

/** How many lines the text inside `node` takes. */
function lineCount(node: Node): number {
  return new Set(textRects(node).map((rect) => Math.round(rect.top))).size;
}

/** Collects console.warn calls during `run`. */
function shadow(el: IntakeContactCard): ShadowRoot {
  return el.shadowRoot!;
}

/** The room the page keeps for call bars (bar-room.ts): `--intake-bar-height` on the root. */
const barRoom = () =>
  getComputedStyle(document.documentElement).getPropertyValue('--intake-bar-height').trim();

/**
 * Waits `count` animation frames: a bar's size is observed after a frame, measured and placed in
 * the next (bar-room.ts).
 */
async function frames(count = 4): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((done) => requestAnimationFrame(done));
}

describe('<intake-contact-card>', () => {
  beforeEach(() => resetWarnings());

  it('passes axe with the default card', async () => {
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card name="Northpoint Seattle" phone="206-555-0100"></intake-contact-card>`,
    );
    await expect(el).to.be.accessible();
    expectSpacesKept(el);
  });

  it('shows the default heading, message and a click-to-call link in E.164', async () => {
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card phone="(206) 555-0100"></intake-contact-card>`,
    );
    const root = shadow(el);
    expect(root.querySelector('h2')!.textContent).to.equal('Talk to an admissions specialist');
    const call = root.querySelector<HTMLAnchorElement>('[part="call"]')!;
    expect(call.getAttribute('href')).to.equal('tel:+12065550100');
    expect(call.textContent!.trim()).to.equal('Call (206) 555-0100');
    expect(root.querySelector('[part="status"]')).to.equal(null);
  });

  const states: Array<[string, () => string, string]> = [
    ['open', hoursOpenNow, 'Open now · until'],
    ['closed', hoursClosedNow, 'Closed · opens'],
    ['24/7', () => '24/7', 'Open 24/7'],
  ];
  for (const [name, hours, prefix] of states) {
    it(`shows the ${name} status and passes axe`, async () => {
      const el = await fixture<IntakeContactCard>(
        html`<intake-contact-card phone="206-555-0100" hours=${hours()} timezone=${ZONE} address="1 Main St, Seattle, WA"
          email="admissions@example.org" sms steps="Insurance checked|Travel arranged"></intake-contact-card>`,
      );
      const status = shadow(el).querySelector('[part="status"]')!;
      expect(status.textContent!.trim().startsWith(prefix), status.textContent!).to.equal(true);
      if (name !== '24/7') expect(status.textContent).to.match(/ PT$/);
      await expect(el).to.be.accessible();
      expectSpacesKept(el);
    });
  }

  it('after hours dials the 24/7 line from its call button, and points to 911, 988 and SAMHSA (and its TTY line)', async () => {
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card phone="206-555-0100" hours=${hoursClosedNow()} timezone=${ZONE}
        after-hours-phone="1-800-555-0199"></intake-contact-card>`,
    );
    const note = shadow(el).querySelector('[part="after-hours"]')!;
    // Someone in danger at night is told to call 911 first.
    expect(note.textContent).to.contain('In danger now? Call 911.');
    const hrefs = [...note.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs[0]).to.equal('tel:911');
    expect(hrefs).to.include.members(['tel:988', 'tel:+18006624357', 'tel:+18004874889']);
    // At night the big button reaches the line that answers, not the closed office.
    const call = shadow(el).querySelector('[part="call"]')!;
    expect(call.getAttribute('href')).to.equal('tel:+18005550199');
    expect(call.textContent).to.equal('Call our 24/7 line: (800) 555-0199');
    expect(hrefs.some((href) => href?.startsWith('sms:988'))).to.equal(true);
    // A computer cannot call or text from the page: the Lifeline's chat, in a new tab.
    const chat = note.querySelector<HTMLAnchorElement>('a[href="https://988lifeline.org/chat/"]')!;
    expect(chat.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Chat with 988 (opens in a new tab)');
    expect([chat.target, chat.rel]).to.deep.equal(['_blank', 'noopener noreferrer']);
    // Each link says what it does, as "Call 911" does: a list of links read alone makes sense.
    const samhsa = [...note.querySelectorAll('a[href^="tel:+1800"]')].map((a) => a.textContent);
    expect(samhsa).to.deep.equal([
      'Call the SAMHSA Helpline 1-800-662-4357',
      'Call SAMHSA by TTY 1-800-487-4889',
    ]);
    // Numbers in the links' text are kept whole (see the narrow-card test).
    const numbers = [...note.querySelectorAll('a .whole')].map((span) => span.textContent);
    expect(numbers).to.deep.equal(['1-800-662-4357', '1-800-487-4889']);
    for (const span of note.querySelectorAll('a .whole')) {
      expect(getComputedStyle(span).textDecorationLine).to.equal('underline');
    }
    expect(getComputedStyle(shadow(el).querySelector('[part="call"] .whole')!).textDecorationLine).to.equal(
      'none',
    );
  });

  it('makes the call bar dial the 24/7 line while closed, and admissions while open', async () => {
    const closed = await fixture<IntakeContactCard>(
      html`<intake-contact-card layout="bar" phone="206-555-0100" hours=${hoursClosedNow()} timezone=${ZONE}
        after-hours-phone="1-800-555-0199"></intake-contact-card>`,
    );
    const call = shadow(closed).querySelector('[part="call"]')!;
    expect(call.getAttribute('href')).to.equal('tel:+18005550199');
    expect(call.textContent!.replace(/\s+/g, ' ').trim()).to.equal('☎ Call 24/7 (800) 555-0199');
    await expect(closed).to.be.accessible();
    expectSpacesKept(closed);
    const open = await fixture<IntakeContactCard>(
      html`<intake-contact-card layout="bar" phone="206-555-0100" hours=${hoursOpenNow()} timezone=${ZONE}
        after-hours-phone="1-800-555-0199" lang="es"></intake-contact-card>`,
    );
    expect(shadow(open).querySelector('[part="call"]')!.getAttribute('href')).to.equal('tel:+12065550100');
    open.hours = hoursClosedNow();
    await open.updateComplete;
    expect(shadow(open).querySelector('[part="call"]')!.textContent).to.contain('Llamar 24/7');
  });

  it('call bar: a transform around it for a moment (a fade-in as the page loads) leaves it fixed once it ends', async () => {
    const section = await fixture<HTMLElement>(
      html`<div style="transform: translateY(24px); min-height: 3000px"><p>Content</p>
        <intake-contact-card layout="bar" phone="206-555-0100" hours="24/7"></intake-contact-card></div>`,
    );
    const el = section.querySelector<IntakeContactCard>('intake-contact-card')!;
    await el.updateComplete;
    await frames();
    section.style.transform = '';
    await frames();
    expect(getComputedStyle(el).position).to.equal('fixed');
    expect(Math.round(el.getBoundingClientRect().bottom)).to.equal(document.documentElement.clientHeight);
  });

  it('call bar: a theme rule for blocks in its content neither lifts the bar off the bottom nor narrows it', async () => {
    const style = document.head.appendChild(document.createElement('style'));
    style.textContent = '.entry-content > * { margin-bottom: 30px; max-width: 610px }';
    try {
      const page = await fixture<HTMLElement>(
        html`<div class="entry-content"><intake-contact-card layout="bar" phone="206-555-0100" hours="24/7"></intake-contact-card></div>`,
      );
      const el = page.querySelector<IntakeContactCard>('intake-contact-card')!;
      await el.updateComplete;
      await frames();
      const rect = el.getBoundingClientRect();
      expect([Math.round(rect.bottom), Math.round(rect.width)]).to.deep.equal([
        document.documentElement.clientHeight,
        document.documentElement.clientWidth,
      ]);
    } finally {
      style.remove();
    }
  });

  it('call bar: says when an element around it (a transform) keeps it off the bottom of the screen', async () => {
    resetWarnings();
    const said = (warnings: string[]) =>
      warnings.filter((w) => w.includes('is not at the bottom of the screen'));
    const fine = await captureConsole(async () => {
      const bar = await fixture<IntakeContactCard>(
        html`<intake-contact-card layout="bar" phone="206-555-0100" hours="24/7"></intake-contact-card>`,
      );
      await bar.updateComplete;
      await frames();
    });
    expect(said(fine)).to.deep.equal([]);
    const moved = await captureConsole(async () => {
      const page = await fixture<HTMLElement>(
        html`<div style="transform: translateZ(0); height: 200px"><intake-contact-card layout="bar" phone="206-555-0100" hours="24/7"></intake-contact-card></div>`,
      );
      await page.querySelector<IntakeContactCard>('intake-contact-card')!.updateComplete;
      await frames();
    });
    expect(said(moved)).to.deep.equal([
      'intake-widgets: <intake-contact-card> layout="bar" is not at the bottom of the screen: an element around it has transform, filter, will-change or contain, so the bar is fixed to that element instead. Put the bar last in <body>.',
    ]);
  });

  it("call bar: stays fixed to the screen's bottom under a page reset that unsets everything", async () => {
    const reset = document.head.appendChild(document.createElement('style'));
    reset.textContent = 'intake-contact-card { all: unset }';
    try {
      const bar = await fixture<IntakeContactCard>(
        html`<intake-contact-card layout="bar" phone="206-555-0100"></intake-contact-card>`,
      );
      const style = getComputedStyle(bar);
      expect([style.position, style.bottom]).to.deep.equal(['fixed', '0px']);
    } finally {
      reset.remove();
    }
  });

  it('call bar: closed with no 24/7 line, a 988 button beside the call, which counts no lead', async () => {
    const bar = await fixture<IntakeContactCard>(
      html`<intake-contact-card layout="bar" phone="206-555-0100" hours=${hoursClosedNow()} timezone=${ZONE}></intake-contact-card>`,
    );
    const crisis = () => shadow(bar).querySelector<HTMLAnchorElement>('[part="crisis"]');
    expect(crisis()!.getAttribute('href')).to.equal('tel:988');
    expect(crisis()!.textContent).to.equal('988');
    expect(crisis()!.getAttribute('aria-label')).to.equal('Call 988, the Suicide & Crisis Lifeline');
    // In the crisis colour, not the site's accent.
    const style = getComputedStyle(crisis()!);
    expect([style.color, style.borderTopColor]).to.deep.equal(['rgb(164, 22, 26)', 'rgb(164, 22, 26)']);
    await expect(bar).to.be.accessible();
    expectSpacesKept(bar);
    const methods: string[] = [];
    bar.addEventListener('intake-contact', (event) => methods.push(event.detail.method));
    crisis()!.addEventListener('click', (event) => event.preventDefault(), { once: true });
    crisis()!.click();
    expect(methods).to.deep.equal([]);
    // With a 24/7 line the call button reaches a person; while open, the office does.
    bar.afterHoursPhone = '1-800-555-0199';
    await bar.updateComplete;
    expect(crisis()).to.equal(null);
    bar.afterHoursPhone = undefined;
    bar.hours = hoursOpenNow();
    await bar.updateComplete;
    expect(crisis()).to.equal(null);
    // `crisis` shows it at all times.
    bar.crisis = true;
    await bar.updateComplete;
    expect(crisis()).to.not.equal(null);
  });

  it("takes hours, time zone and 24/7 line from the site's defaults; its own attributes win", async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    resetWarnings();
    try {
      await withSiteDefaults(
        { hours: hoursClosedNow(), timezone: ZONE, afterHoursPhone: '206-555-0199' },
        async () => {
          const el = await fixture<IntakeContactCard>(
            html`<intake-contact-card phone="206-555-0100"></intake-contact-card>`,
          );
          expect(shadow(el).querySelector('[part="status"]')!.textContent).to.match(/^Closed · opens .+ PT$/);
          expect(shadow(el).querySelector('[part="call"]')!.getAttribute('href')).to.equal(
            'tel:+12065550199',
          );
          const own = await fixture<IntakeContactCard>(
            html`<intake-contact-card phone="206-555-0100" hours=${hoursOpenNow()} after-hours-phone="none"></intake-contact-card>`,
          );
          expect(shadow(own).querySelector('[part="status"]')!.textContent).to.match(
            /^Open now · until .+ PT$/,
          );
          own.hours = hoursClosedNow();
          await own.updateComplete;
          // after-hours-phone="none" means none, whatever the site default.
          expect(
            shadow(own).querySelector('[part="after-hours"] a[href="tel:+12065550199"]')?.textContent,
          ).to.equal(undefined);
          expect(shadow(own).querySelector('[part="call"]')!.getAttribute('href')).to.equal(
            'tel:+12065550100',
          );
          // Blank, as a CMS template writes an empty field, is the site's 24/7 line, as for every setting.
          own.afterHoursPhone = ' ';
          await own.updateComplete;
          expect(shadow(own).querySelector('[part="call"]')!.getAttribute('href')).to.equal(
            'tel:+12065550199',
          );
        },
      );
      expect(warnings).to.deep.equal([]);
      // A site setting that cannot be used: one warning naming the data- attribute, no status line.
      await withSiteDefaults({ hours: 'Mo-Fr 08:00-20:00', timezone: 'Pacific' }, async () => {
        const el = await fixture<IntakeContactCard>(
          html`<intake-contact-card phone="206-555-0100"></intake-contact-card>`,
        );
        expect(shadow(el).querySelector('[part="status"]')).to.equal(null);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('data-timezone="Pacific" is not an IANA time zone');
      // Site hours without a site zone: said of the script tag's settings, not of the card.
      await withSiteDefaults({ hours: 'Mo-Fr 08:00-20:00', timezone: '' }, async () => {
        await fixture(html`<intake-contact-card phone="206-555-0100"></intake-contact-card>`);
      });
      expect(warnings).to.have.length(2);
      expect(warnings[1]).to.contain('data-hours is set without data-timezone');
    } finally {
      console.warn = original;
    }
  });

  it("takes blank hours and time zone (a CMS template's empty fields) as unset: the site's apply", async () => {
    const warnings = await captureConsole(() =>
      withSiteDefaults(
        { hours: hoursClosedNow(), timezone: ZONE, afterHoursPhone: '206-555-0199' },
        async () => {
          const el = await fixture<IntakeContactCard>(
            html`<intake-contact-card phone="206-555-0100" hours="" timezone=" "></intake-contact-card>`,
          );
          expect(shadow(el).querySelector('[part="status"]')!.textContent).to.match(/^Closed · opens .+ PT$/);
          expect(shadow(el).querySelector('[part="call"]')!.getAttribute('href')).to.equal(
            'tel:+12065550199',
          );
          expect(shadow(el).querySelector('[part="after-hours"]')).to.exist;
        },
      ),
    );
    expect(warnings).to.deep.equal([]);
  });

  it("falls back to the site's 24/7 line when the card's own cannot be read", async () => {
    const warnings = await captureConsole(() =>
      withSiteDefaults({ afterHoursPhone: '+1-206-555-0199' }, async () => {
        const el = await fixture<IntakeContactCard>(
          html`<intake-contact-card phone="206-555-0100" hours=${hoursClosedNow()} timezone=${ZONE}
            after-hours-phone="206-555-019"></intake-contact-card>`,
        );
        expect(shadow(el).querySelector('[part="call"]')!.getAttribute('href')).to.equal('tel:+12065550199');
      }),
    );
    expect(warnings).to.deep.equal([
      `intake-widgets: <intake-contact-card> after-hours-phone="206-555-019" is not valid; the script tag's data-after-hours-phone is used, if any.`,
    ]);
  });

  it('keeps focus in the card, on its call button, when the after-hours link that had it goes at opening time', async () => {
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card phone="206-555-0100" hours=${hoursClosedNow()} timezone=${ZONE}></intake-contact-card>`,
    );
    shadow(el).querySelector<HTMLAnchorElement>('[part="after-hours"] a[href="tel:988"]')!.focus();
    el.hours = hoursOpenNow();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="after-hours"]')).to.equal(null);
    expect(shadow(el).activeElement?.getAttribute('part')).to.equal('call');
  });

  it('keeps focus in the card, on its heading, when it has no call button', async () => {
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card hours=${hoursClosedNow()} timezone=${ZONE}></intake-contact-card>`,
    );
    shadow(el).querySelector<HTMLAnchorElement>('[part="after-hours"] a[href="tel:988"]')!.focus();
    el.hours = hoursOpenNow();
    await el.updateComplete;
    expect(shadow(el).activeElement?.id).to.equal('heading');
  });

  it('shows no open/closed line, and dials admissions, when one part of the hours is mistyped', async () => {
    // The rule that is open now, mistyped ("08.00"): read in part, the other day's rule alone
    // would say "Closed · opens …" while admissions is open.
    const mistyped = hoursOpenNow().replace(':', '.');
    const warnings = await captureConsole(async () => {
      const el = await fixture<IntakeContactCard>(
        html`<intake-contact-card phone="206-555-0100" timezone=${ZONE} after-hours-phone="206-555-0199"
          hours="${mistyped}; ${hoursClosedNow()}"></intake-contact-card>`,
      );
      expect(shadow(el).querySelector('[part="status"]')?.textContent).to.equal(undefined);
      expect(shadow(el).querySelector('[part="after-hours"]')?.textContent).to.equal(undefined);
      expect(shadow(el).querySelector('[part="call"]')!.getAttribute('href')).to.equal('tel:+12065550100');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`skipped "${mistyped}"`);
    expect(warnings[0]).to.match(/; the hours are not used$/);
  });

  it('has no after-hours note while open', async () => {
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card phone="206-555-0100" hours=${hoursOpenNow()} timezone=${ZONE}></intake-contact-card>`,
    );
    expect(shadow(el).querySelector('[part="after-hours"]')).to.equal(null);
  });

  it('shows the crisis line at all times with the crisis attribute, and passes axe', async () => {
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card phone="206-555-0100" crisis></intake-contact-card>`,
    );
    const crisis = shadow(el).querySelector('[part="crisis"]')!;
    expect(crisis.textContent).to.contain('988');
    await expect(el).to.be.accessible();
    expectSpacesKept(el);
  });

  it('renders Spanish from an ancestor lang and passes axe', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es-MX"><intake-contact-card phone="206-555-0100" hours="24/7"></intake-contact-card></div>`,
    );
    const el = wrapper.querySelector('intake-contact-card')!;
    await el.updateComplete;
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Hable con un especialista de admisiones');
    expect(shadow(el).querySelector('[part="status"]')!.textContent!.trim()).to.equal('Abierto 24/7');
    await expect(el).to.be.accessible();
    expectSpacesKept(el);
  });

  it('follows a lang change on an ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><intake-contact-card phone="206-555-0100"></intake-contact-card></div>`,
    );
    const el = wrapper.querySelector('intake-contact-card')!;
    wrapper.setAttribute('lang', 'es');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="call"]')!.textContent).to.contain('Llamar');
  });

  it('lets a site override any string', async () => {
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card phone="206-555-0100" strings='{"call":"Ring us at {phone}"}'></intake-contact-card>`,
    );
    expect(shadow(el).querySelector('[part="call"]')!.textContent!.trim()).to.equal(
      'Ring us at (206) 555-0100',
    );
  });

  it('keeps the phone number whole on a narrow card, and takes an override without {phone}', async () => {
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card lang="es" style="width: 40em" phone="206-555-0100"></intake-contact-card>`,
    );
    const call = shadow(el).querySelector<HTMLElement>('[part="call"]')!;
    const tel = call.querySelector<HTMLElement>('.whole')!;
    expect(tel.textContent).to.equal('(206) 555-0100');
    expect(call.textContent!.trim()).to.equal('Llamar al (206) 555-0100');
    // Narrow the card until the button's text needs two lines but the number alone fits on one:
    // the number then moves down whole instead of breaking after "555-".
    const width = (node: Node) => textRects(node).reduce((sum, rect) => sum + rect.width, 0);
    expect(lineCount(call)).to.equal(1);
    const room = call.clientWidth - parseFloat(getComputedStyle(call).paddingLeft) * 2;
    el.style.width = `${el.offsetWidth - room + (width(tel) + width(call)) / 2}px`;
    expect(lineCount(call)).to.equal(2);
    expect(lineCount(tel)).to.equal(1);
    el.message = 'O llame a recepción: 206-555-0111.';
    el.steps = 'Le llamamos al 1-800-555-0123 | Sin costo';
    await el.updateComplete;
    const whole = [...shadow(el).querySelectorAll('.message .whole, .steps .whole')].map(
      (span) => span.textContent,
    );
    expect(whole).to.deep.equal(['206-555-0111', '1-800-555-0123']);
    el.strings = { call: 'Llámenos' };
    await el.updateComplete;
    expect(call.textContent!.trim()).to.equal('Llámenos');
  });

  it('shows steps pasted as lines one to a bullet, commas kept', async () => {
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card phone="206-555-0100" steps="- We listen, then ask a few questions
        - We check your insurance"></intake-contact-card>`,
    );
    const items = [...shadow(el).querySelectorAll('.steps li')].map((li) => li.textContent!.trim());
    expect(items).to.deep.equal(['We listen, then ask a few questions', 'We check your insurance']);
  });

  it('renders the bar layout, passes axe, and can be dismissed', async () => {
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card layout="bar" name="Northpoint" phone="206-555-0100" hours="24/7"></intake-contact-card>`,
    );
    expect(getComputedStyle(el).position).to.equal('fixed');
    await expect(el).to.be.accessible();
    expectSpacesKept(el);
    shadow(el).querySelector<HTMLButtonElement>('[part="dismiss"]')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="card"]')).to.equal(null);
  });

  it('warns once when a second call bar would cover the first (not for one in a hidden tab)', async () => {
    resetWarnings();
    let page: Element | undefined;
    const warnings = await captureConsole(async () => {
      page = await fixture(html`<div>
        <div hidden><intake-contact-card layout="bar" phone="425-555-0100"></intake-contact-card></div>
        <intake-contact-card layout="bar" phone="206-555-0100"></intake-contact-card>
        <intake-contact-card layout="bar" phone="253-555-0100"></intake-contact-card>
        <intake-contact-card phone="425-555-0100"></intake-contact-card>
      </div>`);
      // Bars are measured in an animation frame.
      await frames();
    });
    expect(warnings).to.deep.equal([
      'intake-widgets: <intake-contact-card> layout="bar": a page shows one call bar; a second one covers the first.',
    ]);
    page!.remove();
    resetWarnings();
    const one = await captureConsole(async () => {
      await fixture(html`<div>
        <div hidden><intake-contact-card layout="bar" phone="425-555-0100"></intake-contact-card></div>
        <intake-contact-card layout="bar" phone="206-555-0100"></intake-contact-card>
      </div>`);
      await frames();
    });
    expect(one).to.deep.equal([]);
  });

  it("publishes the bar's height as --intake-bar-height on the page's root, for the README's host CSS", async () => {
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card layout="bar" phone="206-555-0100" hours="24/7"></intake-contact-card>`,
    );
    await frames();
    const height = () => `${Math.ceil(el.getBoundingClientRect().height)}px`;
    expect(Number.parseFloat(barRoom())).to.be.greaterThan(40);
    expect(barRoom()).to.equal(height());
    // Larger text, a taller bar: the page's padding follows.
    const before = barRoom();
    el.style.fontSize = '22px';
    await frames();
    expect(getComputedStyle(el).position).to.equal('fixed');
    expect(barRoom()).to.equal(height());
    expect(Number.parseFloat(barRoom())).to.be.greaterThan(Number.parseFloat(before));
    // Text so large that the screen is under 15 of its ems: the bar stays in the page's flow,
    // taking its own room, and the page keeps none for it.
    el.style.fontSize = `${Math.ceil(Math.min(innerWidth, innerHeight) / 15) + 2}px`;
    await frames();
    expect(getComputedStyle(el).position).to.equal('static');
    expect(barRoom()).to.equal('0px');
    el.style.fontSize = '';
    await frames();
    expect(getComputedStyle(el).position).to.equal('fixed');
    expect(barRoom()).to.equal(height());
    // Closed: nothing left to keep clear of.
    shadow(el).querySelector<HTMLButtonElement>('[part="dismiss"]')!.click();
    await el.updateComplete;
    await frames();
    expect(barRoom()).to.equal('0px');
    // Gone from the page, or a card again: the host CSS's own fallback applies.
    el.remove();
    expect(barRoom()).to.equal('');
    const card = await fixture<IntakeContactCard>(
      html`<intake-contact-card layout="bar" phone="206-555-0100"></intake-contact-card>`,
    );
    await frames();
    expect(barRoom()).to.not.equal('');
    card.layout = 'card';
    await card.updateComplete;
    expect(barRoom()).to.equal('');
    // Nothing is written on <html> itself.
    expect(document.documentElement.getAttribute('style')).to.equal(null);
  });

  it("leaves the page's styles alone when a window resize leaves the bar's height as it was", async () => {
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card layout="bar" phone="206-555-0100" hours="24/7"></intake-contact-card>`,
    );
    await frames();
    const room = barRoom();
    // Each new text for the page's sheet makes the browser work out the whole page's style again:
    // a phone's keyboard opening (a resize) while the visitor types must not.
    const original = CSSStyleSheet.prototype.replaceSync;
    let written = 0;
    CSSStyleSheet.prototype.replaceSync = function (this: CSSStyleSheet, text: string) {
      written++;
      return original.call(this, text);
    };
    try {
      for (let i = 0; i < 3; i++) {
        window.dispatchEvent(new Event('resize'));
        await frames(2);
      }
      expect(written).to.equal(0);
      expect(barRoom()).to.equal(room);
      // A page that set its own list of sheets wholesale gets the height again at the next check.
      document.adoptedStyleSheets = [];
      window.dispatchEvent(new Event('resize'));
      await frames(2);
      expect(barRoom()).to.equal(room);
    } finally {
      CSSStyleSheet.prototype.replaceSync = original;
    }
    el.remove();
    expect(barRoom()).to.equal('');
  });

  it('scrolls what has focus clear of the bar on a page without the host CSS, and yields to a page that sets its own', async () => {
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card layout="bar" phone="206-555-0100" hours="24/7"></intake-contact-card>`,
    );
    await frames();
    const padding = () => getComputedStyle(document.documentElement).scrollPaddingBottom;
    expect(padding()).to.equal(`${Number.parseFloat(barRoom()) + 8}px`);
    const own = document.createElement('style');
    own.textContent = 'html { scroll-padding-bottom: 3px; }';
    document.head.append(own);
    try {
      expect(padding()).to.equal('3px');
    } finally {
      own.remove();
    }
    shadow(el).querySelector<HTMLButtonElement>('[part="dismiss"]')!.click();
    await el.updateComplete;
    await frames();
    expect(padding()).to.equal('auto');
    el.remove();
    expect(padding()).to.equal('auto');
  });

  it("leaves the page's own scroll padding alone, in a cascade layer or on every element", async () => {
    for (const css of [
      '@layer base { html { scroll-padding-bottom: 3px; } }',
      '* { scroll-padding-bottom: 3px; }',
      ':where(html) { scroll-padding-bottom: 3px; }',
    ]) {
      const own = document.createElement('style');
      own.textContent = css;
      document.head.append(own);
      try {
        const el = await fixture<IntakeContactCard>(
          html`<intake-contact-card layout="bar" phone="206-555-0100" hours="24/7"></intake-contact-card>`,
        );
        await frames();
        expect(Number.parseFloat(barRoom()), css).to.be.greaterThan(40);
        expect(getComputedStyle(document.documentElement).scrollPaddingBottom, css).to.equal('3px');
        el.remove();
      } finally {
        own.remove();
      }
    }
  });

  it('keeps room for a bar that cannot leave its fixed place (no custom states), however large its text', async () => {
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card layout="bar" phone="206-555-0100" hours="24/7"></intake-contact-card>`,
    );
    el.attachInternals = () => {
      throw new DOMException('not here', 'NotSupportedError');
    };
    el.style.fontSize = `${Math.ceil(Math.min(innerWidth, innerHeight) / 15) + 2}px`;
    await frames();
    expect(getComputedStyle(el).position).to.equal('fixed');
    expect(barRoom()).to.equal(`${Math.ceil(el.getBoundingClientRect().height)}px`);
    el.remove();
  });

  it("keeps room for the bar on the root's own style where the browser has no adopted stylesheets", async () => {
    const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'adoptedStyleSheets')!;
    // As Safari before 16.4: no such property at all.
    delete (Document.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    try {
      const el = await fixture<IntakeContactCard>(
        html`<intake-contact-card layout="bar" phone="206-555-0100" hours="24/7"></intake-contact-card>`,
      );
      await frames();
      expect(document.documentElement.style.getPropertyValue('--intake-bar-height')).to.equal(
        `${Math.ceil(el.getBoundingClientRect().height)}px`,
      );
      el.remove();
      expect(document.documentElement.style.getPropertyValue('--intake-bar-height')).to.equal('');
    } finally {
      Object.defineProperty(Document.prototype, 'adoptedStyleSheets', descriptor);
    }
  });

  it('breaks no word of its name or status in two on a narrow screen: the buttons make room instead', async () => {
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card layout="bar" lang="es" name="Admisiones" phone="206-555-0100" crisis
        hours=${hoursClosedNow()} timezone=${ZONE} style="right: auto; width: 17em; word-spacing: 0.16em; letter-spacing: 0.12em"></intake-contact-card>`,
    );
    const lines = (node: Node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    };
    for (const part of shadow(el).querySelectorAll('.bar-name, .status-head'))
      expect(lines(part), part.textContent!).to.equal(1);
    el.remove();
  });

  it('is first seen in its place: not fixed first and static a frame later', async () => {
    const size = `${Math.ceil(Math.min(innerWidth, innerHeight) / 15) + 2}px`;
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card layout="bar" phone="206-555-0100" hours="24/7" style=${`font-size: ${size}`}></intake-contact-card>`,
    );
    // The next frame's callbacks (this test's come after the bar's): placed before that frame's
    // paint, the first one that can show the bar.
    await frames(1);
    expect(getComputedStyle(el).position).to.equal('static');
    el.remove();
  });

  it('leaves its fixed place when, fixed, it would cover a third of the screen, until the window changes', async () => {
    // Normal text, but a name so long that the bar grows tall.
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card layout="bar" phone="206-555-0100" hours="24/7" style="right: auto; width: 12em"
        name=${'Admissions '.repeat(40)}></intake-contact-card>`,
    );
    await frames();
    expect(getComputedStyle(el).position).to.equal('static');
    expect(barRoom()).to.equal('0px');
    // And stays so: no going back and forth from frame to frame.
    await frames();
    expect(getComputedStyle(el).position).to.equal('static');
    el.remove();
  });

  it('never shows a frame fixed across the screen when the window grows and it is still too tall', async () => {
    await setViewport({ width: 400, height: 600 });
    try {
      // Large text: in the flow at 400px (under 15 of its ems), and tall wherever it is fixed.
      const el = await fixture<IntakeContactCard>(
        html`<intake-contact-card layout="bar" phone="206-555-0100" hours="24/7" style="right: auto; width: 8em; font-size: 30px"
          name=${'Admissions '.repeat(10)}></intake-contact-card>`,
      );
      await frames(3);
      expect(getComputedStyle(el).position).to.equal('static');
      await setViewport({ width: 1000, height: 700 });
      // The frame after the resize, once the bar's own callback has run: already back in the flow.
      await frames(2);
      expect(getComputedStyle(el).position).to.equal('static');
      el.remove();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('keeps room for the bar on screen, not for a second one in a hidden tab, until the last is gone', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <intake-contact-card layout="bar" phone="206-555-0100" hours="24/7"></intake-contact-card>
      <div hidden><intake-contact-card layout="bar" phone="425-555-0100" hours="24/7"></intake-contact-card></div>
    </div>`);
    const [shown, hidden] = page.querySelectorAll<IntakeContactCard>('intake-contact-card');
    await frames();
    const height = `${Math.ceil(shown.getBoundingClientRect().height)}px`;
    expect(Number.parseFloat(height)).to.be.greaterThan(40);
    expect(barRoom()).to.equal(height);
    hidden.remove();
    await frames();
    expect(barRoom()).to.equal(height);
    shown.remove();
    expect(barRoom()).to.equal('');
  });

  it('renders a page with one call bar without asking the browser for layout (checkVisibility forces it)', async () => {
    const original = Element.prototype.checkVisibility;
    let calls = 0;
    Element.prototype.checkVisibility = function (this: Element, ...args) {
      calls++;
      return original.apply(this, args);
    };
    try {
      const el = await fixture<IntakeContactCard>(
        html`<intake-contact-card layout="bar" phone="206-555-0100"></intake-contact-card>`,
      );
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="card"]')).to.not.equal(null);
    } finally {
      Element.prototype.checkVisibility = original;
    }
    expect(calls).to.equal(0);
  });

  it("keeps the keyboard's place when the bar is closed from its close button: Tab goes on from there", async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div><button id="before">Before</button><intake-contact-card layout="bar" phone="206-555-0100" hours="24/7"></intake-contact-card><button id="after">After</button></div>`,
    );
    const el = page.querySelector<IntakeContactCard>('intake-contact-card')!;
    await el.updateComplete;
    const close = shadow(el).querySelector<HTMLButtonElement>('[part="dismiss"]')!;
    close.focus();
    close.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="card"]')).to.equal(null);
    expect(document.activeElement?.localName).to.equal('intake-contact-card');
    // A screen reader is told where it is, rather than landing on nothing.
    expect(shadow(el).activeElement?.textContent).to.equal('The call bar is hidden.');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
  });

  it("names its region with the card's name too, so two campuses' cards are two landmarks", async () => {
    await fixture(
      html`<div><intake-contact-card name="Seattle campus" phone="206-555-0100"></intake-contact-card>
        <intake-contact-card name="Tacoma campus" phone="253-555-0100"></intake-contact-card></div>`,
    );
    const regions = (await a11yTree()).filter((node) => node.role === 'region');
    expect(regions.map((region) => region.name)).to.deep.equal([
      'Talk to an admissions specialist Seattle campus',
      'Talk to an admissions specialist Tacoma campus',
    ]);
  });

  it('keeps the number in the name of the call link where the narrow bar hides it from sight', async () => {
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card layout="bar" name="Northpoint" phone="206-555-0100" hours="24/7"
        style="right: auto; width: 20em"></intake-contact-card>`,
    );
    const number = shadow(el).querySelector<HTMLElement>('.bar-number')!;
    expect(number.getBoundingClientRect().width).to.be.at.most(1);
    const links = (await a11yTree()).filter((node) => node.role === 'link');
    expect(links.map((link) => link.name)).to.include('Call (206) 555-0100');
    el.style.width = '40em';
    await el.updateComplete;
    expect(number.getBoundingClientRect().width).to.be.greaterThan(1);
  });

  it('shows every word of the bar status, the time going whole onto a second line where the line is short', async () => {
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card layout="bar" name="Northpoint Recovery Admissions" phone="206-555-0100"
        hours=${hoursClosedNow()} timezone=${ZONE} style="right: auto; width: 22em"></intake-contact-card>`,
    );
    const status = shadow(el).querySelector<HTMLElement>('[part="status"]')!;
    const head = status.querySelector<HTMLElement>('.status-head')!;
    const tail = status.querySelector<HTMLElement>('.status-tail')!;
    expect(status.textContent).to.match(/^Closed · opens (today )?(\w{3} )?\d{1,2}:\d\d [AP]M PT$/);
    const bar = shadow(el).querySelector<HTMLElement>('.bar')!.getBoundingClientRect();
    const inBar = (part: Element) => {
      const rect = part.getBoundingClientRect();
      return (
        rect.top >= bar.top && rect.bottom <= bar.bottom && rect.left >= bar.left && rect.right <= bar.right
      );
    };
    // Narrow: nothing clipped, cut with "…" or outside the bar; the tail on a line of its own.
    const text = shadow(el).querySelectorAll<HTMLElement>('.bar-name, .status-head, .status-tail');
    expect([...text].filter((part) => part.scrollWidth > part.clientWidth + 1 || !inBar(part))).to.deep.equal(
      [],
    );
    expect(getComputedStyle(shadow(el).querySelector('.bar-name')!).textOverflow).to.not.equal('ellipsis');
    expect(tail.getBoundingClientRect().top).to.be.at.least(head.getBoundingClientRect().bottom - 0.5);
    // Wide: all of it on one line.
    el.style.width = '50em';
    expect(Math.round(tail.getBoundingClientRect().top)).to.equal(
      Math.round(head.getBoundingClientRect().top),
    );
    await expect(el).to.be.accessible();
    expectSpacesKept(el);
    // A site's own wording without " · " stays one part.
    el.strings = { closedOpens: 'Opens {day} {time}', closedOpensToday: 'Opens today {time}' };
    await el.updateComplete;
    const own = shadow(el).querySelector('[part="status"]')!;
    expect(own.querySelector('.status-tail')).to.equal(null);
    expect(own.textContent).to.match(/^Opens /);
  });

  it('reflects attribute changes after render', async () => {
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card phone="206-555-0100"></intake-contact-card>`,
    );
    el.setAttribute('phone', '+1 (425) 555-0111');
    el.setAttribute('heading', 'Call us today');
    el.setAttribute('hours', '24/7');
    await el.updateComplete;
    const root = shadow(el);
    expect(root.querySelector('[part="call"]')!.getAttribute('href')).to.equal('tel:+14255550111');
    expect(root.querySelector('h2')!.textContent).to.equal('Call us today');
    expect(root.querySelector('[part="status"]')!.textContent!.trim()).to.equal('Open 24/7');
    el.setAttribute('layout', 'bar');
    await el.updateComplete;
    expect(root.querySelector('.bar')).to.not.equal(null);
  });

  it('warns once per bad value and falls back safely', async () => {
    let el!: IntakeContactCard;
    const warnings = await captureConsole(async () => {
      el = await fixture<IntakeContactCard>(
        html`<intake-contact-card phone="call us!" layout="sideways" map-href="javascript:alert(1)" address="1 Main St"
          timezone="Mars/Olympus" hours="Mo-Fr 08:00-20:00" email="not an email"></intake-contact-card>`,
      );
      el.requestUpdate();
      await el.updateComplete;
    });
    const root = shadow(el);
    expect(el.layout).to.equal('card');
    expect(root.querySelector('[part="call"]')).to.equal(null);
    expect(root.querySelector('[part="email"]')).to.equal(null);
    expect(root.querySelector('a[href^="javascript"]')).to.equal(null);
    expect(root.querySelector('[part="status"]')).to.equal(null);
    for (const attribute of ['phone=', 'layout=', 'map-href=', 'timezone=', 'email=']) {
      expect(
        warnings.filter((w) => w.includes(attribute)),
        attribute,
      ).to.have.length(1);
    }
  });

  it('links the address when map-href is a map address without https://, and says how to write it', async () => {
    let el!: IntakeContactCard;
    const warnings = await captureConsole(async () => {
      el = await fixture<IntakeContactCard>(
        html`<intake-contact-card phone="206-555-0100" address="1 Main St" map-href="maps.app.goo.gl/AbC123"></intake-contact-card>`,
      );
    });
    expect(shadow(el).querySelector('[part="address"] a')!.getAttribute('href')).to.equal(
      'https://www.google.com/maps/search/?api=1&query=1%20Main%20St',
    );
    expect(warnings).to.deep.equal([
      'intake-widgets: <intake-contact-card> map-href="maps.app.goo.gl/AbC123" is not valid; the map link searches for the address instead (another site\'s address needs https:// in front: "https://maps.app.goo.gl/AbC123").',
    ]);
  });

  it('keeps "Get directions" at least 24px tall on a page whose text is 14px', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div style="font-size: 14px"><intake-contact-card phone="206-555-0100" address="1 Main St, Seattle, WA"></intake-contact-card></div>`,
    );
    const el = page.querySelector<IntakeContactCard>('intake-contact-card')!;
    await el.updateComplete;
    const link = shadow(el).querySelector('[part="address"] a')!;
    expect(link.getBoundingClientRect().height).to.be.at.least(24);
  });

  it('does not offer 988 as "our 24/7 line" when after-hours-phone is a short code, and says why', async () => {
    let el!: IntakeContactCard;
    const warnings = await captureConsole(async () => {
      el = await fixture<IntakeContactCard>(
        html`<intake-contact-card phone="206-555-0100" hours=${hoursClosedNow()} timezone=${ZONE} after-hours-phone="988"></intake-contact-card>`,
      );
    });
    const call = shadow(el).querySelector('[part="call"]')!;
    expect(call.getAttribute('href')).to.equal('tel:+12065550100');
    expect(call.textContent).not.to.contain('24/7');
    // The after-hours note still gives 988, as a crisis line.
    expect(shadow(el).querySelector('[part="after-hours"] a[href="tel:988"]')).to.exist;
    expect(warnings).to.deep.equal([
      'intake-widgets: <intake-contact-card> after-hours-phone="988" is not valid; a short code such as 988 or 911 is not the center\'s own 24/7 line (the after-hours note names them already); the script tag\'s data-after-hours-phone is used, if any.',
    ]);
  });

  it("does not offer SAMHSA's helpline as our 24/7 line, nor take it or the old Lifeline number as admissions'", async () => {
    let el!: IntakeContactCard;
    const warnings = await captureConsole(async () => {
      el = await fixture<IntakeContactCard>(
        html`<intake-contact-card phone="206-555-0100" hours=${hoursClosedNow()} timezone=${ZONE} after-hours-phone="1-800-662-HELP"></intake-contact-card>`,
      );
    });
    const call = shadow(el).querySelector('[part="call"]')!;
    expect(call.getAttribute('href')).to.equal('tel:+12065550100');
    expect(call.textContent).not.to.contain('24/7');
    expect(warnings).to.deep.equal([
      "intake-widgets: <intake-contact-card> after-hours-phone=\"1-800-662-HELP\" is not valid; (800) 662-4357 is a national helpline, not the center's own 24/7 line (the after-hours note names SAMHSA's already); the script tag's data-after-hours-phone is used, if any.",
    ]);
    for (const phone of ['1-800-662-4357', '800-273-8255']) {
      resetWarnings();
      const said = await captureConsole(async () => {
        const card = await fixture<IntakeContactCard>(
          html`<intake-contact-card phone=${phone}></intake-contact-card>`,
        );
        expect(shadow(card).querySelector('[part="call"]') === null, phone).to.equal(true);
      });
      expect(said[0], phone).to.contain("is a national helpline, not the center's own number");
    }
  });

  it("reads an email written as a mailto: link, and suggests heading-level for React 18's headinglevel", async () => {
    resetWarnings();
    let el!: IntakeContactCard;
    const warnings = await captureConsole(async () => {
      el = await fixture<IntakeContactCard>(
        html`<intake-contact-card phone="206-555-0100" email="MAILTO:admissions@example.org" headinglevel="3"></intake-contact-card>`,
      );
    });
    expect(shadow(el).querySelector('[part="email"]')!.getAttribute('href')).to.equal(
      'mailto:admissions@example.org',
    );
    expect(warnings).to.deep.equal([
      'intake-widgets: <intake-contact-card> has no attribute "headinglevel", so it is not used; did you mean "heading-level"?',
    ]);
  });

  it('reads a map link whose & was escaped twice (&amp;amp;) as meant, and says so', async () => {
    resetWarnings();
    let el!: IntakeContactCard;
    const warnings = await captureConsole(async () => {
      el = await fixture<IntakeContactCard>(
        html`<intake-contact-card phone="206-555-0100" address="1 Main St" map-href="https://www.google.com/maps/search/?api=1&amp;amp;query=1%20Main%20St"></intake-contact-card>`,
      );
    });
    expect(shadow(el).querySelector('[part="address"] a')!.getAttribute('href')).to.equal(
      'https://www.google.com/maps/search/?api=1&query=1%20Main%20St',
    );
    expect(warnings).to.have.length(1);
    expect(warnings[0])
      .to.contain('map-href=')
      .and.contain('has "&amp;" in it (escaped twice); read as "&".');
  });

  it('checks a time zone and an after-hours phone when set, even when 24/7 hours do not use them', async () => {
    const warnings = await captureConsole(async () => {
      await fixture<IntakeContactCard>(
        html`<intake-contact-card phone="206-555-0100" hours="24/7" timezone="Mars/Olympus"
          after-hours-phone="ring ring"></intake-contact-card>`,
      );
    });
    expect(warnings.filter((w) => w.includes('timezone="Mars/Olympus"'))).to.have.length(1);
    expect(warnings.filter((w) => w.includes('after-hours-phone="ring ring"'))).to.have.length(1);
  });

  it("falls back to the site's data-phone when its own phone cannot be read", async () => {
    window.IntakeWidgets!.defaults!.phone = '(425) 555-0111';
    try {
      let el!: IntakeContactCard;
      const warnings = await captureConsole(async () => {
        el = await fixture<IntakeContactCard>(
          html`<intake-contact-card phone="call us!"></intake-contact-card>`,
        );
      });
      expect(shadow(el).querySelector('[part="call"]')!.getAttribute('href')).to.equal('tel:+14255550111');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('phone="call us!"').and.include("the site's data-phone is used");
    } finally {
      delete window.IntakeWidgets!.defaults!.phone;
    }
  });

  it('says why a number with an extension is refused: a link cannot dial it', async () => {
    for (const phone of ['206-555-0100 ext. 12', '(206) 555-0100 x12', '+12065550100;ext=12']) {
      resetWarnings();
      const warnings = await captureConsole(() =>
        fixture(html`<intake-contact-card phone=${phone}></intake-contact-card>`),
      );
      expect(warnings, phone).to.deep.equal([
        `intake-widgets: <intake-contact-card> phone=${JSON.stringify(phone)} is not valid; a link cannot dial an extension, so give a direct line; no call button is shown.`,
      ]);
    }
  });

  it('refuses 988, 911 or 741741 as the admissions number or its texts: each crisis call would count as a lead', async () => {
    const why = (code: string) =>
      `${code} is a crisis or emergency line, not the center's own number (the widgets link to 988 and 911 where they belong); `;
    for (const phone of ['988', '911', '741741']) {
      resetWarnings();
      const warnings = await captureConsole(async () => {
        // Bare `sms` texts the card's phone: not a crisis line either.
        const el = await fixture<IntakeContactCard>(
          html`<intake-contact-card phone=${phone} sms></intake-contact-card>`,
        );
        expect(shadow(el).querySelector('[part="call"]') === null, phone).to.equal(true);
        expect(shadow(el).querySelector('a[href^="sms:"]') === null, phone).to.equal(true);
      });
      expect(warnings[0], phone).to.equal(
        `intake-widgets: <intake-contact-card> phone=${JSON.stringify(phone)} is not valid; ${why(phone)}no call button is shown.`,
      );
    }
    resetWarnings();
    const warnings = await captureConsole(async () => {
      const el = await fixture<IntakeContactCard>(
        html`<intake-contact-card phone="206-555-0100" sms="988"></intake-contact-card>`,
      );
      expect(shadow(el).querySelector('a[href^="sms:"]') === null).to.equal(true);
    });
    // (The cards above, still on the page, say theirs again as this one joins them.)
    expect(warnings).to.include(
      `intake-widgets: <intake-contact-card> sms="988" is not valid; ${why('988')}no text button is shown.`,
    );
    // The site's data-phone likewise.
    resetWarnings();
    await withSiteDefaults({ phone: '988' }, async () => {
      const said = await captureConsole(() => fixture(html`<intake-contact-card></intake-contact-card>`));
      expect(said).to.include(
        `intake-widgets: data-phone="988": ${why('988')}the widgets show no call button`,
      );
    });
  });

  it('says that a zone on one offset all year ("MST", "-07:00") is an hour off where clocks change', async () => {
    for (const zone of ['MST', '-07:00', 'Etc/GMT+7']) {
      resetWarnings();
      const warnings = await captureConsole(() =>
        fixture(
          html`<intake-contact-card phone="206-555-0100" hours="Mo-Fr 09:00-17:00" timezone=${zone}></intake-contact-card>`,
        ),
      );
      expect(warnings, zone).to.deep.equal([
        `intake-widgets: <intake-contact-card> timezone=${JSON.stringify(zone)} keeps one offset all year (right for Arizona, "America/Phoenix"); where the clocks change, write the place, such as "America/Denver".`,
      ]);
    }
    resetWarnings();
    const quiet = await captureConsole(() =>
      fixture(
        html`<intake-contact-card phone="206-555-0100" hours="Mo-Fr 09:00-17:00" timezone="America/Phoenix"></intake-contact-card>`,
      ),
    );
    expect(quiet).to.deep.equal([]);
  });

  it('says so when another widget is inside it (written as <intake-contact-card />)', async () => {
    resetWarnings();
    const warnings = await captureConsole(() =>
      fixture(
        html`<div><intake-contact-card phone="206-555-0100"><h2>Family program</h2><intake-care-quiz phone="206-555-0100"></intake-care-quiz></intake-contact-card></div>`,
      ),
    );
    expect(warnings).to.deep.equal([
      'intake-widgets: <intake-contact-card> holds <intake-care-quiz>, which is not shown: these elements cannot close themselves ("<intake-contact-card />"); end each with </intake-contact-card>.',
    ]);
  });

  it('says a page script broke JSON.stringify, not Trusted Types, when no JSON-LD can be written', async () => {
    const proto = Array.prototype as unknown as { toJSON?: () => never };
    proto.toJSON = () => {
      throw new Error('old library');
    };
    let el!: IntakeContactCard;
    try {
      const warnings = await captureConsole(async () => {
        el = await fixture<IntakeContactCard>(
          html`<intake-contact-card phone="206-555-0100" hours=${hoursOpenNow()} timezone=${ZONE} json-ld></intake-contact-card>`,
        );
      });
      expect(warnings).to.deep.equal([
        'intake-widgets: <intake-contact-card> json-ld: no JSON-LD is written: a script on the page broke JSON.stringify (Error: old library).',
      ]);
      expect(el.querySelector('script')).to.equal(null);
    } finally {
      delete proto.toJSON;
    }
  });

  it('reads crisis="false" and json-ld="no" as off, and says to leave the attribute out', async () => {
    resetWarnings();
    let el!: IntakeContactCard;
    const warnings = await captureConsole(async () => {
      el = await fixture<IntakeContactCard>(
        html`<intake-contact-card phone="206-555-0100" crisis="false" json-ld="no"></intake-contact-card>`,
      );
    });
    expect(el.crisis).to.equal(false);
    expect(el.jsonLd).to.equal(false);
    expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
    expect(warnings).to.deep.equal([
      'intake-widgets: <intake-contact-card> crisis="false" is read as off; to turn it off, leave the attribute out (any value turns it on in HTML).',
      'intake-widgets: <intake-contact-card> json-ld="no" is read as off; to turn it off, leave the attribute out (any value turns it on in HTML).',
    ]);
    // Bare, or any other value, is on.
    const on = await fixture<IntakeContactCard>(
      html`<intake-contact-card phone="206-555-0100" crisis json-ld="yes"></intake-contact-card>`,
    );
    expect([on.crisis, on.jsonLd]).to.deep.equal([true, true]);
  });

  it('names an attribute it does not have when one of its own was meant, and curly quotes', async () => {
    resetWarnings();
    const warnings = await captureConsole(() =>
      fixture(
        html`<intake-contact-card phone-number="206-555-0100" hours-of-operation="24/7" data-phone="206-555-0100" tel="206-555-0100" name="“Cedar" data-v-1a2b class="x" id="c" aria-label="Call"></intake-contact-card>`,
      ),
    );
    expect(warnings).to.deep.equal([
      'intake-widgets: <intake-contact-card> has no attribute "phone-number", so it is not used; did you mean "phone"?',
      'intake-widgets: <intake-contact-card> has no attribute "hours-of-operation", so it is not used; did you mean "hours"?',
      'intake-widgets: <intake-contact-card> has no attribute "data-phone", so it is not used; did you mean "phone"?',
      'intake-widgets: <intake-contact-card> has no attribute "tel", so it is not used; did you mean "phone"?',
      'intake-widgets: <intake-contact-card> name="“Cedar" has curly quotes (“ ”) from a word processor; type straight quotes (") around each value.',
      // The number given under the wrong names is not one: said once more, as the card renders.
      'intake-widgets: <intake-contact-card> has no phone number (phone, or data-phone on the script tag): no call button is shown (a tel: link written inside the card counts too).',
    ]);
  });

  it("reads a value in a word processor's curly quotes without them, with one warning for it", async () => {
    resetWarnings();
    const stage = document.createElement('div');
    document.body.append(stage);
    try {
      const warnings = await captureConsole(async () => {
        // As pasted from a document: the quotes are part of each value in HTML.
        stage.innerHTML =
          '<intake-contact-card phone=\u201c206-555-0100\u201d timezone=\u201cAmerica/Los_Angeles\u201d hours=\u201c24/7\u201d></intake-contact-card>';
        const el = stage.firstElementChild as IntakeContactCard;
        await el.updateComplete;
        expect(shadow(el).querySelector('[part="call"]')!.getAttribute('href')).to.equal('tel:+12065550100');
        expect(el.phone).to.equal('206-555-0100');
      });
      expect(warnings).to.deep.equal([
        'intake-widgets: <intake-contact-card> phone="\u201c206-555-0100\u201d" has curly quotes (\u201c \u201d) from a word processor; type straight quotes (") around each value.',
        'intake-widgets: <intake-contact-card> timezone="\u201cAmerica/Los_Angeles\u201d" has curly quotes (\u201c \u201d) from a word processor; type straight quotes (") around each value.',
        'intake-widgets: <intake-contact-card> hours="\u201c24/7\u201d" has curly quotes (\u201c \u201d) from a word processor; type straight quotes (") around each value.',
      ]);
    } finally {
      stage.remove();
    }
  });

  it('keeps quotation marks that are part of free text, at either end or inside', async () => {
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card phone="206-555-0100" heading="Ask about our “Family Week”" message="“Recovery is possible.”"></intake-contact-card>`,
    );
    expect(el.heading).to.equal('Ask about our “Family Week”');
    expect(el.message).to.equal('“Recovery is possible.”');
  });

  it('says why a number with a letter O or l among its digits is refused', async () => {
    resetWarnings();
    const warnings = await captureConsole(() =>
      fixture(html`<intake-contact-card phone="(206) 555-O100"></intake-contact-card>`),
    );
    expect(warnings).to.deep.equal([
      'intake-widgets: <intake-contact-card> phone="(206) 555-O100" is not valid; it has a letter O, l or I among the digits (type 0 or 1); no call button is shown.',
    ]);
  });

  it('shows text attributes without control characters or direction overrides, and cuts absurd lengths', async () => {
    let el!: IntakeContactCard;
    const warnings = await captureConsole(async () => {
      el = await fixture<IntakeContactCard>(
        html`<intake-contact-card phone="206-555-0100" heading=${'Call \u202eus\u0007'} name=${'N'.repeat(5000)}
          address="<b>1 Main St</b>"></intake-contact-card>`,
      );
    });
    const root = shadow(el);
    expect(root.querySelector('h2')!.textContent).to.equal('Call us');
    expect(el.name.length).to.equal(120);
    expect(root.textContent).to.include('<b>1 Main St</b>');
    expect(root.querySelector('b')).to.equal(null);
    expect(warnings.filter((w) => w.includes('heading='))).to.have.length(1);
    expect(warnings.filter((w) => w.includes('name='))).to.have.length(1);
    expect(warnings.filter((w) => w.includes('address='))).to.have.length(0);
  });

  it('cuts a long address between characters, never inside an emoji, and still links it to the map', async () => {
    // 298 characters and two emoji (two UTF-16 units each): the cut at 300 fell inside the first,
    // and encodeURIComponent refuses the half left over, which blanked the card.
    const address = `${'x'.repeat(298)}🏥🏥`;
    let el!: IntakeContactCard;
    const warnings = await captureConsole(async () => {
      el = await fixture<IntakeContactCard>(
        html`<intake-contact-card phone="206-555-0100" address=${address}></intake-contact-card>`,
      );
    });
    expect(warnings.filter((w) => /could not render/.test(w))).to.deep.equal([]);
    expect(el.address).to.equal(`${'x'.repeat(298)}…`);
    const root = shadow(el);
    expect(root.querySelector('[part="call"]')).to.not.equal(null);
    const mapQuery = () =>
      new URL(
        root.querySelector<HTMLAnchorElement>('a[href^="https://www.google.com/maps/"]')!.href,
      ).searchParams.get('query');
    expect(mapQuery()).to.equal(el.address);
    // Half an emoji set from a script: shown as the replacement character, in the link too.
    el.address = '1 Main St \uD83C';
    await el.updateComplete;
    expect(root.querySelector('[part="call"]')).to.not.equal(null);
    expect(mapQuery()).to.equal('1 Main St \uFFFD');
  });

  it('names itself and the attribute when strings or lang cannot be used', async () => {
    const warnings = await captureConsole(async () => {
      await fixture<IntakeContactCard>(
        html`<intake-contact-card phone="206-555-0100" strings="{not json" lang="klingon"></intake-contact-card>`,
      );
    });
    expect(warnings.filter((w) => w.includes('<intake-contact-card> strings="{not json"'))).to.have.length(1);
    expect(warnings.filter((w) => w.includes('<intake-contact-card> lang="klingon"'))).to.have.length(1);
  });

  it('follows the language of the place it is moved to', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><section lang="en"><intake-contact-card phone="206-555-0100"></intake-contact-card></section><section lang="es"></section></div>`,
    );
    const el = wrapper.querySelector<IntakeContactCard>('intake-contact-card')!;
    await el.updateComplete;
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Talk to an admissions specialist');
    wrapper.querySelector('[lang="es"]')!.append(el);
    await el.updateComplete;
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Hable con un especialista de admisiones');
  });

  it('refuses a pasted run of 100,000 dots as an email at once, not after seconds of matching', async () => {
    const email = `a@${'.'.repeat(100_000)}@`;
    const started = performance.now();
    let el: IntakeContactCard | undefined;
    await captureConsole(async () => {
      el = await fixture<IntakeContactCard>(
        html`<intake-contact-card phone="206-555-0100" email=${email} json-ld></intake-contact-card>`,
      );
    });
    // Matching that backtracks took 5 to 10 s here; a linear check takes a millisecond.
    expect(performance.now() - started).to.be.below(1000);
    expect(shadow(el!).querySelector('[part="email"]')).to.equal(null);
    // Addresses people write still pass; empty labels do not.
    el!.email = 'admissions@north-point.example.org';
    await el!.updateComplete;
    expect(shadow(el!).querySelector('[part="email"]')!.getAttribute('href')).to.equal(
      'mailto:admissions@north-point.example.org',
    );
    await captureConsole(async () => {
      el!.email = 'a@b..org';
      await el!.updateComplete;
    });
    expect(shadow(el!).querySelector('[part="email"]')).to.equal(null);
  });

  it('fires intake-contact with the method only', async () => {
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card phone="206-555-0100" email="help@example.org" sms></intake-contact-card>`,
    );
    for (const [part, method] of [
      ['call', 'call'],
      ['sms', 'sms'],
      ['email', 'email'],
    ]) {
      const link = shadow(el).querySelector<HTMLAnchorElement>(`[part="${part}"]`)!;
      // Stop navigation to tel:/sms:/mailto: in the test browser; the event fires first.
      link.addEventListener('click', (event) => event.preventDefault(), { once: true });
      setTimeout(() => link.click());
      const event = await oneEvent(document, 'intake-contact');
      expect(event.detail).to.deep.equal({ method });
      expect(event.bubbles && event.composed).to.equal(true);
    }
  });

  it('counts only contacts with admissions: crisis lines fire no event, the 24/7 line does', async () => {
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card phone="206-555-0100" hours=${hoursClosedNow()} timezone=${ZONE}
        after-hours-phone="1-800-555-0199"></intake-contact-card>`,
    );
    const methods: string[] = [];
    const listener = (event: Event) => methods.push((event as CustomEvent).detail.method);
    el.addEventListener('intake-contact', listener);
    const click = (link: HTMLAnchorElement) => {
      // Stop navigation to tel:/sms:/https: in the test browser; the event fires first.
      link.addEventListener('click', (event) => event.preventDefault(), { once: true });
      link.click();
    };
    const crisis = [...shadow(el).querySelectorAll<HTMLAnchorElement>('.crisis-links a')];
    // 911, 988 by call, text and chat, SAMHSA and its TTY line.
    expect(crisis.length).to.equal(6);
    for (const link of crisis) click(link);
    expect(methods).to.deep.equal([]);
    click(shadow(el).querySelector<HTMLAnchorElement>('[part="call"][href="tel:+18005550199"]')!);
    expect(methods).to.deep.equal(['call']);
  });

  it('pushes PHI-free events to dataLayer only when analytics is opted in', async () => {
    const w = window as unknown as { dataLayer?: unknown[] };
    w.dataLayer = [];
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card phone="206-555-0100"></intake-contact-card>`,
    );
    const link = shadow(el).querySelector<HTMLAnchorElement>('[part="call"]')!;
    link.addEventListener('click', (event) => event.preventDefault());
    link.click();
    expect(w.dataLayer).to.deep.equal([]);
    window.IntakeWidgets!.defaults!.analytics = 'datalayer';
    try {
      link.click();
      expect(w.dataLayer).to.deep.equal([
        { event: 'intake-contact', intake_widget: 'contact-card', intake_method: 'call' },
      ]);
    } finally {
      delete window.IntakeWidgets!.defaults!.analytics;
    }
  });

  it('uses the site default phone, and an attribute wins over it', async () => {
    window.IntakeWidgets!.defaults!.phone = '+1-206-555-0177';
    try {
      const el = await fixture<IntakeContactCard>(html`<intake-contact-card></intake-contact-card>`);
      expect(shadow(el).querySelector('[part="call"]')!.getAttribute('href')).to.equal('tel:+12065550177');
      el.setAttribute('phone', '206-555-0100');
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="call"]')!.getAttribute('href')).to.equal('tel:+12065550100');
    } finally {
      delete window.IntakeWidgets!.defaults!.phone;
    }
  });

  describe('call tracking', () => {
    /** What CallRail-style scripts do: replace the number in text nodes and tel: hrefs of the light DOM. */
    function swapNumbers(from: string[], to: string, toE164: string): void {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const f of from)
          if (node.nodeValue?.includes(f)) node.nodeValue = node.nodeValue.replaceAll(f, to);
      }
      for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]'))
        link.href = `tel:${toE164}`;
    }

    it('follows a swap made after the card rendered', async () => {
      const el = await fixture<IntakeContactCard>(
        html`<intake-contact-card phone="206-555-0100"></intake-contact-card>`,
      );
      swapNumbers(['(206) 555-0100'], '(206) 555-0999', '+12065550999');
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      const call = shadow(el).querySelector('[part="call"]')!;
      expect(call.getAttribute('href')).to.equal('tel:+12065550999');
      expect(call.textContent).to.contain('(206) 555-0999');
    });

    it('follows a swap of a site-written link made before the card upgraded', async () => {
      const el = await fixture<IntakeContactCard>(
        html`<intake-contact-card><a href="tel:+12065550999">(206) 555-0999</a></intake-contact-card>`,
      );
      expect(shadow(el).querySelector('[part="call"]')!.getAttribute('href')).to.equal('tel:+12065550999');
    });

    it('says so when its phone and the tel: link written inside it disagree at first sight', async () => {
      resetWarnings();
      let el!: IntakeContactCard;
      const warnings = await captureConsole(async () => {
        el = await fixture<IntakeContactCard>(
          html`<intake-contact-card phone="+1-512-555-0123"><a href="tel:+12065550100">(206) 555-0100</a></intake-contact-card>`,
        );
      });
      expect(shadow(el).querySelector('[part="call"]')!.getAttribute('href')).to.equal('tel:+12065550100');
      expect(warnings).to.deep.equal([
        'intake-widgets: <intake-contact-card> phone is (512) 555-0123, but the tel: link written inside it dials (206) 555-0100; the link is used, as after a call-tracking swap. If it is left over, change or remove it.',
      ]);
      // The same number in both, or a link with no phone of the card's own, says nothing.
      resetWarnings();
      const quiet = await captureConsole(async () => {
        await fixture(
          html`<intake-contact-card phone="206-555-0100"><a href="tel:+12065550100">(206) 555-0100</a></intake-contact-card>`,
        );
        await fixture(
          html`<intake-contact-card><a href="tel:+12065550999">(206) 555-0999</a></intake-contact-card>`,
        );
      });
      expect(quiet).to.deep.equal([]);
    });

    it('never takes a 911 or 988 link in the fallback text for admissions’ number', async () => {
      const el = await fixture<IntakeContactCard>(
        html`<intake-contact-card phone="206-555-0100" json-ld><p>In danger now? Call <a href="tel:911">911</a>, or <a href="tel:988">988</a>. Admissions: <a href="tel:+12065550155">(206) 555-0155</a></p></intake-contact-card>`,
      );
      expect(shadow(el).querySelector('[part="call"]')!.getAttribute('href')).to.equal('tel:+12065550155');
      const crisisOnly = await fixture<IntakeContactCard>(
        html`<intake-contact-card phone="206-555-0100" json-ld><p>Call <a href="tel:911">911</a></p></intake-contact-card>`,
      );
      expect(shadow(crisisOnly).querySelector('[part="call"]')!.getAttribute('href')).to.equal(
        'tel:+12065550100',
      );
      const jsonLd = JSON.parse(crisisOnly.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(jsonLd.telephone).to.equal('+12065550100');
    });

    it('follows a text-only swap', async () => {
      const el = await fixture<IntakeContactCard>(
        html`<intake-contact-card phone="206-555-0100"></intake-contact-card>`,
      );
      const mirror = el.querySelector('a[data-intake-phone]')!;
      mirror.textContent = '206.555.0888';
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="call"]')!.getAttribute('href')).to.equal('tel:+12065550888');
    });

    it("never takes SAMHSA's helpline in the fallback text for admissions' number", async () => {
      const el = await fixture<IntakeContactCard>(
        html`<intake-contact-card hours="24/7"><p>In crisis? SAMHSA <a href="tel:+18006624357">1-800-662-4357</a> (TTY <a href="tel:+18004874889">1-800-487-4889</a>).</p><p>Admissions: <a href="tel:+12065550100">(206) 555-0100</a></p></intake-contact-card>`,
      );
      expect(shadow(el).querySelector('[part="call"]')!.getAttribute('href')).to.equal('tel:+12065550100');
    });

    it('keeps the last number it could read when a swap writes one it cannot', async () => {
      await withSiteDefaults({ phone: '+1-206-555-0100' }, async () => {
        const el = await fixture<IntakeContactCard>(
          html`<intake-contact-card sms><a href="tel:+12535550142">(253) 555-0142</a></intake-contact-card>`,
        );
        const link = el.querySelector('a')!;
        link.setAttribute('href', 'tel:555-0123');
        link.textContent = '555-0123';
        await new Promise((resolve) => setTimeout(resolve, 0));
        await el.updateComplete;
        expect(shadow(el).querySelector('[part="call"]')!.getAttribute('href')).to.equal('tel:+12535550142');
      });
    });

    it('texts admissions’ own number with a bare sms, not the tracking number (many cannot take texts)', async () => {
      const el = await fixture<IntakeContactCard>(
        html`<intake-contact-card phone="206-555-0100" sms></intake-contact-card>`,
      );
      swapNumbers(['(206) 555-0100'], '(303) 555-0123', '+13035550123');
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="call"]')!.getAttribute('href')).to.equal('tel:+13035550123');
      expect(shadow(el).querySelector('[part="sms"]')!.getAttribute('href')).to.match(/^sms:\+12065550100/);
    });

    it('follows a swap of the href alone made before the card came (a split or vanity number in the text)', async () => {
      const split = await fixture<IntakeContactCard>(
        html`<intake-contact-card><a href="tel:+13035550123"><span>(206)</span> <span>555-0100</span></a></intake-contact-card>`,
      );
      expect(shadow(split).querySelector('[part="call"]')!.getAttribute('href')).to.equal('tel:+13035550123');
      const configured = await fixture<IntakeContactCard>(
        html`<intake-contact-card phone="206-555-0100"><a href="tel:+13035550123">(206) 555-0100</a></intake-contact-card>`,
      );
      expect(shadow(configured).querySelector('[part="call"]')!.getAttribute('href')).to.equal(
        'tel:+13035550123',
      );
      const vanity = await fixture<IntakeContactCard>(
        html`<intake-contact-card><a href="tel:+18005550199">1-800-GET-HELP</a></intake-contact-card>`,
      );
      expect(shadow(vanity).querySelector('[part="call"]')!.getAttribute('href')).to.equal(
        'tel:+18005550199',
      );
    });

    it('does not take another unreadable tel: link (711 for relay calls) for admissions’ number', async () => {
      const el = await fixture<IntakeContactCard>(
        html`<intake-contact-card phone="206-555-0100"><p>Deaf or hard of hearing? Dial <a href="tel:711">711</a>.</p></intake-contact-card>`,
      );
      // The hidden copy is there for a swapper to find, and the swap (of that number only) is followed.
      const copy = el.querySelector('a[data-intake-phone]')!;
      expect(copy).to.exist;
      copy.setAttribute('href', 'tel:+13035550123');
      copy.textContent = '(303) 555-0123';
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="call"]')!.getAttribute('href')).to.equal('tel:+13035550123');
    });

    it('follows a swap of the text alone made before the card came, and still texts the center', async () => {
      const el = await fixture<IntakeContactCard>(
        html`<intake-contact-card sms><a href="tel:+12065550100">(303) 555-0123</a></intake-contact-card>`,
      );
      expect(shadow(el).querySelector('[part="call"]')!.getAttribute('href')).to.equal('tel:+13035550123');
      expect(shadow(el).querySelector('[part="sms"]')!.getAttribute('href')).to.match(/^sms:\+12065550100/);
      // Swapped, href and text, before the card came: its phone attribute is the center's own.
      const set = await fixture<IntakeContactCard>(
        html`<intake-contact-card phone="206-555-0100" sms><a href="tel:+13035550123">(303) 555-0123</a></intake-contact-card>`,
      );
      expect(shadow(set).querySelector('[part="call"]')!.getAttribute('href')).to.equal('tel:+13035550123');
      expect(shadow(set).querySelector('[part="sms"]')!.getAttribute('href')).to.match(/^sms:\+12065550100/);
    });

    it('keeps a swap when its markup is written again (innerHTML), and reads one made while out of the page', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><intake-contact-card phone="206-555-0100" json-ld></intake-contact-card></div>`,
      );
      await (wrapper.firstElementChild as IntakeContactCard).updateComplete;
      swapNumbers(['(206) 555-0100'], '(303) 555-0123', '+13035550123');
      const markup = wrapper.innerHTML;
      wrapper.innerHTML = markup;
      const copy = wrapper.querySelector<IntakeContactCard>('intake-contact-card')!;
      await copy.updateComplete;
      expect(shadow(copy).querySelector('[part="call"]')!.getAttribute('href')).to.equal('tel:+13035550123');

      // Swapped while out of the page (a cached view a single-page app puts back).
      copy.remove();
      const link = copy.querySelector('a[data-intake-phone]')!;
      link.setAttribute('href', 'tel:+14255550111');
      link.textContent = '(425) 555-0111';
      wrapper.append(copy);
      await copy.updateComplete;
      await copy.updateComplete;
      expect(shadow(copy).querySelector('[part="call"]')!.getAttribute('href')).to.equal('tel:+14255550111');
      const data = JSON.parse(copy.querySelector('script[data-intake-json-ld]')!.textContent!);
      expect(data.telephone).to.equal('+14255550111');
    });

    it('IntakeWidgets.refreshPhones re-reads numbers', async () => {
      const el = await fixture<IntakeContactCard>(
        html`<intake-contact-card phone="206-555-0100"></intake-contact-card>`,
      );
      window.IntakeWidgets!.refreshPhones!();
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="call"]')!.getAttribute('href')).to.equal('tel:+12065550100');
    });
  });

  it('takes a number set from a framework, then IntakeWidgets.refresh() or a lang change, without a throw into the page', async () => {
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card phone="206-555-0100" json-ld email="intake@example.org"></intake-contact-card>`,
    );
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    const lang = document.documentElement.getAttribute('lang');
    window.addEventListener('error', onError);
    try {
      // What `phone={4255550111}` in JSX does: a number, read once the card next renders.
      el.phone = 4255550111 as unknown as string;
      expect(() => window.IntakeWidgets!.refreshPhones!()).to.not.throw();
      expect(() => el.refresh()).to.not.throw();
      el.email = 5 as unknown as string;
      expect(() => window.IntakeWidgets!.refresh!()).to.not.throw();
      document.documentElement.lang = 'en-US';
      await el.updateComplete;
      await new Promise((done) => setTimeout(done));
    } finally {
      if (lang === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.lang = lang;
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(shadow(el).querySelector('[part="call"]')!.getAttribute('href')).to.equal('tel:+14255550111');
    const data = JSON.parse(el.querySelector('script[data-intake-json-ld]')!.textContent!);
    expect(data.telephone).to.equal('+14255550111');
  });

  it('puts its headings at heading-level and one below, and warns about a level out of range', async () => {
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card heading-level="3" phone="206-555-0100" steps="We listen" address="1 Main St"></intake-contact-card>`,
    );
    const levels = () => [...shadow(el).querySelectorAll('h2, h3, h4, h5')].map((h) => h.localName);
    expect(levels()).to.deep.equal(['h3', 'h4', 'h4']);
    expect(shadow(el).querySelector('h3')!.getAttribute('part')).to.equal('heading');
    const warnings = await captureConsole(async () => {
      el.setAttribute('heading-level', '1');
      await el.updateComplete;
    });
    expect(levels()).to.deep.equal(['h2', 'h3', 'h3']);
    expect(warnings.join()).to.contain('heading-level="1" is not valid; using 2');
  });

  it('quotes a heading-level as written, and takes a removed layout or level back to its default silently', async () => {
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card layout="bar" heading-level="3" phone="206-555-0100"></intake-contact-card>`,
    );
    const warnings = await captureConsole(async () => {
      el.removeAttribute('layout');
      el.removeAttribute('heading-level');
      await el.updateComplete;
      expect(shadow(el).querySelector('h2.title')).to.not.equal(null);
      el.setAttribute('heading-level', 'h3');
      await el.updateComplete;
    });
    expect(el.layout).to.equal('card');
    expect(el.headingLevel).to.equal(2);
    expect(warnings).to.deep.equal([
      'intake-widgets: <intake-contact-card> heading-level="h3" is not valid; using 2.',
    ]);
  });

  describe('JSON-LD', () => {
    it('writes MedicalClinic data once into the light DOM and removes it with the element', async () => {
      const el = await fixture<IntakeContactCard>(
        html`<intake-contact-card json-ld name="Northpoint </script> Seattle" phone="206-555-0100" hours="24/7"></intake-contact-card>`,
      );
      const parent = el.parentElement!;
      parent.append(el); // move: disconnect and connect again
      await el.updateComplete;
      const scripts = el.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).to.have.length(1);
      expect(scripts[0].textContent).to.not.contain('</script>');
      const data = JSON.parse(scripts[0].textContent!);
      expect(data).to.include({
        '@type': 'MedicalClinic',
        name: 'Northpoint </script> Seattle',
        telephone: '+12065550100',
      });
      el.remove();
      expect(document.querySelectorAll('script[data-intake-json-ld]')).to.have.length(0);
    });

    it('writes the hours as schema.org values, one per set of days, and none when unreadable', async () => {
      const el = await fixture<IntakeContactCard>(
        html`<intake-contact-card json-ld phone="206-555-0100" hours="Mo-Fr 08:00-20:00; Sa 09:00-17:00"></intake-contact-card>`,
      );
      const data = () => JSON.parse(el.querySelector('script[data-intake-json-ld]')!.textContent!);
      expect(data().openingHours).to.deep.equal(['Mo-Fr 08:00-20:00', 'Sa 09:00-17:00']);
      el.setAttribute('hours', 'Monday 9-5');
      await el.updateComplete;
      expect(data()).to.not.have.property('openingHours');
      // Nor in part: a search listing would show the wrong week.
      el.setAttribute('hours', 'Mo-Fr 08:00-20:00; Sat 09:00-17:00');
      await el.updateComplete;
      expect(data()).to.not.have.property('openingHours');
    });

    it('writes the site default hours and phone, again after IntakeWidgets.refresh()', async () => {
      await withSiteDefaults({ hours: 'Mo-Fr 08:00-20:00', phone: '206-555-0100' }, async () => {
        const el = await fixture<IntakeContactCard>(
          html`<intake-contact-card json-ld></intake-contact-card>`,
        );
        const data = () => JSON.parse(el.querySelector('script[data-intake-json-ld]')!.textContent!);
        expect(data()).to.include({ telephone: '+12065550100' });
        expect(data().openingHours).to.deep.equal(['Mo-Fr 08:00-20:00']);
        // Hours alone (a new phone re-writes it through the call-tracking path anyway).
        window.IntakeWidgets!.defaults!.hours = 'Mo-Su 07:00-19:00';
        window.IntakeWidgets!.refresh!();
        await el.updateComplete;
        expect(data().openingHours).to.deep.equal(['Mo-Su 07:00-19:00']);
        window.IntakeWidgets!.defaults!.phone = '425-555-0111';
        window.IntakeWidgets!.refresh!();
        await el.updateComplete;
        expect(data()).to.include({ telephone: '+14255550111' });
      });
    });
  });

  it('settles after writing JSON-LD (its own light-DOM write does not re-render it)', async () => {
    const el = await fixture<IntakeContactCard>(
      html`<intake-contact-card json-ld phone="206-555-0100"></intake-contact-card>`,
    );
    let writes = 0;
    const watcher = new MutationObserver((records) => {
      writes += records.length;
    });
    watcher.observe(el, { subtree: true, childList: true, characterData: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    watcher.disconnect();
    expect(writes).to.equal(0);
    expect(el.isUpdatePending).to.equal(false);
  });

  describe('timers', () => {
    it('reads the hours again when the page is shown again (timers do not run while a phone sleeps)', async () => {
      const el = await fixture<IntakeContactCard>(
        html`<intake-contact-card phone="206-555-0100" hours=${hoursOpenNow()} timezone=${ZONE}></intake-contact-card>`,
      );
      const status = () => shadow(el).querySelector('[part="status"]')!.textContent!;
      expect(status()).to.match(/^Open now/);
      // Past the two hours left today. A page shown again reads them again; so does a computer
      // that woke with the page on screen: its window getting focus back, or the page shown from
      // the back-forward cache.
      for (const [target, type] of [
        [document, 'visibilitychange'],
        [window, 'focus'],
        [window, 'pageshow'],
      ] as const) {
        el.requestUpdate();
        await el.updateComplete;
        expect(status()).to.match(/^Open now/);
        await withClockAhead(6 * 3600_000, async () => {
          target.dispatchEvent(new Event(type));
          await el.updateComplete;
          expect(status(), type).to.match(/^Closed/);
        });
      }
      // While what it shows is still true, a window's focus (which comes and goes often) does not
      // render it again.
      el.requestUpdate();
      await el.updateComplete;
      window.dispatchEvent(new Event('focus'));
      expect(el.isUpdatePending).to.equal(false);
      el.remove();
    });

    it('keeps one timer for the next change and leaves none after removal', async () => {
      const live = new Set<unknown>();
      const originalSet = window.setTimeout;
      const originalClear = window.clearTimeout;
      window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
        const id = originalSet(
          (...args: unknown[]) => {
            live.delete(id);
            (fn as (...a: unknown[]) => void)(...args);
          },
          ms,
          ...rest,
        );
        live.add(id);
        return id;
      }) as typeof window.setTimeout;
      window.clearTimeout = ((id?: number) => {
        live.delete(id);
        originalClear(id);
      }) as typeof window.clearTimeout;
      try {
        const el = await fixture<IntakeContactCard>(
          html`<intake-contact-card phone="206-555-0100" hours=${hoursOpenNow()} timezone=${ZONE}></intake-contact-card>`,
        );
        expect(live.size).to.equal(1);
        el.remove();
        expect(live.size).to.equal(0);
      } finally {
        window.setTimeout = originalSet;
        window.clearTimeout = originalClear;
      }
    });
  });
});
