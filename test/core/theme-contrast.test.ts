import { expect, fixture, html } from '@open-wc/testing';
import '../../src/embed.js';
import { checkThemeContrast, contrastRatio, opaqueRgb } from '../../src/core/theme-contrast.js';
import { resetWarnings } from '../../src/core/warn.js';
import { captureConsole } from '../fixtures/console.js';

describe('theme contrast', () => {
  beforeEach(resetWarnings);

  it('reads opaque sRGB colours as the browser computes them, and nothing else', () => {
    expect(opaqueRgb('rgb(11, 92, 173)')).to.deep.equal([11, 92, 173]);
    expect(opaqueRgb('rgba(11, 92, 173, 1)')).to.deep.equal([11, 92, 173]);
    expect(opaqueRgb('color(srgb 1 0.5 0)')).to.deep.equal([255, 127.5, 0]);
    for (const computed of [
      'rgba(0, 0, 0, 0)',
      'rgba(11, 92, 173, 0.5)',
      'color(srgb 1 0.5 0 / 0.5)',
      'oklch(0.7 0.1 200)',
      'color(display-p3 1 0 0)',
      '',
    ]) {
      expect(opaqueRgb(computed), computed).to.equal(null);
    }
  });

  it('measures contrast as WCAG 2 does', () => {
    expect(contrastRatio([255, 255, 255], [0, 0, 0])).to.equal(21);
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).to.equal(21);
    expect(contrastRatio([11, 92, 173], [11, 92, 173])).to.equal(1);
    expect(contrastRatio([11, 92, 173], [255, 255, 255])).to.be.closeTo(6.67, 0.01);
    // #767676 on white is the well-known 4.54:1.
    expect(contrastRatio([118, 118, 118], [255, 255, 255])).to.be.closeTo(4.54, 0.01);
  });

  it('says nothing about the built-in theme', async () => {
    const el = await fixture(html`<intake-contact-card phone="206-555-0100"></intake-contact-card>`);
    const warnings = await captureConsole(() =>
      checkThemeContrast(el as HTMLElement, el.shadowRoot!.querySelector('.card')!),
    );
    expect(warnings).to.deep.equal([]);
  });

  it('puts dark text on a light brand accent, and names links that cannot be read', async () => {
    const el = await fixture(
      html`<intake-contact-card phone="206-555-0100" style="--intake-accent: #f7941d"></intake-contact-card>`,
    );
    const call = el.shadowRoot!.querySelector('[part="call"]')!;
    expect(getComputedStyle(call).color).to.equal('rgb(0, 0, 0)');
    const warnings = await captureConsole(() =>
      checkThemeContrast(el as HTMLElement, el.shadowRoot!.querySelector('.card')!),
    );
    expect(warnings).to.deep.equal([
      "intake-widgets: <intake-contact-card> the theme's colour for links has a contrast of 2.3:1 with the colour behind it; text needs 4.5:1 to be read by people with low vision (WCAG AA). Set --intake-accent.",
    ]);
  });

  it("keeps the site's own button text colour, and says when it cannot be read", async () => {
    const el = await fixture(
      html`<intake-contact-card phone="206-555-0100" style="--intake-accent: #0b5cad; --intake-on-accent: #1b1f24"></intake-contact-card>`,
    );
    const call = el.shadowRoot!.querySelector('[part="call"]')!;
    expect(getComputedStyle(call).color).to.equal('rgb(27, 31, 36)');
    const warnings = await captureConsole(() =>
      checkThemeContrast(el as HTMLElement, el.shadowRoot!.querySelector('.card')!),
    );
    expect(warnings).to.have.length(1);
    expect(warnings[0])
      .to.contain('colour for button text has a contrast of 2.5:1')
      .and.contain('Set --intake-on-accent or --intake-accent.');
  });

  it('judges text on a see-through surface against the page behind it, and leaves a background image unjudged', async () => {
    const dark = await fixture(
      html`<div style="background: #1b1f24"><p><intake-contact-card phone="206-555-0100" style="--intake-surface: transparent"></intake-contact-card></p></div>`,
    );
    const card = dark.querySelector('intake-contact-card')!;
    const warnings = await captureConsole(() =>
      checkThemeContrast(card, card.shadowRoot!.querySelector('.card')!),
    );
    expect(warnings.map((w) => /colour for ([a-z ]+) has/.exec(w)?.[1])).to.deep.equal([
      'text',
      'secondary text',
      'links',
    ]);

    resetWarnings();
    const pictured = await fixture(
      html`<div style="background: #1b1f24 url(data:image/gif;base64,R0lGODlhAQABAAAAACw=)"><intake-contact-card phone="206-555-0100" style="--intake-surface: transparent"></intake-contact-card></div>`,
    );
    const other = pictured.querySelector('intake-contact-card')!;
    expect(
      await captureConsole(() => checkThemeContrast(other, other.shadowRoot!.querySelector('.card')!)),
    ).to.deep.equal([]);
  });

  it("names the widget's own token when that is what the site set (--intake-card-surface)", async () => {
    const el = await fixture(
      html`<intake-contact-card phone="206-555-0100" style="--intake-card-surface: #1b1f24"></intake-contact-card>`,
    );
    const warnings = await captureConsole(() =>
      checkThemeContrast(el as HTMLElement, el.shadowRoot!.querySelector('.card')!),
    );
    expect(warnings[0])
      .to.contain('colour for text has')
      .and.contain('Set --intake-text or --intake-card-surface.');
  });

  it('is checked by the first widget of a kind on the page, once the browser is idle', async () => {
    const idle = () => new Promise((resolve) => requestIdleCallback(resolve));
    const warnings = await captureConsole(async () => {
      await fixture(
        html`<intake-insurance-check endpoint="/api/intake" phone="206-555-0100" style="--intake-text: #999"></intake-insurance-check>`,
      );
      await idle();
      await fixture(
        html`<intake-insurance-check endpoint="/api/intake" phone="206-555-0100" style="--intake-muted: #bbb"></intake-insurance-check>`,
      );
      await idle();
    });
    expect(warnings, warnings.join('\n')).to.have.length(1);
    expect(warnings[0]).to.match(
      /^intake-widgets: <intake-insurance-check> the theme's colour for text has a contrast of 2\.8:1/,
    );
  });

  it('judges a widget shown in a slot against what is painted behind the slot', async () => {
    const outer = await fixture(html`<div></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    const box = Object.assign(document.createElement('div'), { style: 'background: #111' });
    box.append(document.createElement('slot'));
    root.append(box);
    const card = document.createElement('intake-contact-card');
    card.setAttribute('phone', '206-555-0100');
    card.setAttribute(
      'style',
      '--intake-surface: transparent; --intake-text: #eee; --intake-muted: #ccc; --intake-accent: #9cf',
    );
    outer.append(card);
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(
      await captureConsole(() => checkThemeContrast(card, card.shadowRoot!.querySelector('.card')!)),
    ).to.deep.equal([]);
  });

  it('leaves text on a dark-mode page with no background of its own unjudged', async () => {
    document.documentElement.style.colorScheme = 'dark';
    try {
      const card = await fixture(
        html`<intake-contact-card phone="206-555-0100" style="--intake-surface: transparent; --intake-text: #eee"></intake-contact-card>`,
      );
      const warnings = await captureConsole(() =>
        checkThemeContrast(card as HTMLElement, card.shadowRoot!.querySelector('.card')!),
      );
      expect(warnings).to.deep.equal([]);
    } finally {
      document.documentElement.style.colorScheme = '';
    }
  });

  it('keeps the crisis buttons white on the crisis red, whatever the accent', async () => {
    const quiz = await fixture(html`<intake-care-quiz style="--intake-accent: #f7941d"></intake-care-quiz>`);
    for (const value of ['self', 'none', 'nearly-every-day']) {
      quiz.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
      await (quiz as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      quiz.shadowRoot!.querySelector<HTMLElement>('[part="next"]')!.click();
      await (quiz as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    }
    const call = quiz.shadowRoot!.querySelector('[part="crisis"] .button.danger:not(.secondary)')!;
    expect(getComputedStyle(call).color).to.equal('rgb(255, 255, 255)');
  });
});
