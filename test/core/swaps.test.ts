import { expect, fixture, html } from '@open-wc/testing';
import '../../src/embed.js';
import { dialledPhone, forgetSwaps, noteSwap } from '../../src/core/defaults.js';
import { parsePhone } from '../../src/core/phone.js';
import { withSiteDefaults } from '../fixtures/site-defaults.js';

const settle = async (...elements: Element[]) => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  for (const element of elements)
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
};

describe('call-tracking swaps across widgets', () => {
  it('records the first swap of a number a card showed at first, and gives it for that number only', () => {
    const original = parsePhone('(541) 555-0100');
    const swapped = parsePhone('(541) 555-0199');
    const other = parsePhone('(541) 555-0142');
    const card = document.body.appendChild(document.createElement('div'));
    expect(noteSwap(original, original, original, card)).to.equal(false);
    expect(noteSwap(original, original, null, card)).to.equal(false);
    expect(noteSwap(null, swapped, swapped, card)).to.equal(false);
    // A card that showed another number from the start (a link of the site's own) is no swap.
    expect(noteSwap(original, other, swapped, card)).to.equal(false);
    expect(dialledPhone('intake-care-quiz', '541-555-0100')?.e164).to.equal('+15415550100');
    expect(noteSwap(original, original, swapped, card)).to.equal(true);
    expect(noteSwap(original, original, swapped, card)).to.equal(false);
    // Another card with the same number, not swapped yet or swapped to another, changes nothing.
    expect(noteSwap(original, original, original, card)).to.equal(false);
    expect(noteSwap(original, original, other, card)).to.equal(false);
    expect(dialledPhone('intake-care-quiz', '541-555-0100')?.e164).to.equal('+15415550199');
    expect(dialledPhone('intake-care-quiz', '541-555-0111')?.e164).to.equal('+15415550111');
    // Known while the card that saw it is on the page and shows it.
    expect(forgetSwaps(document.createElement('div'))).to.equal(false);
    expect(forgetSwaps(card)).to.equal(true);
    expect(dialledPhone('intake-care-quiz', '541-555-0100')?.e164).to.equal('+15415550100');
    // A card no longer on the page (rendered once more after it left) records nothing.
    card.remove();
    expect(noteSwap(original, original, swapped, card)).to.equal(false);
  });

  it('gives a card added after a swap (a call bar a theme inserts on scroll) the number swapped in, until it is swapped back', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div><intake-contact-card phone="360-555-0142"></intake-contact-card></div>`,
    );
    const card = page.querySelector('intake-contact-card')!;
    await settle(card);
    const link = card.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    const swap = (number: string) => {
      link.href = `tel:+1${number.replace(/\D/g, '')}`;
      link.textContent = number;
    };
    swap('(360) 555-0177');
    await settle(card);
    const bar = document.createElement('intake-contact-card');
    bar.setAttribute('phone', '360-555-0142');
    bar.setAttribute('layout', 'bar');
    const other = document.createElement('intake-contact-card');
    other.setAttribute('phone', '360-555-0111');
    page.append(bar, other);
    await settle(bar, other);
    const dials = () =>
      [card, bar, other].map((el) => el.shadowRoot!.querySelector('[part="call"]')!.getAttribute('href'));
    expect(dials()).to.deep.equal(['tel:+13605550177', 'tel:+13605550177', 'tel:+13605550111']);
    // Swapped back (a tracking script that restores the number): every card shows it again.
    swap('(360) 555-0142');
    await settle(card, bar, other);
    await settle(card, bar, other);
    expect(dials()).to.deep.equal(['tel:+13605550142', 'tel:+13605550142', 'tel:+13605550111']);
    // Swapped again, then the card that saw it leaves: the bar goes back to the number it was given.
    swap('(360) 555-0188');
    await settle(card, bar, other);
    await settle(card, bar, other);
    expect(dials()[1]).to.equal('tel:+13605550188');
    card.remove();
    await settle(bar, other);
    await settle(bar, other);
    expect(bar.shadowRoot!.querySelector('[part="call"]')!.getAttribute('href')).to.equal('tel:+13605550142');
  });

  it('settles with two cards of one configured number whose own links dial two others', async () => {
    await withSiteDefaults({ phone: '458-555-0142' }, async () => {
      const page = await fixture(
        html`<div><intake-contact-card><a href="tel:+14585550111">(458) 555-0111</a></intake-contact-card><intake-contact-card><a href="tel:+14585550122">(458) 555-0122</a></intake-contact-card></div>`,
      );
      const cards = [...page.querySelectorAll('intake-contact-card')];
      // Before the fix the two took turns recording their number and re-rendering every widget,
      // in microtasks without end: the page froze here.
      await settle(...cards);
      await settle(...cards);
      expect(
        cards.map((card) => (card as unknown as { isUpdatePending: boolean }).isUpdatePending),
      ).to.deep.equal([false, false]);
      expect(
        cards.map((card) => card.shadowRoot!.querySelector('[part="call"]')!.getAttribute('href')),
      ).to.deep.equal(['tel:+14585550111', 'tel:+14585550122']);
      expect(dialledPhone('intake-care-quiz', undefined)?.e164).to.equal('+14585550142');
    });
  });

  it("moves the quiz's call button to the number a card on the page was swapped to, for the same number", async () => {
    await withSiteDefaults({ phone: '503-555-0142' }, async () => {
      const page = await fixture(
        html`<div><intake-contact-card></intake-contact-card><intake-care-quiz></intake-care-quiz><intake-care-quiz phone="971-555-0100"></intake-care-quiz></div>`,
      );
      const card = page.querySelector('intake-contact-card')!;
      const quizzes = [...page.querySelectorAll('intake-care-quiz')];
      for (const quiz of quizzes) {
        // For themselves, no urgent item, then thoughts of self-harm: the crisis screen, which
        // offers admissions too.
        const pick = async (value: string) => {
          quiz.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
          await quiz.updateComplete;
          quiz.shadowRoot!.querySelector<HTMLElement>('[part="next"]')!.click();
          await quiz.updateComplete;
        };
        await pick('self');
        await pick('none');
        await pick('nearly-every-day');
      }
      const dialled = () =>
        quizzes.map((quiz) =>
          quiz.shadowRoot!.querySelector('[part="crisis"] [part="call"]')!.getAttribute('href'),
        );
      expect(dialled()).to.deep.equal(['tel:+15035550142', 'tel:+19715550100']);

      // What a call-tracking script does to the card's number in the page's light DOM.
      const link = card.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
      link.href = 'tel:+15035550177';
      link.textContent = '(503) 555-0177';
      await settle(card, ...quizzes);
      expect(card.shadowRoot!.querySelector('[part="call"]')!.getAttribute('href')).to.equal(
        'tel:+15035550177',
      );
      expect(dialled()).to.deep.equal(['tel:+15035550177', 'tel:+19715550100']);
      expect(quizzes[0].shadowRoot!.querySelector('[part="crisis"] [part="call"]')!.textContent).to.contain(
        '(503) 555-0177',
      );
    });
  });

  it("offers no card's number when the cards on the page show several (several locations), and forgets a removed card's", async () => {
    const page = await fixture(
      html`<div><intake-contact-card phone="(928) 555-0111"></intake-contact-card><intake-contact-card phone="(928) 555-0122"></intake-contact-card></div>`,
    );
    await settle(...page.children);
    expect(dialledPhone('intake-care-quiz', undefined)).to.equal(null);
    page.children[1].remove();
    await settle(page.children[0]);
    expect(dialledPhone('intake-care-quiz', undefined)?.e164).to.equal('+19285550111');
    page.children[0].remove();
    expect(dialledPhone('intake-care-quiz', undefined)).to.equal(null);
  });

  it("offers a card's number when the quiz and the form have none, and says they have none", async () => {
    const { captureConsole } = await import('../fixtures/console.js');
    let page!: Element;
    const warnings = await captureConsole(async () => {
      page = await fixture(
        html`<div><intake-care-quiz></intake-care-quiz><intake-insurance-check endpoint="/api/intake"></intake-insurance-check><intake-contact-card phone="(928) 555-0142"></intake-contact-card></div>`,
      );
    });
    expect(warnings).to.deep.equal([
      "intake-widgets: <intake-care-quiz> has no phone number (phone, or data-phone on the script tag): its result offers the number of the page's contact cards, if they show one, else no call.",
      "intake-widgets: <intake-insurance-check> has no phone number (phone, or data-phone on the script tag): if sending fails it offers the number of the page's contact cards, if they show one, else no call.",
    ]);
    const quiz = page.querySelector('intake-care-quiz')!;
    for (const value of ['self', 'none', 'nearly-every-day']) {
      quiz.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
      await quiz.updateComplete;
      quiz.shadowRoot!.querySelector<HTMLElement>('[part="next"]')!.click();
      await quiz.updateComplete;
    }
    expect(quiz.shadowRoot!.querySelector('[part="crisis"] [part="call"]')!.getAttribute('href')).to.equal(
      'tel:+19285550142',
    );
  });
});
