import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/embed.js';
import { resetWarnings } from '../../src/core/warn.js';
import type { IntakeInsuranceCheck } from '../../src/insurance-check/insurance-check.js';
import type { InsuranceRequest } from '../../src/insurance-check/payload.js';
import { a11yTree } from '../fixtures/a11y.js';
import { captureConsole } from '../fixtures/console.js';
import { hoursClosedNow, hoursOpenNow, ZONE } from '../fixtures/hours-now.js';
import { withSiteDefaults } from '../fixtures/site-defaults.js';
import { expectSpacesKept } from '../fixtures/spaces.js';
import { loadRequestSchema, schemaErrors } from './schema-check.js';

type Values = Record<string, string | boolean>;

/** What a visitor would type for a full check of their own insurance. */
const FULL: Values = {
  who: 'self',
  firstName: 'Ana',
  lastName: 'Ruiz',
  dobMonth: '4',
  dobDay: '17',
  dobYear: '1990',
  phone: '(206) 555-0100',
  email: 'ana@example.org',
  bestTime: 'evening',
  carrier: 'Aetna',
  memberId: 'XYZ123456789',
  holder: 'yes',
  consent: true,
};
/** Every typed value that must never leave the form except in the request body. */
const TYPED = ['Ana', 'Ruiz', '1990', '555-0100', '5550100', 'ana@example.org', 'XYZ123456789', 'Aetna'];

const root = (el: IntakeInsuranceCheck) => el.shadowRoot!;
const $ = <T extends Element = HTMLInputElement>(el: IntakeInsuranceCheck, selector: string) =>
  root(el).querySelector<T>(selector)!;

/** Types into the form the way a visitor does: value, then an input event (radios and checkboxes are clicked). */
async function fill(el: IntakeInsuranceCheck, values: Values): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    await el.updateComplete;
    if (name === 'who' || name === 'holder') {
      $(el, `input[name="${name}"][value="${value}"]`).click();
      continue;
    }
    const input = $<HTMLInputElement | HTMLSelectElement>(el, `#${name}`);
    expect(input, name).to.exist;
    if (input instanceof HTMLInputElement && input.type === 'checkbox') {
      if (input.checked !== value) input.click();
      continue;
    }
    input.value = String(value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  await el.updateComplete;
}

async function submit(el: IntakeInsuranceCheck): Promise<void> {
  $(el, '[part="submit"]').click();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

/** Replaces window.fetch with a scripted fake that records requests. */
function stubFetch(answer: (call: number) => Promise<Response> | Response) {
  const calls: Array<{ url: string; key: string | null; body: InsuranceRequest }> = [];
  const original = window.fetch;
  window.fetch = ((url: string, init: RequestInit) => {
    calls.push({
      url: String(url),
      key: new Headers(init.headers).get('idempotency-key'),
      body: JSON.parse(String(init.body)),
    });
    return Promise.resolve(answer(calls.length));
  }) as typeof fetch;
  return { calls, restore: () => (window.fetch = original) };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** Resolves once `condition` holds (checked after each render). */
async function until(el: IntakeInsuranceCheck, condition: () => unknown): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await el.updateComplete;
  }
  expect(Boolean(condition()), 'condition').to.equal(true);
}

async function form(): Promise<IntakeInsuranceCheck> {
  return fixture<IntakeInsuranceCheck>(
    html`<intake-insurance-check endpoint="/api/intake" phone="206-555-0100" min-fill-ms="0"></intake-insurance-check>`,
  );
}

/** Records every intake-* event that reaches the document. */
function recordEvents() {
  const names = [
    'intake-insurance-start',
    'intake-insurance-submitted',
    'intake-insurance-error',
    'intake-insurance-submit',
  ];
  const events: Array<{ type: string; detail: unknown }> = [];
  const listener = (event: Event) => events.push({ type: event.type, detail: (event as CustomEvent).detail });
  for (const name of names) document.addEventListener(name, listener);
  return {
    events,
    stop: () => {
      for (const name of names) document.removeEventListener(name, listener);
    },
  };
}

describe('<intake-insurance-check>', () => {
  let fetchStub: ReturnType<typeof stubFetch> | undefined;
  beforeEach(() => resetWarnings());
  afterEach(() => {
    fetchStub?.restore();
    fetchStub = undefined;
  });

  it('passes axe with the empty form', async () => {
    const el = await form();
    await expect(el).to.be.accessible();
    expectSpacesKept(el);
  });

  it('passes axe with the empty form in Spanish, with Spanish text', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es"><intake-insurance-check card-upload min-fill-ms="0"></intake-insurance-check></div>`,
    );
    const el = wrapper.querySelector('intake-insurance-check')!;
    await el.updateComplete;
    expect($(el, 'h2').textContent).to.equal('Verifique su seguro médico');
    expect($(el, 'label[for="firstName"]').textContent).to.equal('Nombre');
    expect($(el, '[part="submit"]').textContent!.trim()).to.equal('Verificar mi seguro');
    await expect(el).to.be.accessible();
    expectSpacesKept(el);
  });

  it('draws light form controls on its light surface even on a dark-mode page, unless told otherwise', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div style="color-scheme: dark"><intake-insurance-check></intake-insurance-check></div>`,
    );
    const el = page.querySelector<IntakeInsuranceCheck>('intake-insurance-check')!;
    await el.updateComplete;
    const radio = $(el, 'input[type="radio"]');
    expect(getComputedStyle(radio).colorScheme).to.equal('light');
    el.style.setProperty('--intake-color-scheme', 'dark');
    expect(getComputedStyle(radio).colorScheme).to.equal('dark');
  });

  it('has labelled fields with the right autocomplete and inputmode, and no SSN field', async () => {
    const el = await form();
    const r = root(el);
    for (const control of r.querySelectorAll<HTMLInputElement>('input:not([type=radio]), select')) {
      if (control.id === 'website') continue;
      expect(r.querySelector(`label[for="${control.id}"]`), control.id).to.exist;
    }
    expect($(el, '#phone').getAttribute('autocomplete')).to.equal('tel');
    expect($(el, '#phone').getAttribute('inputmode')).to.equal('tel');
    expect($(el, '#phone').type).to.equal('tel');
    expect($(el, '#email').getAttribute('autocomplete')).to.equal('email');
    expect($(el, '#dobYear').getAttribute('inputmode')).to.equal('numeric');
    expect($(el, '#dobMonth').hasAttribute('aria-describedby')).to.equal(false);
    // Until the visitor says the form is about themselves, the person who needs care is a section
    // of their own: Chrome ignores "off" on a name field, and filled the visitor's own name there.
    expect($(el, '#firstName').getAttribute('autocomplete')).to.equal('section-patient given-name');
    await fill(el, { who: 'self' });
    expect($(el, '#firstName').getAttribute('autocomplete')).to.equal('given-name');
    expect($(el, '#lastName').getAttribute('autocomplete')).to.equal('family-name');
    expect(['Month', 'Day', 'Year'].map((p) => $(el, `#dob${p}`).getAttribute('autocomplete'))).to.deep.equal(
      ['bday-month', 'bday-day', 'bday-year'],
    );
    await fill(el, { who: 'loved-one' });
    expect($(el, '#firstName').getAttribute('autocomplete')).to.equal('section-patient given-name');
    expect($(el, '#lastName').getAttribute('autocomplete')).to.equal('section-patient family-name');
    expect($(el, '#dobDay').getAttribute('autocomplete')).to.equal('section-patient bday-day');
    // The visitor's own phone and email stay in the default section, apart from the patient's.
    expect($(el, '#phone').getAttribute('autocomplete')).to.equal('tel');
    await fill(el, { holder: 'no' });
    expect($(el, '#holderFirstName').getAttribute('autocomplete')).to.equal('section-holder given-name');
    expect($(el, '#holderDobYear').getAttribute('autocomplete')).to.equal('section-holder bday-year');
    expect($(el, '#relationship')).to.exist;
    // Names and the card's codes: no autocorrect or spell check on a phone, capitals as written.
    for (const [id, caps] of [
      ['firstName', 'words'],
      ['holderLastName', 'words'],
      ['memberId', 'characters'],
      ['groupNumber', 'characters'],
    ]) {
      const control = $(el, `#${id}`);
      expect(
        [control.getAttribute('autocapitalize'), control.getAttribute('autocorrect'), control.spellcheck],
        id,
      ).to.deep.equal([caps, 'off', false]);
    }
    expect(r.innerHTML).not.to.match(/ssn|social security/i);
    // The honeypot is out of reach for people and assistive technology.
    expect($(el, '#website').tabIndex).to.equal(-1);
    expect($(el, '#website').closest('[aria-hidden="true"]')).to.exist;
  });

  it('marks as required exactly what the form would ask for if left empty, as the choices change', async () => {
    const el = await fixture<IntakeInsuranceCheck>(
      html`<intake-insurance-check endpoint="/api/intake" card-upload></intake-insurance-check>`,
    );
    const required = () => [
      ...new Set([...root(el).querySelectorAll<HTMLInputElement>('[required]')].map((c) => c.name)),
    ];
    expect(required()).to.deep.equal([
      'who',
      'firstName',
      'lastName',
      'dobMonth',
      'dobDay',
      'dobYear',
      'phone',
      'email',
      'carrier',
      'memberId',
      'holder',
      'consent',
    ]);
    await fill(el, { who: 'loved-one', holder: 'no', carrier: '__other' });
    expect(required()).to.include.members([
      'relationship',
      'carrierOther',
      'holderFirstName',
      'holderLastName',
      'holderDobYear',
      'holderRelationship',
    ]);
    expect(required()).to.not.include.members(['groupNumber', 'bestTime', 'sms', 'cardFront']);
    $(el, '[part="mode"]').click();
    await el.updateComplete;
    expect(required()).to.deep.equal(['who', 'relationship', 'firstName', 'lastName', 'phone', 'consent']);
  });

  it('lists the default carriers with "Other", or the site’s own from the carriers attribute', async () => {
    const el = await form();
    const options = () => [...root(el).querySelectorAll('#carrier option')].map((o) => o.textContent);
    expect(options()).to.include.members(['Aetna', 'Medicaid', 'Medicare', 'Other']);
    el.setAttribute('carriers', 'Premera Blue Cross, Regence');
    await el.updateComplete;
    expect(options()).to.deep.equal(['Choose one', 'Premera Blue Cross', 'Regence', 'Other']);
    expect($(el, '#carrierOther')).to.equal(null);
    await fill(el, { carrier: '__other' });
    expect($(el, 'label[for="carrierOther"]').textContent).to.equal('Name of the insurance company');
  });

  it('keeps a chosen carrier in sight when the site changes the list afterwards: what is sent is shown', async () => {
    const el = await form();
    await fill(el, { carrier: 'Aetna' });
    el.setAttribute('carriers', 'Premera Blue Cross, Regence');
    await el.updateComplete;
    const select = $(el, '#carrier') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).to.deep.equal([
      'Choose one',
      'Aetna',
      'Premera Blue Cross',
      'Regence',
      'Other',
    ]);
    expect(select.value).to.equal('Aetna');
  });

  it('shows every error with a summary on submit, keeps every value, and passes axe', async () => {
    const el = await fixture<IntakeInsuranceCheck>(
      html`<intake-insurance-check card-upload min-fill-ms="0"></intake-insurance-check>`,
    );
    const { events, stop } = recordEvents();
    // A not-an-image file gives the card photo its error too.
    const card = $(el, '#cardFront');
    const files = new DataTransfer();
    files.items.add(new File(['hello'], 'card.txt', { type: 'text/plain' }));
    card.files = files.files;
    card.dispatchEvent(new Event('change', { bubbles: true }));
    await until(el, () => root(el).querySelector('#cardFront-error'));
    // A photo that cannot be used is said at once (it is optional, so it does not block sending).
    expect($(el, '[role="status"]').textContent).to.equal(
      'Front of the card: This photo could not be used. Try a JPG or PNG photo or a screenshot, or send without it.',
    );
    expect($(el, '#cardFront').getAttribute('aria-describedby')).to.equal('cardFront-error');
    await fill(el, {
      who: 'loved-one',
      carrier: '__other',
      holder: 'no',
      dobYear: '3000',
      phone: '555',
      groupNumber: '#',
    });
    await submit(el);
    stop();
    const summary = $(el, '[part="error-summary"]');
    expect(root(el).activeElement).to.equal(summary);
    // Each link is to this page, written out whole: a relative "#…" would follow a <base href>.
    const page = location.href.replace(/#.*/, '');
    const links = [...summary.querySelectorAll('a')].map((a) => a.getAttribute('href')!.replace(page, ''));
    expect(links).to.deep.equal([
      '#relationship',
      '#firstName',
      '#lastName',
      '#dob',
      '#phone',
      '#email',
      '#carrierOther',
      '#memberId',
      '#groupNumber',
      '#holderFirstName',
      '#holderLastName',
      '#holderDob',
      '#holderRelationship',
      '#consent',
    ]);
    expect(summary.textContent).to.contain('Phone: Enter a US phone number with area code.');
    const phone = $(el, '#phone');
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    expect(phone.getAttribute('aria-describedby')).to.equal('phone-error');
    expect($(el, '#phone-error').textContent).to.equal('Enter a US phone number with area code.');
    expect($(el, '#dobMonth').getAttribute('aria-describedby')).to.equal('dob-error');
    // A date left half done: the parts still empty are the ones marked.
    expect(
      ['Month', 'Day', 'Year'].map((part) => $(el, `#dob${part}`).getAttribute('aria-invalid')),
    ).to.deep.equal(['true', 'true', 'false']);
    expect($(el, '#dob-error').textContent).to.equal(
      'Enter a real date: month, day and year (like 4, 17, 1990).',
    );
    expect($(el, '#consent').getAttribute('aria-describedby')).to.equal('consent-error');
    // Nothing typed was cleared.
    expect(phone.value).to.equal('555');
    expect($(el, '#dobYear').value).to.equal('3000');
    expect($(el, '#groupNumber').value).to.equal('#');
    expect($<HTMLSelectElement>(el, '#carrier').value).to.equal('__other');
    expect(events).to.deep.equal([
      { type: 'intake-insurance-start', detail: {} },
      { type: 'intake-insurance-error', detail: { kind: 'validation' } },
    ]);
    // A summary link moves focus to its field.
    summary.querySelector<HTMLAnchorElement>('a[href$="#dob"]')!.click();
    expect(root(el).activeElement).to.equal($(el, '#dobMonth'));
    await expect(el).to.be.accessible();
    expectSpacesKept(el);
  });

  it('marks only the year when the year is what is wrong, and its summary link goes to the year', async () => {
    const el = await form();
    await fill(el, { ...FULL, dobYear: '84' });
    await submit(el);
    const invalid = () =>
      ['Month', 'Day', 'Year'].map((part) => $(el, `#dob${part}`).getAttribute('aria-invalid'));
    expect(invalid()).to.deep.equal(['false', 'false', 'true']);
    // The message is still read from any part of the date.
    expect($(el, '#dobMonth').getAttribute('aria-describedby')).to.equal('dob-error');
    expect($(el, '#dob-error').textContent).to.equal('Enter the year with 4 digits, like 1990.');
    $(el, '[part="error-summary"] a[href$="#dob"]').click();
    expect(root(el).activeElement?.id).to.equal('dobYear');
    // A date that does not exist: all three.
    await fill(el, { dobMonth: '2', dobDay: '30', dobYear: '1990' });
    await submit(el);
    expect(invalid()).to.deep.equal(['true', 'true', 'true']);
  });

  it("draws a card photo's file field as its own button, in the page's language, named by both its labels", async () => {
    const el = await fixture<IntakeInsuranceCheck>(
      html`<intake-insurance-check lang="es" card-upload></intake-insurance-check>`,
    );
    const input = $(el, '#cardFront');
    const pick = $(el, 'label.pick[for="cardFront"]');
    expect(pick.textContent).to.equal('Elegir una foto');
    // The browser's own "Choose File / No file chosen" is out of sight; the field stays focusable.
    expect(input.getBoundingClientRect().width).to.be.at.most(1);
    input.focus();
    expect(root(el).activeElement).to.equal(input);
    // Its name holds both labels, so the words on the button can be spoken to voice control too.
    expect([...input.labels!].map((label) => label.textContent)).to.deep.equal([
      'Frente de la tarjeta',
      'Elegir una foto',
    ]);
    await expect(el).to.be.accessible();
    expectSpacesKept(el);
  });

  it('shows every error in Spanish and passes axe', async () => {
    const el = await fixture<IntakeInsuranceCheck>(
      html`<intake-insurance-check lang="es" card-upload min-fill-ms="0"></intake-insurance-check>`,
    );
    await fill(el, { who: 'loved-one', carrier: '__other', holder: 'no', phone: '555', groupNumber: '#' });
    await submit(el);
    expect($(el, '[part="error-summary"] h3').textContent).to.equal('Revise estas respuestas');
    expect(root(el).querySelectorAll('[part="error-summary"] a')).to.have.length(14);
    expect($(el, '#phone-error').textContent).to.equal('Escriba un número de EE. UU. con código de área.');
    expect($(el, '#consent-error').textContent).to.equal('Acepte para que podamos verificar su seguro.');
    await expect(el).to.be.accessible();
    expectSpacesKept(el);
  });

  it("words the call-back form's consent and its error for a call, in Spanish too; a site's consent-text stays in both forms", async () => {
    const el = await fixture<IntakeInsuranceCheck>(
      html`<intake-insurance-check lang="es" min-fill-ms="0"></intake-insurance-check>`,
    );
    $(el, '[part="mode"]').click();
    await el.updateComplete;
    expect($(el, 'label[for="consent"]').textContent).to.equal(
      'Acepto que este centro use esta información para llamarme y hablar sobre el tratamiento y las formas de pagarlo.',
    );
    await submit(el);
    expect($(el, '#consent-error').textContent).to.equal('Acepte para que podamos llamarle.');
    // Back to the insurance form: its own wording again.
    $(el, '[part="mode"]').click();
    await el.updateComplete;
    expect($(el, 'label[for="consent"]').textContent).to.contain('verificar los beneficios del seguro');
    const own = await fixture<IntakeInsuranceCheck>(
      html`<intake-insurance-check consent-text="We may call you."></intake-insurance-check>`,
    );
    $(own, '[part="mode"]').click();
    await own.updateComplete;
    expect($(own, 'label[for="consent"]').textContent).to.equal('We may call you.');
  });

  it('sends the contract body with an idempotency key and shows the result', async () => {
    fetchStub = stubFetch(() =>
      json(201, { status: 'in-network', reference: 'NP-7K2M9QXD', nextStep: 'Soon, from 1-800-555-0123.' }),
    );
    const el = await form();
    el.careLevel = 'iop';
    await fill(el, FULL);
    const submitted = oneEvent(el, 'intake-insurance-submitted');
    await submit(el);
    expect((await submitted).detail).to.deep.equal({ status: 'in-network' });
    expect(fetchStub.calls).to.have.length(1);
    const [call] = fetchStub.calls;
    expect(call.url).to.equal(`${location.origin}/api/intake`);
    expect(call.key).to.match(/^[0-9a-f-]{36}$/);
    expect(call.body.patient).to.deep.equal({
      firstName: 'Ana',
      lastName: 'Ruiz',
      dateOfBirth: '1990-04-17',
    });
    expect(call.body.contact).to.deep.equal({
      phone: '+12065550100',
      email: 'ana@example.org',
      bestTime: 'evening',
      smsConsent: false,
    });
    expect(call.body.careLevel).to.equal('iop');
    expect(call.body.page).to.equal(location.origin + location.pathname);
    expect(call.body.consent.text).to.contain('not a promise of coverage');
    expect(schemaErrors(call.body, await loadRequestSchema())).to.deep.equal([]);
    await until(el, () => root(el).querySelector('[part="result"]'));
    const result = $(el, '[part="result"]');
    expect(result.dataset.status).to.equal('in-network');
    expect(result.textContent).to.contain('Your plan seems to be in network (it works with our center).');
    expect(result.textContent).to.contain('Soon, from 1-800-555-0123.');
    expect(result.textContent).to.contain('Your reference number: NP-7K2M9QXD');
    // Read out on the phone: kept on one line where there is room, never split at its hyphen.
    expect([...result.querySelectorAll('.whole')].map((span) => span.textContent)).to.deep.equal([
      '1-800-555-0123',
      'NP-7K2M9QXD',
      '(206) 555-0100',
    ]);
    expect(result.textContent).to.contain('not a promise of coverage');
    expect(root(el).activeElement).to.equal($(el, 'h2'));
  });

  it('puts its headings at heading-level and one below (form, error summary, result)', async () => {
    fetchStub = stubFetch(() => json(200, { status: 'received' }));
    const el = await fixture<IntakeInsuranceCheck>(
      html`<intake-insurance-check heading-level="4" endpoint="/api/intake" min-fill-ms="0"></intake-insurance-check>`,
    );
    const levels = () => [...root(el).querySelectorAll('h2, h3, h4, h5')].map((h) => h.localName);
    expect(levels()).to.deep.equal(['h4']);
    await submit(el);
    expect(levels()).to.deep.equal(['h4', 'h5']);
    await fill(el, FULL);
    await submit(el);
    await until(el, () => root(el).querySelector('[part="result"]'));
    expect(levels()).to.deep.equal(['h4']);
    expect(root(el).activeElement).to.equal($(el, 'h4'));
  });

  it('keeps the result inside its box on a narrow screen with large text: long words break', async () => {
    fetchStub = stubFetch(() => json(200, { status: 'received' }));
    const el = await fixture<IntakeInsuranceCheck>(
      html`<intake-insurance-check endpoint="/api/intake" min-fill-ms="0" style="display: block; width: 160px; font-size: 32px"></intake-insurance-check>`,
    );
    await fill(el, FULL);
    await submit(el);
    await until(el, () => root(el).querySelector('[part="result"]'));
    const box = $(el, '[part="result"]').getBoundingClientRect();
    const outside = [...$(el, '[part="result"]').children]
      .filter((child) => child.getBoundingClientRect().right > box.right + 0.5)
      .map((child) => child.localName);
    expect(outside).to.deep.equal([]);
  });

  const STATUSES = ['verified', 'in-network', 'out-of-network', 'pending', 'received'] as const;
  for (const status of STATUSES) {
    for (const lang of ['en', 'es']) {
      it(`shows the ${status} result in ${lang} and passes axe`, async () => {
        fetchStub = stubFetch(() => json(200, { status, reference: 'NP-ABCDEFGH' }));
        const el = await fixture<IntakeInsuranceCheck>(
          html`<intake-insurance-check lang=${lang} endpoint="/api/intake" phone="206-555-0100" min-fill-ms="0"></intake-insurance-check>`,
        );
        await fill(el, FULL);
        await submit(el);
        await until(el, () => root(el).querySelector('[part="result"]'));
        expect($(el, '[part="result"]').dataset.status).to.equal(status);
        expect($(el, '[part="call"]').getAttribute('href')).to.equal('tel:+12065550100');
        await expect(el).to.be.accessible();
        expectSpacesKept(el);
      });
    }
  }

  it('keeps only the reference whole, however short, where the message puts it', async () => {
    fetchStub = stubFetch(() => json(201, { status: 'received', reference: 'e' }));
    const el = await fixture<IntakeInsuranceCheck>(
      html`<intake-insurance-check endpoint="/api/intake" min-fill-ms="0"
        strings='{"reference":"Reference {reference}, keep it"}'></intake-insurance-check>`,
    );
    await fill(el, FULL);
    await submit(el);
    await until(el, () => root(el).querySelector('[part="result"]'));
    const reference = $(el, '.reference');
    expect(reference.textContent).to.equal('Reference e, keep it');
    expect([...reference.querySelectorAll('.whole')].map((span) => span.textContent)).to.deep.equal(['e']);
  });

  it('shows the server message as text, never as HTML, and an unknown status as "received"', async () => {
    fetchStub = stubFetch(() =>
      json(201, { status: 'covered-100%', message: '<img src=x onerror=alert(1)>Hi' }),
    );
    const el = await form();
    await fill(el, FULL);
    await submit(el);
    await until(el, () => root(el).querySelector('[part="result"]'));
    expect($(el, '[part="result"]').dataset.status).to.equal('received');
    expect($(el, '[part="result"] p').textContent).to.equal('<img src=x onerror=alert(1)>Hi');
    expect(root(el).querySelector('[part="result"] img')).to.equal(null);
  });

  for (const [lang, sendingText] of [
    ['en', 'Sending…'],
    ['es', 'Enviando…'],
  ]) {
    it(`shows the sending state (busy, button disabled, "${sendingText}" announced) and passes axe`, async () => {
      let answer: (response: Response) => void = () => {};
      fetchStub = stubFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
      const el = await fixture<IntakeInsuranceCheck>(
        html`<intake-insurance-check lang=${lang} endpoint="/api/intake" min-fill-ms="0"></intake-insurance-check>`,
      );
      await fill(el, FULL);
      await submit(el);
      await until(el, () => fetchStub!.calls.length === 1);
      expect($(el, 'form').getAttribute('aria-busy')).to.equal('true');
      const button = $(el, '[part="submit"]');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.textContent).to.equal(sendingText);
      expect($(el, '[role="status"]').textContent).to.equal(sendingText);
      // A second press while sending sends nothing more.
      await submit(el);
      expect(fetchStub.calls).to.have.length(1);
      await expect(el).to.be.accessible();
      expectSpacesKept(el);
      answer(json(201, { status: 'received' }));
      await until(el, () => root(el).querySelector('[part="result"]'));
      expect($(el, '[role="status"]').textContent).to.equal('');
    });
  }

  for (const lang of ['en', 'es']) {
    it(`on failure keeps every value, offers Retry and the phone, and passes axe (${lang})`, async () => {
      fetchStub = stubFetch(() => json(400, { error: 'bad' }));
      const el = await fixture<IntakeInsuranceCheck>(
        html`<intake-insurance-check lang=${lang} endpoint="/api/intake" phone="206-555-0100" min-fill-ms="0"></intake-insurance-check>`,
      );
      const errors: unknown[] = [];
      el.addEventListener('intake-insurance-error', (e) => errors.push(e.detail));
      await fill(el, FULL);
      await submit(el);
      await until(el, () => root(el).querySelector('[part="failure"]'));
      const failure = $(el, '[part="failure"]');
      expect(root(el).activeElement).to.equal($(el, '#failure'));
      expect(failure.querySelector('[part="retry"]')).to.exist;
      expect(failure.querySelector('[part="call"]')!.getAttribute('href')).to.equal('tel:+12065550100');
      expect(failure.querySelector('[part="call"] .whole')!.textContent).to.equal('(206) 555-0100');
      for (const [name, value] of Object.entries(FULL)) {
        if (typeof value !== 'string' || name === 'who' || name === 'holder') continue;
        expect($<HTMLInputElement>(el, `#${name}`).value, name).to.equal(value);
      }
      expect($(el, '#consent').checked).to.equal(true);
      expect(errors).to.deep.equal([{ kind: 'server' }]);
      await expect(el).to.be.accessible();
      expectSpacesKept(el);
    });
  }

  it('sends neither consent, nor the text opt-in, nor a card photo that another script put on Object.prototype', async () => {
    // What a query-string parser with a prototype-pollution bug makes of ?__proto__[consent]=1.
    const polluted = Object.prototype as Record<string, unknown>;
    for (const value of ['1', true]) {
      polluted.consent = value;
      polluted.sms = value;
      polluted.cardFront = 'data:image/jpeg;base64,/9j/AAAA';
      try {
        fetchStub = stubFetch(() => json(201, { status: 'received' }));
        const el = await fixture<IntakeInsuranceCheck>(
          html`<intake-insurance-check endpoint="/api/intake" phone="206-555-0100" min-fill-ms="0" card-upload></intake-insurance-check>`,
        );
        expect(root(el).querySelector('[part="preview"]') === null, 'no photo shown').to.equal(true);
        const { consent, ...rest } = FULL;
        await fill(el, rest);
        expect($(el, '#consent').checked).to.equal(false);
        await submit(el);
        await until(el, () => root(el).querySelector('[part="error-summary"]'));
        expect(fetchStub.calls.length, `consent ${value}`).to.equal(0);
        expect($(el, '#consent-error').textContent).to.equal('Please agree so we can check your insurance.');
        await fill(el, { consent: true });
        await submit(el);
        await until(el, () => fetchStub!.calls.length === 1);
        expect(fetchStub.calls[0].body.contact.smsConsent, `sms ${value}`).to.equal(false);
        expect(fetchStub.calls[0].body.insurance!.cardImages).to.equal(null);
        fetchStub.restore();
        fetchStub = undefined;
      } finally {
        delete polluted.consent;
        delete polluted.sms;
        delete polluted.cardFront;
      }
    }
  });

  it('a page that broke what sending needs gets "not sent" with the phone, and no error of ours', async () => {
    const originalStringify = JSON.stringify;
    const originalClone = window.structuredClone;
    const unhandled: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => {
      unhandled.push(event.reason);
      event.preventDefault();
    };
    window.addEventListener('unhandledrejection', onRejection);
    try {
      for (const breakIt of [
        () => {
          JSON.stringify = () => {
            throw new Error('a shim that throws');
          };
        },
        () => {
          (window as { structuredClone?: unknown }).structuredClone = undefined;
        },
      ]) {
        fetchStub = stubFetch(() => json(201, { status: 'received' }));
        const el = await form();
        await fill(el, FULL);
        const logged = await captureConsole(async () => {
          breakIt();
          try {
            await submit(el);
            await until(el, () => root(el).querySelector('[part="failure"]'));
          } finally {
            JSON.stringify = originalStringify;
            window.structuredClone = originalClone;
          }
        }, 'error');
        expect($(el, '[part="call"]').getAttribute('href')).to.equal('tel:+12065550100');
        expect($(el, '#memberId').value).to.equal('XYZ123456789');
        expect($(el, '#memberId').disabled).to.equal(false);
        expect(logged.length).to.equal(1);
        expect(logged[0]).to.match(
          /^intake-widgets: <intake-insurance-check> could not send the form \(.+\); the visitor was told it was not sent\.$/,
        );
        fetchStub.restore();
        fetchStub = undefined;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled.length).to.equal(0);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
      JSON.stringify = originalStringify;
      window.structuredClone = originalClone;
    }
  });

  it('Retry sends the same body with the same key; a changed form gets a new key', async () => {
    fetchStub = stubFetch((n) => (n < 3 ? json(400, {}) : json(201, { status: 'received' })));
    const el = await form();
    await fill(el, FULL);
    await submit(el);
    await until(el, () => root(el).querySelector('[part="retry"]'));
    $(el, '[part="retry"]').click();
    await until(el, () => fetchStub!.calls.length === 2 && root(el).querySelector('[part="retry"]'));
    const [first, second] = fetchStub.calls;
    expect(second.key).to.equal(first.key);
    expect(second.body).to.deep.equal(first.body);
    await fill(el, { bestTime: 'morning' });
    await submit(el);
    await until(el, () => root(el).querySelector('[part="result"]'));
    const third = fetchStub.calls[2];
    expect(third.key).not.to.equal(first.key);
    expect(third.body.contact.bestTime).to.equal('morning');
  });

  it('Retry keeps the key after an edit that ends where it started, so the lead is not stored twice', async () => {
    fetchStub = stubFetch((n) => (n < 6 ? json(400, {}) : json(201, { status: 'received' })));
    const el = await form();
    await fill(el, FULL);
    await submit(el);
    const failed = (calls: number) => () =>
      fetchStub!.calls.length === calls && root(el).querySelector('[part="retry"]');
    await until(el, failed(1));
    // Type a character and delete it; tick and untick.
    await fill(el, { memberId: `${FULL.memberId}X` });
    await fill(el, { memberId: FULL.memberId });
    await fill(el, { sms: true });
    await fill(el, { sms: false });
    $(el, '[part="retry"]').click();
    await until(el, failed(2));
    // Switch to the call-back form and back, and send from the form's own button.
    $(el, '[part="mode"]').click();
    await el.updateComplete;
    $(el, '[part="mode"]').click();
    await el.updateComplete;
    await submit(el);
    await until(el, failed(3));
    // A care level from a quiz, then another and back (the visitor went back in the quiz).
    el.careLevel = 'iop';
    await el.updateComplete;
    $(el, '[part="retry"]').click();
    await until(el, failed(4));
    el.careLevel = 'op';
    await el.updateComplete;
    el.careLevel = 'iop';
    await el.updateComplete;
    $(el, '[part="retry"]').click();
    await until(el, failed(5));
    const [first, second, third, fourth, fifth] = fetchStub.calls;
    expect(second.key).to.equal(first.key);
    expect(second.body).to.deep.equal(first.body);
    expect(third.key).to.equal(first.key);
    expect(fourth.key, 'a care level added is a change').not.to.equal(first.key);
    expect(fourth.body.careLevel).to.equal('iop');
    expect(fifth.key).to.equal(fourth.key);
    // Changed, then sent: a new submission.
    await fill(el, { bestTime: 'morning' });
    await submit(el);
    await until(el, () => root(el).querySelector('[part="result"]'));
    expect(fetchStub.calls[5].key).not.to.equal(fourth.key);
  });

  it('shows 422 field errors on their fields and focuses the first', async () => {
    fetchStub = stubFetch(() =>
      json(422, {
        errors: { 'insurance.memberId': 'We could not find this member ID.', captchaToken: 'Try again.' },
      }),
    );
    const el = await form();
    await fill(el, FULL);
    await submit(el);
    await until(el, () => root(el).querySelector('#memberId-error'));
    expect($(el, '#memberId-error').textContent).to.equal('We could not find this member ID.');
    expect($(el, '#memberId').getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).activeElement).to.equal($(el, '#memberId'));
    expect($(el, '[part="error-summary"]').textContent).to.contain('Try again.');
    expect($(el, '#memberId').value).to.equal('XYZ123456789');
  });

  it("keeps an endpoint's 422 on its field until the next Send, and lists one on the card photos", async () => {
    fetchStub = stubFetch(() =>
      json(422, {
        errors: {
          'insurance.memberId': 'We could not find this member ID.',
          'insurance.cardImages': 'Too large.',
        },
      }),
    );
    const el = await fixture<IntakeInsuranceCheck>(
      html`<intake-insurance-check endpoint="/api/intake" min-fill-ms="0" card-upload></intake-insurance-check>`,
    );
    await fill(el, FULL);
    await submit(el);
    await until(el, () => root(el).querySelector('#memberId-error'));
    expect($(el, '[part="error-summary"]').textContent).to.contain('Too large.');
    // Only the endpoint can say whether another member ID will do.
    await fill(el, { memberId: 'XYZ123456780' });
    expect($(el, '#memberId').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#memberId-error').textContent).to.equal('We could not find this member ID.');
  });

  it('drops the error of a field an answer took off the form', async () => {
    const el = await form();
    await fill(el, { carrier: '__other' });
    await submit(el);
    expect(root(el).querySelector('#carrierOther-error')).to.not.equal(null);
    await fill(el, { carrier: 'Aetna' });
    const listed = [...root(el).querySelectorAll('[part="error-summary"] a')].map(
      (a) => a.getAttribute('href')!.split('#')[1],
    );
    expect(listed).to.not.include('carrierOther');
    expect(listed).to.include('firstName');
  });

  /** A form sent once and refused (400), its failure box on screen; later requests wait for `answer`. */
  async function refusedOnce() {
    let pending!: (response: Response) => void;
    fetchStub = stubFetch(() => new Promise<Response>((resolve) => (pending = resolve)));
    const el = await form();
    await fill(el, FULL);
    await submit(el);
    pending(new Response('', { status: 400 }));
    await until(el, () => root(el).querySelector('[part="failure"]'));
    return { el, answer: (response: Response) => pending(response) };
  }

  it('after a failure, sending again from a field moves focus to Send before the fields lock', async () => {
    const { el, answer } = await refusedOnce();
    $(el, '#phone').focus();
    $<HTMLFormElement>(el, 'form').requestSubmit();
    await until(el, () => fetchStub!.calls.length === 2);
    // (Compared by part: a failed match of two elements stalls the test runner's report.)
    expect(root(el).activeElement?.getAttribute('part')).to.equal('submit');
    answer(json(201, { status: 'received' }));
    await until(el, () => root(el).querySelector('[part="result"]'));
  });

  it("holds a 422's messages to the rules of the answer's other texts: no direction overrides", async () => {
    fetchStub = stubFetch(() =>
      json(422, { errors: { 'contact.phone': 'Wrong \u202enumber', 'patient.firstName': '\u202e' } }),
    );
    const el = await form();
    await fill(el, FULL);
    await submit(el);
    await until(el, () => root(el).querySelector('#phone-error'));
    expect($(el, '#phone-error').textContent).to.contain('Wrong number');
    expect($(el, '#firstName-error').textContent).to.contain('Please check your answers.');
  });

  it("joins several 422 messages for one field on its line, up to about two messages' length", async () => {
    const message = 'This is not right.'.repeat(25); // 450 characters
    const errors = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`patient.firstName.${i}`, message]),
    );
    fetchStub = stubFetch(() => json(422, { errors }));
    const el = await form();
    await fill(el, FULL);
    await submit(el);
    await until(el, () => root(el).querySelector('#firstName-error'));
    expect($(el, '#firstName-error').textContent!.length).to.equal(3 * 450 + 2);
  });

  it('lists and focuses 422 errors in the order of the form, whatever order the server used', async () => {
    fetchStub = stubFetch(() =>
      json(422, {
        errors: {
          'insurance.memberId': 'Unknown member ID.',
          'contact.phone': 'This number cannot take calls.',
          'patient.firstName': 'Please give the first name on the card.',
        },
      }),
    );
    const el = await form();
    await fill(el, FULL);
    await submit(el);
    await until(el, () => root(el).querySelector('#memberId-error'));
    expect(root(el).activeElement).to.equal($(el, '#firstName'));
    const listed = [...root(el).querySelectorAll<HTMLAnchorElement>('[part="error-summary"] a')].map(
      (a) => new URL(a.href).hash,
    );
    expect(listed).to.deep.equal(['#firstName', '#phone', '#memberId']);
  });

  it('says a 422 that no field can mend where Retry and the phone are, with every value kept', async () => {
    fetchStub = stubFetch(() => json(422, { errors: { request: 'This request could not be read.' } }));
    const el = await form();
    await fill(el, FULL);
    await submit(el);
    await until(el, () => root(el).querySelector('[part="failure"]'));
    expect($(el, '[part="failure"] p').textContent).to.equal('This request could not be read.');
    expect($(el, '[part="call"]').getAttribute('href')).to.equal('tel:+12065550100');
    expect(root(el).querySelector('[part="retry"]')).to.not.equal(null);
    expect(root(el).querySelector('[part="error-summary"]')).to.equal(null);
    expect($(el, '#memberId').value).to.equal('XYZ123456789');
  });

  it('says a 422 written as frameworks write it: a list per field on its field, one text for the form in the box', async () => {
    fetchStub = stubFetch(() =>
      json(422, { errors: { 'insurance.memberId': ['Too short.', 'Letters and digits only.'] } }),
    );
    const el = await form();
    await fill(el, FULL);
    await submit(el);
    await until(el, () => root(el).querySelector('#memberId-error'));
    expect($(el, '#memberId-error').textContent).to.equal('Too short. Letters and digits only.');
    fetchStub.restore();
    fetchStub = stubFetch(() => json(422, { errors: 'We could not find this member.' }));
    await submit(el);
    await until(el, () => root(el).querySelector('[part="failure"]'));
    expect($(el, '[part="failure"] p').textContent).to.equal('We could not find this member.');
  });

  it('says a 422 about a field not on screen (the email, on the call-back path) where Retry and the phone are', async () => {
    fetchStub = stubFetch(() => json(422, { errors: { 'contact.email': 'Email needed.' } }));
    const el = await form();
    $(el, '[part="mode"]').click();
    await el.updateComplete;
    await fill(el, { who: 'self', firstName: 'Ana', lastName: 'Diaz', phone: '206-555-0134', consent: true });
    await submit(el);
    await until(el, () => $(el, '[part="failure"]'));
    expect($(el, '[part="failure"]').textContent).to.contain('Email needed.');
    expect($(el, '[part="retry"]')).to.exist;
    expect($(el, '.summary')).to.equal(null);
  });

  it('does not take a 200 page that is not the contract answer for a kept lead', async () => {
    fetchStub = stubFetch(() => new Response('<html><body>Welcome</body></html>', { status: 200 }));
    const logged = await captureConsole(async () => {
      const el = await form();
      await fill(el, FULL);
      await submit(el);
      await until(el, () => root(el).querySelector('[part="failure"]'));
      expect(root(el).querySelector('[part="result"]')).to.equal(null);
      expect($(el, '[part="call"]').getAttribute('href')).to.equal('tel:+12065550100');
      expect($(el, '#memberId').value).to.equal('XYZ123456789');
    }, 'error');
    expect(logged).to.deep.equal([
      'intake-widgets: <intake-insurance-check> the endpoint answered 200 without the JSON object the contract asks for ({ "status": … }); the visitor was told it was not sent.',
    ]);
  });

  it('on a 413 with card photos asks the visitor to remove them, and tells the site owner the size', async () => {
    fetchStub = stubFetch(() => new Response('Too large', { status: 413 }));
    const el = await fixture<IntakeInsuranceCheck>(
      html`<intake-insurance-check endpoint="/api/intake" phone="206-555-0100" min-fill-ms="0" card-upload></intake-insurance-check>`,
    );
    const failureText = () => $(el, '#failure-reason').textContent;
    const logged = await captureConsole(async () => {
      await fill(el, FULL);
      await submit(el);
      await until(el, () => root(el).querySelector('[part="failure"]'));
      // No photos: the plain words, as for any refusal.
      expect(failureText()).to.equal(
        'We could not send it. Everything you entered is still here. Try again, or call us.',
      );
      const canvas = document.createElement('canvas');
      canvas.width = 600;
      canvas.height = 380;
      canvas.getContext('2d')!.fillRect(0, 0, 600, 380);
      const png = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
      const files = new DataTransfer();
      files.items.add(new File([png], 'front.png', { type: 'image/png' }));
      const input = $(el, '#cardFront');
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await until(el, () => root(el).querySelector('[part="preview"]'));
      $(el, '[part="retry"]').click();
      await until(el, () => fetchStub!.calls.length === 2 && root(el).querySelector('[part="retry"]'));
      expect(failureText()).to.equal(
        'The card photos are too large for this form to send. Remove them and try again, or call us.',
      );
      expect(root(el).querySelector('[part="call"]') !== null).to.equal(true);
    }, 'error');
    const size = Math.ceil(JSON.stringify(fetchStub.calls[1].body).length / 1024);
    expect(logged).to.have.length(2);
    expect(logged[1]).to.equal(
      `intake-widgets: <intake-insurance-check> the endpoint refused a body of ${size} KB as too large (413); with card photos a body can reach about 1100 KB, so allow at least that. The visitor was asked to send without the photos.`,
    );
  });

  it('says which endpoint answered 404, so a wrong address can be found', async () => {
    fetchStub = stubFetch(() => new Response('Not found', { status: 404 }));
    const logged = await captureConsole(async () => {
      const el = await form();
      await fill(el, FULL);
      await submit(el);
      await until(el, () => root(el).querySelector('[part="failure"]'));
      expect($(el, '#memberId').value).to.equal('XYZ123456789');
    }, 'error');
    expect(logged).to.have.length(1);
    expect(logged[0]).to.match(
      /^intake-widgets: <intake-insurance-check> the endpoint ".+" answered 404: nothing takes the form there\. Check the address/,
    );
  });

  it('locks the fields while sending, so nothing typed then is left out, and unlocks them after', async () => {
    let answer!: (response: Response) => void;
    fetchStub = stubFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
    const el = await form();
    await fill(el, FULL);
    $(el, '#phone').focus();
    // Enter in a field sends the form, twice in a row here: one submission.
    const events = recordEvents();
    $<HTMLFormElement>(el, 'form').requestSubmit();
    $<HTMLFormElement>(el, 'form').requestSubmit();
    await until(el, () => fetchStub!.calls.length);
    events.stop();
    expect(events.events.filter((e) => e.type === 'intake-insurance-submit')).to.have.length(1);
    const controls = [
      ...root(el).querySelectorAll<HTMLInputElement>('form :is(input, select):not(#website)'),
    ];
    expect(controls.length).to.be.greaterThan(10);
    expect(controls.filter((control) => !control.disabled)).to.deep.equal([]);
    expect(($(el, '[part="mode"]') as unknown as HTMLButtonElement).disabled).to.equal(true);
    expect(root(el).activeElement).to.equal($(el, '[part="submit"]'));
    answer(new Response('', { status: 400 }));
    await until(el, () => root(el).querySelector('[part="failure"]'));
    expect(
      [...root(el).querySelectorAll<HTMLInputElement>('form :is(input, select)')].some((c) => c.disabled),
    ).to.equal(false);
  });

  describe('a send that takes longer than one answer should', () => {
    /** A form whose endpoint answers only when told, with the shortest `timeout` (1 s). */
    async function slowForm(lang = 'en') {
      let pending!: (response: Response) => void;
      fetchStub = stubFetch(() => new Promise<Response>((resolve) => (pending = resolve)));
      const el = await fixture<IntakeInsuranceCheck>(
        html`<intake-insurance-check lang=${lang} endpoint="/api/intake" phone="206-555-0100" min-fill-ms="0" timeout="1000"></intake-insurance-check>`,
      );
      await fill(el, FULL);
      return { el, answer: (response: Response) => pending(response) };
    }
    const note = (el: IntakeInsuranceCheck) => root(el).querySelector('[part="still-sending"]');
    const noted = (el: IntakeInsuranceCheck) => note(el) !== null;
    const status = (el: IntakeInsuranceCheck) => $(el, '[role="status"]').textContent;

    for (const [lang, words] of [
      ['en', 'Still sending. On a slow connection this can take a minute or two.'],
      ['es', 'Todavía se está enviando. Con una conexión lenta, puede tardar uno o dos minutos.'],
    ]) {
      it(`says after \`timeout\` that it goes on, with the number to call, and passes axe (${lang})`, async () => {
        const { el, answer } = await slowForm(lang);
        await submit(el);
        await until(el, () => fetchStub!.calls.length === 1);
        expect(noted(el), 'not at once').to.equal(false);
        expect(status(el)).to.equal(lang === 'en' ? 'Sending…' : 'Enviando…');
        await until(el, () => note(el));
        expect(note(el)!.textContent).to.equal(words);
        expect(status(el)).to.equal(words);
        const call = note(el)!.nextElementSibling!;
        expect(call.getAttribute('part')).to.equal('call');
        expect(call.getAttribute('href')).to.equal('tel:+12065550100');
        expect(root(el).activeElement === $(el, '[part="submit"]'), 'focus stays on Send').to.equal(true);
        await expect(el).to.be.accessible();
        expectSpacesKept(el);
        answer(json(201, { status: 'received' }));
        await until(el, () => root(el).querySelector('[part="result"]'));
        expect(noted(el)).to.equal(false);
      });
    }

    it('says it in the failure box while Retry sends, beside the number already there', async () => {
      const { el, answer } = await slowForm();
      await submit(el);
      answer(new Response('', { status: 400 }));
      await until(el, () => root(el).querySelector('[part="retry"]'));
      $(el, '[part="retry"]').click();
      await until(el, () => note(el));
      expect(note(el)!.closest('[part="failure"]') !== null).to.equal(true);
      expect(root(el).querySelectorAll('[part="call"]').length).to.equal(1);
      answer(new Response('', { status: 400 }));
      await until(el, () => root(el).querySelector('[part="retry"]')?.textContent === 'Try again');
      expect(noted(el), 'gone with the answer').to.equal(false);
      expect(status(el)).to.equal('');
    });

    it('is not said for a send that was answered in time, nor after the form is removed', async () => {
      const { el, answer } = await slowForm();
      await submit(el);
      answer(new Response('', { status: 400 }));
      await until(el, () => root(el).querySelector('[part="retry"]'));
      $(el, '[part="retry"]').click();
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 1300));
      await el.updateComplete;
      expect(noted(el)).to.equal(false);
      answer(new Response('', { status: 400 }));
    });
  });

  it('drops the "not sent" box when the visitor switches to the other form, which was not sent', async () => {
    const { el } = await refusedOnce();
    const mode = $<HTMLButtonElement>(el, '[part="mode"]');
    mode.focus();
    mode.click();
    await el.updateComplete;
    expect(root(el).querySelector('[part="failure"]') === null, 'no box').to.equal(true);
    expect(root(el).activeElement === mode, 'focus stays on the switch').to.equal(true);
    expect($(el, '[role="status"]').textContent).to.contain('Ask for a call back');
    expect($(el, '#firstName').value).to.equal('Ana');
  });

  it('keeps the failure box, its phone number and the focus in place while Retry sends again', async () => {
    const { el, answer } = await refusedOnce();
    const retry = $<HTMLButtonElement>(el, '[part="retry"]');
    retry.focus();
    retry.click();
    await until(el, () => fetchStub!.calls.length === 2);
    // While it sends: the same box, the number to call, the button saying so and keeping focus.
    expect(root(el).querySelector('[part="failure"]')).to.not.equal(null);
    expect(root(el).querySelector('[part="failure"] [part="call"]')).to.not.equal(null);
    expect($(el, '[part="retry"]')).to.equal(retry);
    expect(retry.textContent).to.equal('Sending…');
    expect(retry.getAttribute('aria-disabled')).to.equal('true');
    expect(root(el).activeElement).to.equal(retry);
    retry.click();
    answer(json(201, { status: 'received' }));
    await until(el, () => root(el).querySelector('[part="result"]'));
    expect(fetchStub!.calls).to.have.length(2);
  });

  it('removed while it waits out the minimum fill time, sends nothing and is not locked when put back', async () => {
    fetchStub = stubFetch(() => json(201, { status: 'received' }));
    const el = await fixture<IntakeInsuranceCheck>(
      html`<intake-insurance-check endpoint="/api/intake" min-fill-ms="300"></intake-insurance-check>`,
    );
    await fill(el, FULL);
    const parent = el.parentElement!;
    $(el, '[part="submit"]').click();
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 400));
    parent.append(el);
    await el.updateComplete;
    expect(fetchStub.calls).to.have.length(0);
    expect($(el, '#firstName').disabled).to.equal(false);
    await submit(el);
    await until(el, () => root(el).querySelector('[part="result"]'));
    expect(fetchStub.calls).to.have.length(1);
  });

  it('an empty endpoint attribute gives way to the site-wide data-endpoint', async () => {
    fetchStub = stubFetch(() => json(201, { status: 'received' }));
    await withSiteDefaults({ endpoint: '/api/site-intake' }, async () => {
      const el = await fixture<IntakeInsuranceCheck>(
        html`<intake-insurance-check endpoint="" min-fill-ms="0"></intake-insurance-check>`,
      );
      await fill(el, FULL);
      await submit(el);
      await until(el, () => root(el).querySelector('[part="result"]'));
    });
    expect(fetchStub.calls.map((call) => new URL(call.url, location.href).pathname)).to.deep.equal([
      '/api/site-intake',
    ]);
  });

  it('the "no card" path passes axe in Spanish', async () => {
    const el = await fixture<IntakeInsuranceCheck>(
      html`<intake-insurance-check lang="es"></intake-insurance-check>`,
    );
    $(el, '[part="mode"]').click();
    await el.updateComplete;
    expect($(el, 'h2').textContent).to.equal('Pida que le llamemos');
    expect($(el, '[part="submit"]').textContent).to.equal('Llámenme');
    await expect(el).to.be.accessible();
    expectSpacesKept(el);
  });

  it('the "no card" path asks only for names, phone and best time, sends mode callback and passes axe', async () => {
    fetchStub = stubFetch(() => json(201, { status: 'received' }));
    const el = await form();
    $(el, '[part="mode"]').click();
    await el.updateComplete;
    expect($(el, 'h2').textContent).to.equal('Ask for a call back');
    expect($(el, 'h2 + p').textContent).to.equal(
      'Free and private. Leave your number and we will call you about your options.',
    );
    for (const gone of [
      '#dobMonth',
      '#email',
      '#carrier',
      '#memberId',
      '#groupNumber',
      'input[name="holder"]',
    ])
      expect(root(el).querySelector(gone), gone).to.equal(null);
    await expect(el).to.be.accessible();
    expectSpacesKept(el);
    // Nothing about insurance is asked, so the consent speaks of a call, not of checking benefits.
    const consentWords =
      'I agree that this center may use this information to call me about treatment and ways to pay for it.';
    expect($(el, 'label[for="consent"]').textContent).to.equal(consentWords);
    await fill(el, {
      who: 'self',
      firstName: 'Ana',
      lastName: 'Ruiz',
      phone: '206 555 0100',
      bestTime: 'morning',
    });
    await submit(el);
    expect($(el, '#consent-error').textContent).to.equal('Please agree so we can call you.');
    await fill(el, { consent: true });
    await submit(el);
    await until(el, () => root(el).querySelector('[part="result"]'));
    const body = fetchStub.calls[0].body;
    expect(body.consent).to.deep.equal({ text: consentWords, accepted: true });
    expect(body.mode).to.equal('callback');
    expect(body.insurance).to.equal(null);
    expect(body.contact).to.deep.equal({
      phone: '+12065550100',
      email: null,
      bestTime: 'morning',
      smsConsent: false,
    });
    expect(schemaErrors(body, await loadRequestSchema())).to.deep.equal([]);
  });

  it('switching modes keeps what was typed', async () => {
    const el = await form();
    await fill(el, { email: 'ana@example.org', memberId: 'ABC1' });
    $(el, '[part="mode"]').click();
    await el.updateComplete;
    $(el, '[part="mode"]').click();
    await el.updateComplete;
    expect($(el, '#email').value).to.equal('ana@example.org');
    expect($(el, '#memberId').value).to.equal('ABC1');
  });

  it('a site can handle the data itself: cancel the submit event, then complete() or fail()', async () => {
    fetchStub = stubFetch(() => json(201, { status: 'received' }));
    const el = await form();
    let body: InsuranceRequest | undefined;
    el.addEventListener('intake-insurance-submit', (event) => {
      body = event.detail;
      event.preventDefault();
    });
    await fill(el, FULL);
    await submit(el);
    expect(body?.schema).to.equal('intake-widgets/insurance-check/1');
    expect(body?.insurance?.memberId).to.equal('XYZ123456789');
    expect(fetchStub.calls).to.have.length(0);
    expect($(el, 'form').getAttribute('aria-busy')).to.equal('true');
    el.fail('<b>Our system is down.</b>');
    await el.updateComplete;
    expect($(el, '[part="failure"] p').textContent).to.equal('<b>Our system is down.</b>');
    const submitted = oneEvent(el, 'intake-insurance-submitted');
    el.complete({ status: 'pending', message: 'We will call you tonight.' });
    expect((await submitted).detail).to.deep.equal({ status: 'pending' });
    await el.updateComplete;
    expect($(el, '[part="result"]').textContent).to.contain('We will call you tonight.');
    expect(fetchStub.calls).to.have.length(0);
  });

  it("sends what the visitor gave, not what a submit listener changed in the event's copy", async () => {
    fetchStub = stubFetch(() => json(201, { status: 'received' }));
    const el = await form();
    let seen: InsuranceRequest | undefined;
    el.addEventListener('intake-insurance-submit', (event) => {
      seen = event.detail;
      event.detail.consent.text = 'changed';
      (event.detail as unknown as Record<string, unknown>).added = 'by the page';
    });
    await fill(el, FULL);
    await submit(el);
    await until(el, () => fetchStub!.calls.length);
    expect(seen?.insurance?.memberId).to.equal('XYZ123456789');
    const sent = fetchStub!.calls[0].body;
    expect(sent.consent.text).to.contain('not a promise of coverage');
    expect(sent).not.to.have.property('added');
  });

  it("offers the site's 24/7 line when sending fails and on the result while admissions is closed", async () => {
    const line = { timezone: ZONE, afterHoursPhone: '206-555-0199' };
    const call = (el: IntakeInsuranceCheck, where: string) => {
      const link = $(el, `[part="${where}"] [part="call"]`);
      return [link.getAttribute('href'), link.textContent];
    };
    /** The form, with the "not sent" screen showing. */
    const failed = async () => {
      const el = await fixture<IntakeInsuranceCheck>(
        html`<intake-insurance-check endpoint="/api/intake" phone="206-555-0100"></intake-insurance-check>`,
      );
      el.fail('Our system is down.');
      await el.updateComplete;
      return el;
    };
    await withSiteDefaults({ ...line, hours: hoursClosedNow() }, async () => {
      const el = await failed();
      expect(call(el, 'failure')).to.deep.equal(['tel:+12065550199', 'Call our 24/7 line: (206) 555-0199']);
      el.lang = 'es';
      el.complete({ status: 'received' });
      await el.updateComplete;
      expect(call(el, 'result')).to.deep.equal([
        'tel:+12065550199',
        'Llamar a nuestra línea 24/7: (206) 555-0199',
      ]);
      await expect(el).to.be.accessible();
      expectSpacesKept(el);
    });
    await withSiteDefaults({ ...line, hours: hoursOpenNow() }, async () => {
      expect(call(await failed(), 'failure')).to.deep.equal(['tel:+12065550100', 'Call (206) 555-0100']);
    });
  });

  it('tells the site owner when a 2xx answer has no status the contract knows, and shows "received"', async () => {
    fetchStub = stubFetch(() => json(200, { status: 'approved', message: 'Approved!' }));
    const el = await form();
    const logged = await captureConsole(async () => {
      await fill(el, FULL);
      await submit(el);
      await until(el, () => root(el).querySelector('[part="result"]'));
    }, 'error');
    expect($(el, '[part="result"]').dataset.status).to.equal('received');
    // Without a next step, the heading is described by the answer alone: no id that is not there.
    expect($(el, '[part="result"] #heading').getAttribute('aria-describedby')).to.equal('answer');
    expect(logged).to.deep.equal([
      'intake-widgets: <intake-insurance-check> the endpoint answered 200 without a "status" the contract knows (verified, in-network, out-of-network, pending, received); the result is shown as "received".',
    ]);
  });

  it('refuses an endpoint that is not https, same-origin or localhost, and shows the phone instead', async () => {
    fetchStub = stubFetch(() => json(201, { status: 'received' }));
    const el = await fixture<IntakeInsuranceCheck>(
      html`<intake-insurance-check endpoint="http://collector.example/vob" phone="206-555-0100" min-fill-ms="0"></intake-insurance-check>`,
    );
    const logged = await captureConsole(async () => {
      await fill(el, FULL);
      await submit(el);
      await until(el, () => root(el).querySelector('[part="failure"]'));
    }, 'error');
    expect(fetchStub.calls).to.have.length(0);
    expect(logged).to.have.length(1);
    expect(logged[0]).to.contain('endpoint="http://collector.example/vob"');
    for (const typed of TYPED) expect(logged[0]).not.to.contain(typed);
    expect($(el, '[part="failure"]').textContent).to.contain('This form cannot send right now.');
    expect(root(el).querySelector('[part="retry"]')).to.equal(null);
    expect($(el, '[part="call"]').getAttribute('href')).to.equal('tel:+12065550100');
  });

  it('without any endpoint, says so once, is quiet when a handler takes the form, and errs when none does', async () => {
    fetchStub = stubFetch(() => json(201, { status: 'received' }));
    const handledLog = await captureConsole(
      async () => {
        const handled = await fixture<IntakeInsuranceCheck>(
          html`<intake-insurance-check phone="206-555-0100" min-fill-ms="0" @intake-insurance-submit=${(event: Event) => event.preventDefault()}></intake-insurance-check>`,
        );
        await fill(handled, FULL);
        await submit(handled);
      },
      'warn',
      'error',
    );
    expect(handledLog).to.deep.equal([
      'intake-widgets: <intake-insurance-check> has no endpoint (endpoint, or data-endpoint on the script tag); only an intake-insurance-submit handler can take the form.',
    ]);
    const unhandledLog = await captureConsole(
      async () => {
        const unhandled = await fixture<IntakeInsuranceCheck>(
          html`<intake-insurance-check phone="206-555-0100" min-fill-ms="0"></intake-insurance-check>`,
        );
        await fill(unhandled, FULL);
        await submit(unhandled);
        await until(unhandled, () => root(unhandled).querySelector('[part="failure"]'));
      },
      'warn',
      'error',
    );
    // The page-load warning was said once already; now only the error of the send.
    expect(unhandledLog).to.deep.equal([
      'intake-widgets: <intake-insurance-check> has no endpoint (endpoint, or data-endpoint on the script tag); nothing was sent.',
    ]);
    expect(fetchStub.calls).to.have.length(0);
  });

  it("sends nothing to the documentation's example address left in a copied snippet", async () => {
    fetchStub = stubFetch(() => json(201, { status: 'received' }));
    const log = await captureConsole(
      async () => {
        const el = await fixture<IntakeInsuranceCheck>(
          html`<intake-insurance-check phone="206-555-0100" endpoint="https://example.org/api/intake" min-fill-ms="0"></intake-insurance-check>`,
        );
        await fill(el, FULL);
        await submit(el);
        await until(el, () => root(el).querySelector('[part="failure"]'));
      },
      'warn',
      'error',
    );
    expect(log[0]).to.equal(
      'intake-widgets: <intake-insurance-check> endpoint="https://example.org/api/intake" is refused (an example address from the documentation; set your own); the form cannot send.',
    );
    expect(fetchStub.calls).to.have.length(0);
  });

  it("sends nothing to an endpoint written without https:// (a path on the site's own server), and says how to write it", async () => {
    fetchStub = stubFetch(() => json(201, { status: 'received' }));
    const log = await captureConsole(
      async () => {
        const el = await fixture<IntakeInsuranceCheck>(
          html`<intake-insurance-check phone="206-555-0100" endpoint="intake.example.org/api" min-fill-ms="0"></intake-insurance-check>`,
        );
        await fill(el, FULL);
        await submit(el);
        await until(el, () => root(el).querySelector('[part="failure"]'));
      },
      'warn',
      'error',
    );
    const refused =
      '<intake-insurance-check> endpoint="intake.example.org/api" is refused (another site\'s address needs https:// in front: "https://intake.example.org/api")';
    expect(log).to.deep.equal([
      `intake-widgets: ${refused}; the form cannot send.`,
      `intake-widgets: ${refused}; nothing was sent.`,
    ]);
    expect(fetchStub.calls).to.have.length(0);
  });

  it("offers the number a contact card on the page was swapped to (call tracking), when it is the form's", async () => {
    fetchStub = stubFetch(() => json(400, { error: 'bad' }));
    const page = await fixture(
      html`<div><intake-contact-card phone="(360) 555-0142"></intake-contact-card><intake-insurance-check endpoint="/api/intake" phone="360-555-0142" min-fill-ms="0"></intake-insurance-check></div>`,
    );
    const card = page.querySelector('intake-contact-card')!;
    const el = page.querySelector<IntakeInsuranceCheck>('intake-insurance-check')!;
    const link = card.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    link.href = 'tel:+13605550188';
    link.textContent = '(360) 555-0188';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fill(el, FULL);
    await submit(el);
    await until(el, () => root(el).querySelector('[part="failure"]'));
    expect($(el, '[part="failure"] [part="call"]').getAttribute('href')).to.equal('tel:+13605550188');
  });

  it('holds a form sent too fast until the minimum fill time, then sends it (autofill is fast too)', async () => {
    fetchStub = stubFetch(() => json(201, { status: 'received' }));
    const fast = await fixture<IntakeInsuranceCheck>(
      html`<intake-insurance-check endpoint="/api/intake" min-fill-ms="1500"></intake-insurance-check>`,
    );
    await fill(fast, FULL);
    await submit(fast);
    expect(fetchStub.calls).to.have.length(0);
    expect(fast.shadowRoot!.querySelector('[part="result"]')).to.equal(null);
    await until(fast, () => fetchStub!.calls.length === 1);
    await until(fast, () => fast.shadowRoot!.querySelector('[part="result"]') !== null);
  });

  it('silently drops a form with the honeypot filled', async () => {
    fetchStub = stubFetch(() => json(201, { status: 'received' }));
    const bot = await form();
    await fill(bot, FULL);
    $(bot, '#website').value = 'https://spam.example';
    await submit(bot);
    expect($(bot, '[part="result"]')).to.exist;
    expect(fetchStub.calls).to.have.length(0);
  });

  it('takes the care level from a quiz on the page while connected', async () => {
    fetchStub = stubFetch(() => json(201, { status: 'received' }));
    const el = await form();
    const quiz = (outcome: unknown) =>
      document.body.dispatchEvent(
        new CustomEvent('intake-quiz-complete', { detail: { outcome }, bubbles: true, composed: true }),
      );
    quiz('php');
    expect(el.careLevel).to.equal('php');
    quiz('<b>'); // not an outcome id: ignored
    expect(el.careLevel).to.equal('php');
    // The 911 and 988 screens are no level of care, and an earlier result no longer holds.
    quiz('crisis');
    expect(el.careLevel).to.equal(null);
    quiz('php');
    quiz('emergency');
    expect(el.careLevel).to.equal(null);
    await el.updateComplete;
    // No result to send: nothing said about one.
    expect(root(el).querySelector('[part="care-level-note"]')).to.equal(null);
    expect($(el, '#consent').getAttribute('aria-describedby')).to.equal(null);
    quiz('php');
    await el.updateComplete;
    // What goes with the form is said where the visitor agrees to send it, and read with the box.
    expect($(el, '[part="care-level-note"]').textContent).to.equal(
      'Your quiz result (the program that may fit) is sent with this form.',
    );
    expect($(el, '#consent').getAttribute('aria-describedby')).to.equal('care-level-note');
    await submit(el);
    expect($(el, '#consent').getAttribute('aria-describedby')).to.equal('consent-error care-level-note');
    await expect(el).to.be.accessible();
    await fill(el, FULL);
    await submit(el);
    await until(el, () => fetchStub!.calls.length === 1);
    expect(fetchStub.calls[0].body.careLevel).to.equal('php');
    el.remove();
    quiz('residential');
    expect(el.careLevel).to.equal('php');
  });

  it('focus() with options a browser would refuse, or a forged quiz event, throws nothing into the page', async () => {
    const el = await form();
    const problems: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => problems.push(event.reason);
    const onError = (event: ErrorEvent) => problems.push(event.error);
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
    try {
      el.focus(5 as unknown as FocusOptions);
      el.focus('[1,2]' as unknown as FocusOptions);
      const hostile = new Proxy(
        {},
        {
          get: () => {
            throw new Error('hostile detail');
          },
        },
      );
      document.dispatchEvent(new CustomEvent('intake-quiz-complete', { detail: hostile }));
      await el.updateComplete;
      await new Promise((done) => setTimeout(done, 20));
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
    }
    expect(problems.map(String)).to.deep.equal([]);
  });

  it("writes its fields at 16px or more, so Safari on iPhone does not zoom in on each, and at the page's size above that", async () => {
    for (const [size, expected] of [
      ['13px', '16px'],
      ['20px', '20px'],
    ]) {
      const el = await fixture<IntakeInsuranceCheck>(
        html`<intake-insurance-check min-fill-ms="0" style=${`font-size: ${size}`}></intake-insurance-check>`,
      );
      const fields = [
        ...root(el).querySelectorAll<HTMLElement>(
          'form input:not([type="radio"], [type="checkbox"]), form select',
        ),
      ]
        .filter((field) => field.getClientRects().length > 0)
        .map((field) => getComputedStyle(field).fontSize);
      expect(fields.length).to.be.greaterThan(5);
      expect(new Set(fields)).to.deep.equal(new Set([expected]));
    }
  });

  it('takes back an error as soon as its field is mended, and shows no new one before the next Send', async () => {
    const el = await form();
    await submit(el);
    const listed = () =>
      [...root(el).querySelectorAll('[part="error-summary"] a')].map(
        (a) => a.getAttribute('href')!.split('#')[1],
      );
    expect(listed()).to.include.members(['phone', 'firstName', 'dob']);
    // Not yet right: the error stays.
    await fill(el, { phone: '206 555' });
    expect($(el, '#phone').getAttribute('aria-invalid')).to.equal('true');
    // Right: it goes, from the field and from the summary; the others stay.
    await fill(el, { phone: '206 555 0100', dobMonth: '4', dobDay: '17' });
    expect($(el, '#phone').getAttribute('aria-invalid')).to.not.equal('true');
    expect(listed()).to.not.include('phone');
    expect(listed()).to.include.members(['firstName', 'dob']);
    await fill(el, { dobYear: '1990' });
    expect(listed()).to.not.include('dob');
    // A field emptied again says nothing until the next Send.
    await fill(el, { phone: '' });
    expect($(el, '#phone').getAttribute('aria-invalid')).to.not.equal('true');
    await submit(el);
    expect(listed()).to.include('phone');
  });

  it("keeps room in the date's parts for their text on a page whose own text is small", async () => {
    const el = await fixture<IntakeInsuranceCheck>(
      html`<intake-insurance-check min-fill-ms="0" style="display: block; width: 320px; font-size: 10px"></intake-insurance-check>`,
    );
    await fill(el, { who: 'self' });
    const context = document.createElement('canvas').getContext('2d')!;
    for (const [id, text] of [
      ['dobMonth', '12'],
      ['dobDay', '28'],
      ['dobYear', '1990'],
    ]) {
      const input = $(el, `#${id}`);
      const style = getComputedStyle(input);
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room =
        input.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      expect(room, id).to.be.at.least(context.measureText(text).width);
    }
  });

  it("focus() moves focus to the form's heading, read with its intro; Tab goes on to the form", async () => {
    const el = await form();
    el.focus();
    expect(root(el).activeElement === $(el, '[part="heading"]')).to.equal(true);
    const focused = (await a11yTree()).find((node) => node.focused);
    expect([focused?.role, focused?.name, focused?.description]).to.deep.equal([
      'heading',
      'Check your insurance',
      $(el, '#intro').textContent,
    ]);
    // Not a Tab stop itself: the first one after it is the mode switch, then the first field.
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement === $(el, '[part="mode"]')).to.equal(true);
  });

  it("a page's copy protection, which cancels presses outside the page's own fields, does not stop a tap or Ctrl+A in a field", async () => {
    // What a common WordPress plugin does: it sees our host element as the target, not our input.
    const field = (event: Event) => /^(INPUT|SELECT|TEXTAREA)$/.test((event.target as Element).tagName);
    const reached: string[] = [];
    document.onmousedown = (event) => {
      reached.push(event.type);
      return field(event);
    };
    document.onkeydown = (event) => {
      reached.push(event.key);
      return !event.ctrlKey || field(event);
    };
    try {
      const el = await form();
      const rect = $(el, '#firstName').getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(rect.x + 10), Math.round(rect.y + rect.height / 2)],
      });
      expect(root(el).activeElement?.id).to.equal('firstName');
      await sendKeys({ type: 'Marisl' });
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'KeyA' });
      await sendKeys({ up: 'Control' });
      await sendKeys({ type: 'Marisol' });
      expect($(el, '#firstName').value).to.equal('Marisol');
      // Only those presses stop in the widget: others, and presses outside the fields, reach the page.
      expect(reached).to.include('M');
      expect(reached).not.to.include('mousedown');
      const heading = $(el, '[part="heading"]').getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(heading.x + 5), Math.round(heading.y + 5)] });
      expect(reached).to.include('mousedown');
    } finally {
      document.onmousedown = null;
      document.onkeydown = null;
    }
  });

  it('focus() goes to the first field when the site hides the heading', async () => {
    const el = await form();
    const style = document.createElement('style');
    style.textContent = 'intake-insurance-check::part(heading) { display: none; }';
    document.head.append(style);
    try {
      el.focus();
      expect(root(el).activeElement === $(el, 'input[name="who"][value="self"]')).to.equal(true);
    } finally {
      style.remove();
    }
  });

  it('sends analytics without anything typed, and the body only in the submit event', async () => {
    fetchStub = stubFetch(() => json(201, { status: 'verified' }));
    const w = window as unknown as {
      dataLayer?: unknown[];
      IntakeWidgets?: { defaults?: Record<string, string> };
    };
    const previous = w.IntakeWidgets?.defaults?.analytics;
    w.IntakeWidgets!.defaults!.analytics = 'datalayer';
    w.dataLayer = [];
    const { events, stop } = recordEvents();
    try {
      const el = await form();
      await fill(el, FULL);
      await submit(el);
      await until(el, () => root(el).querySelector('[part="result"]'));
    } finally {
      stop();
      if (previous === undefined) delete w.IntakeWidgets!.defaults!.analytics;
      else w.IntakeWidgets!.defaults!.analytics = previous;
    }
    expect(events.map((e) => e.type)).to.deep.equal([
      'intake-insurance-start',
      'intake-insurance-submit',
      'intake-insurance-submitted',
    ]);
    const others = JSON.stringify(events.filter((e) => e.type !== 'intake-insurance-submit'));
    const pushed = JSON.stringify(w.dataLayer);
    for (const typed of TYPED) {
      expect(others).not.to.contain(typed);
      expect(pushed).not.to.contain(typed);
    }
    expect(w.dataLayer).to.deep.equal([
      { event: 'intake-insurance-start', intake_widget: 'insurance-check' },
      { event: 'intake-insurance-submitted', intake_widget: 'insurance-check', intake_status: 'verified' },
    ]);
    expect(JSON.stringify(events[1].detail)).to.contain('XYZ123456789');
    expect(location.href).not.to.contain('Ana');
    delete w.dataLayer;
  });

  it('loads a CAPTCHA provider only when asked, and sends its token', async () => {
    const appended: Node[] = [];
    const append = document.head.append;
    document.head.append = (...nodes: (Node | string)[]) => void appended.push(...(nodes as Node[]));
    let el: IntakeInsuranceCheck;
    try {
      await form();
      expect(appended).to.deep.equal([]);
      el = await fixture<IntakeInsuranceCheck>(
        html`<intake-insurance-check endpoint="/api/intake" min-fill-ms="0" captcha-provider="hcaptcha" captcha-site-key="site-key"></intake-insurance-check>`,
      );
      expect(appended.map((node) => (node as HTMLScriptElement).src)).to.deep.equal([
        'https://js.hcaptcha.com/1/api.js',
      ]);
    } finally {
      document.head.append = append;
    }
    const box = el.querySelector<HTMLElement>('[slot="captcha"]')!;
    expect(box.className).to.equal('h-captcha');
    expect(box.dataset.sitekey).to.equal('site-key');
    expect($(el, 'slot[name="captcha"]')).to.exist;
    // What the provider's script does once solved: a response field inside the box.
    box.innerHTML = '<textarea name="h-captcha-response">token-123</textarea>';
    fetchStub = stubFetch(() => json(201, { status: 'received' }));
    await fill(el, FULL);
    await submit(el);
    await until(el, () => fetchStub!.calls.length === 1);
    expect(fetchStub.calls[0].body.captchaToken).to.equal('token-123');
  });

  it('keeps one CAPTCHA box that follows its attributes, and has a loaded provider draw a new one', async () => {
    const script = document.head.appendChild(document.createElement('script'));
    script.type = 'text/plain'; // stands for the provider's script, already loaded by an earlier form
    script.setAttribute('src', 'https://js.hcaptcha.com/1/api.js');
    const drawn: Array<[Element, unknown]> = [];
    const api = window as unknown as { hcaptcha?: unknown };
    api.hcaptcha = { render: (box: Element, options: unknown) => drawn.push([box, options]) };
    try {
      const el = await form();
      const boxes = () => [...el.querySelectorAll<HTMLElement>('[slot="captcha"]')];
      expect(boxes()).to.deep.equal([]);
      // Set after the first render (a site key loaded later).
      el.setAttribute('captcha-provider', 'hcaptcha');
      el.setAttribute('captcha-site-key', 'site-key');
      await el.updateComplete;
      expect(boxes().map((box) => [box.className, box.dataset.sitekey])).to.deep.equal([
        ['h-captcha', 'site-key'],
      ]);
      expect(drawn).to.deep.equal([[boxes()[0], { sitekey: 'site-key' }]]);
      // A copy of the form (innerHTML written again, cloneNode) holds one box, a fresh one.
      const wrapper = el.parentElement!;
      const markup = wrapper.innerHTML;
      wrapper.innerHTML = markup;
      const copy = wrapper.querySelector<IntakeInsuranceCheck>('intake-insurance-check')!;
      await copy.updateComplete;
      expect(copy.querySelectorAll('[slot="captcha"]')).to.have.length(1);
      expect(drawn).to.have.length(2);
      expect(drawn[1][0]).to.equal(copy.querySelector('[slot="captcha"]'));
      // Removed attributes: no box.
      copy.removeAttribute('captcha-provider');
      copy.removeAttribute('captcha-site-key');
      await copy.updateComplete;
      expect(copy.querySelectorAll('[slot="captcha"]')).to.have.length(0);
    } finally {
      script.remove();
      delete api.hcaptcha;
    }
  });

  it('warns about an unknown CAPTCHA provider and loads nothing', async () => {
    const warnings = await captureConsole(async () => {
      const el = await fixture<IntakeInsuranceCheck>(
        html`<intake-insurance-check phone="206-555-0100" endpoint="/api/intake" captcha-provider="evil" captcha-site-key="k"></intake-insurance-check>`,
      );
      expect(el.querySelector('[slot="captcha"]')).to.equal(null);
    });
    expect(warnings).to.deep.equal([
      'intake-widgets: <intake-insurance-check> captcha-provider="evil" is not valid; no CAPTCHA is used (turnstile, hcaptcha or recaptcha).',
    ]);
  });

  it('keeps a card photo preview inside the form on a 160px-wide screen (a phone zoomed to 200 %+)', async () => {
    const narrow = await fixture<HTMLDivElement>(
      html`<div style="width: 160px"><intake-insurance-check endpoint="/api/intake" card-upload></intake-insurance-check></div>`,
    );
    const el = narrow.querySelector('intake-insurance-check')!;
    await el.updateComplete;
    const canvas = document.createElement('canvas');
    canvas.width = 600;
    canvas.height = 380;
    canvas.getContext('2d')!.fillRect(0, 0, 600, 380);
    const png = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
    const input = $(el, '#cardFront');
    const files = new DataTransfer();
    files.items.add(new File([png], 'front.png', { type: 'image/png' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(el, () => root(el).querySelector('[part="preview"]'));
    const preview = $<HTMLImageElement>(el, '[part="preview"]');
    if (!preview.complete) await preview.decode();
    const box = $(el, '[part="box"]').getBoundingClientRect();
    expect(preview.getBoundingClientRect().right).to.be.at.most(box.right);
    expect(preview.getBoundingClientRect().width).to.be.greaterThan(0);
  });

  it('shrinks card photos, shows a preview with Remove, and sends them', async () => {
    fetchStub = stubFetch(() => json(201, { status: 'received' }));
    const el = await fixture<IntakeInsuranceCheck>(
      html`<intake-insurance-check endpoint="/api/intake" min-fill-ms="0" card-upload></intake-insurance-check>`,
    );
    const canvas = document.createElement('canvas');
    canvas.width = 3000;
    canvas.height = 2000;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#3a6';
    context.fillRect(0, 0, 3000, 2000);
    const png = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
    for (const name of ['cardFront', 'cardBack']) {
      const input = $(el, `#${name}`);
      const files = new DataTransfer();
      files.items.add(new File([png], `${name}.png`, { type: 'image/png' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
    await until(el, () => root(el).querySelectorAll('[part="preview"]').length === 2);
    const remove = [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      b.textContent!.includes('Remove: Back of the card'),
    )!;
    remove.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part="preview"]')).to.have.length(1);
    expect(root(el).activeElement).to.equal($(el, '#cardBack'));
    await fill(el, FULL);
    await submit(el);
    await until(el, () => fetchStub!.calls.length === 1);
    const images = fetchStub.calls[0].body.insurance!.cardImages!;
    expect(Object.keys(images)).to.deep.equal(['front']);
    const image = new Image();
    image.src = images.front!;
    await image.decode();
    expect([image.naturalWidth, image.naturalHeight]).to.deep.equal([1600, 1067]);
    expect(images.front!.startsWith('data:image/jpeg;base64,')).to.equal(true);
  });

  describe('card photos picked in a hurry', () => {
    const jpeg = async (width: number, height: number, colour: string, noisy: boolean) => {
      const canvas = Object.assign(document.createElement('canvas'), { width, height });
      const context = canvas.getContext('2d')!;
      context.fillStyle = colour;
      context.fillRect(0, 0, width, height);
      if (noisy) {
        const image = context.getImageData(0, 0, width, height);
        for (let i = 0; i < image.data.length; i += 4) image.data[i] = (i * 7919) % 251;
        context.putImageData(image, 0, 0);
      }
      const blob = await new Promise<Blob>((done) => canvas.toBlob((b) => done(b!), 'image/jpeg', 0.95));
      return new File([blob], 'card.jpg', { type: 'image/jpeg' });
    };
    const pick = (el: IntakeInsuranceCheck, name: string, file: File) => {
      const input = $(el, `#${name}`);
      const files = new DataTransfer();
      files.items.add(file);
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    /** Every photo picked so far has been shrunk (or found unusable). */
    const shrunk = async (el: IntakeInsuranceCheck) => {
      await (el as unknown as { imageJobs: Promise<unknown> }).imageJobs;
      await el.updateComplete;
    };
    const cardForm = () =>
      fixture<IntakeInsuranceCheck>(
        html`<intake-insurance-check endpoint="/api/intake" min-fill-ms="0" card-upload></intake-insurance-check>`,
      );

    it('keeps the photo picked last, even when a larger one picked before it finishes shrinking later', async () => {
      const el = await cardForm();
      pick(el, 'cardFront', await jpeg(5000, 3500, '#00f', true)); // a large photo, picked by mistake
      pick(el, 'cardFront', await jpeg(300, 200, '#0c0', false)); // the card, picked right after
      await shrunk(el);
      const preview = $<HTMLImageElement>(el, 'img[part="preview"]');
      await preview.decode();
      const probe = document.createElement('canvas').getContext('2d')!;
      probe.drawImage(preview, 0, 0, 1, 1);
      const [red, green] = probe.getImageData(0, 0, 1, 1).data;
      expect(green > red, `the preview is the photo picked last (rgb ${red},${green})`).to.equal(true);
      expect(root(el).querySelectorAll('[part="preview"]').length).to.equal(1);
    }).timeout(20000);

    it('clears "could not be used" with Remove, and a photo removed while shrinking does not come back', async () => {
      const el = await cardForm();
      pick(el, 'cardFront', await jpeg(30, 20, '#0c0', false));
      await shrunk(el);
      pick(el, 'cardFront', new File(['not a picture'], 'front.heic', { type: 'image/heic' }));
      await shrunk(el);
      expect(Boolean(root(el).querySelector('#cardFront-error'))).to.equal(true);
      const remove = () =>
        [...root(el).querySelectorAll<HTMLButtonElement>('button')]
          .find((b) => b.textContent!.includes('Remove: Front of the card'))!
          .click();
      remove();
      await el.updateComplete;
      expect(Boolean(root(el).querySelector('[part="preview"]'))).to.equal(false);
      expect(Boolean(root(el).querySelector('#cardFront-error'))).to.equal(false);
      // Picked, then removed before it was ready (the old preview's Remove): it stays removed.
      pick(el, 'cardFront', await jpeg(30, 20, '#0c0', false));
      await shrunk(el);
      pick(el, 'cardFront', await jpeg(2000, 1500, '#00f', true));
      remove();
      await shrunk(el);
      expect(Boolean(root(el).querySelector('[part="preview"]'))).to.equal(false);
    });

    it('does not send, and says so at the photo, when a photo turns out unusable while Send waits for it', async () => {
      fetchStub = stubFetch(() => json(201, { status: 'received' }));
      const el = await cardForm();
      await fill(el, FULL);
      pick(el, 'cardFront', new File([new Uint8Array(4_000_000)], 'front.jpg', { type: 'image/jpeg' }));
      await submit(el);
      await shrunk(el);
      await until(
        el,
        () => root(el).querySelector('[part="submit"]')!.getAttribute('aria-disabled') === 'false',
      );
      expect(fetchStub.calls).to.have.length(0);
      expect($(el, '#cardFront-error').textContent).to.contain('This photo could not be used');
      expect(root(el).activeElement?.id).to.equal('cardFront');
      // Pressed again, it goes without the photo, as for one seen before Send.
      await submit(el);
      await until(el, () => fetchStub!.calls.length === 1);
      expect(fetchStub.calls[0].body.insurance?.cardImages).to.equal(null);
    });
  });

  it('says each photo added, removed or not usable, naming the side, and the other path when switched', async () => {
    const el = await fixture<IntakeInsuranceCheck>(
      html`<intake-insurance-check endpoint="/api/intake" min-fill-ms="0" card-upload></intake-insurance-check>`,
    );
    const status = () => $(el, '[role="status"]').textContent!.trim();
    const pick = async (name: string, file: File) => {
      const input = $(el, `#${name}`);
      const files = new DataTransfer();
      files.items.add(file);
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    const broken = (name: string) => new File(['not a picture'], `${name}.jpg`, { type: 'image/jpeg' });
    await pick('cardFront', broken('front'));
    await until(el, () => status().startsWith('Front of the card: This photo could not be used'));
    // A second unusable photo, of the other side, is said too.
    await pick('cardBack', broken('back'));
    await until(el, () => status().startsWith('Back of the card: This photo could not be used'));
    const canvas = document.createElement('canvas');
    canvas.width = 30;
    canvas.height = 20;
    const png = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
    await pick('cardBack', new File([png], 'back.png', { type: 'image/png' }));
    await until(el, () => status() === 'Back of the card: photo added.');
    // An unusable photo picked over a good one leaves the good one in place, and says so there,
    // not in a summary at the top of the form before anyone pressed Send.
    await pick('cardBack', broken('back'));
    await until(el, () => status().startsWith('Back of the card: This photo could not be used'));
    expect(root(el).querySelectorAll('[part="preview"]')).to.have.length(1);
    expect(root(el).querySelector('#cardBack-error')).to.not.equal(null);
    expect(root(el).querySelector('[part="error-summary"]')).to.equal(null);
    [...root(el).querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent!.includes('Remove: Back of the card'))!
      .click();
    await el.updateComplete;
    expect(status()).to.equal('Back of the card: photo removed.');
    $(el, '[part="mode"]').click();
    await el.updateComplete;
    expect(status()).to.equal(
      'Ask for a call back. Free and private. Leave your number and we will call you about your options.',
    );
    $(el, '[part="mode"]').click();
    await el.updateComplete;
    expect(status()).to.equal('Check your insurance. Free and private. We check your benefits and call you.');
  });

  it('checks its endpoint, phone and CAPTCHA pair when set, naming the attribute at fault', async () => {
    const warnings = await captureConsole(async () => {
      await fixture<IntakeInsuranceCheck>(
        html`<intake-insurance-check endpoint="javascript:alert(1)" phone="call us" captcha-site-key="abc"></intake-insurance-check>`,
      );
      await fixture<IntakeInsuranceCheck>(
        html`<intake-insurance-check phone="206-555-0100" endpoint="/api/intake" captcha-provider="turnstile" captcha-site-key="<b>"></intake-insurance-check>`,
      );
      await fixture<IntakeInsuranceCheck>(
        html`<intake-insurance-check phone="206-555-0100" endpoint="/api/intake" captcha-provider="constructor" captcha-site-key="k"></intake-insurance-check>`,
      );
    });
    expect(warnings).to.deep.equal([
      'intake-widgets: <intake-insurance-check> endpoint="javascript:alert(1)" is refused (https:, same origin or http://localhost only); the form cannot send.',
      'intake-widgets: <intake-insurance-check> phone="call us" is not valid; the number of the page\'s contact cards is offered, if they show one.',
      'intake-widgets: <intake-insurance-check> captcha-site-key="abc" is not valid; no CAPTCHA is used: set captcha-provider too.',
      'intake-widgets: <intake-insurance-check> captcha-site-key="<b>" is not valid; no CAPTCHA is used.',
      'intake-widgets: <intake-insurance-check> captcha-provider="constructor" is not valid; no CAPTCHA is used (turnstile, hcaptcha or recaptcha).',
    ]);
    expect(document.querySelector('script[src*="turnstile"], script[src*="captcha"]')).to.equal(null);
  });

  it('says when consent text has HTML in it, which is shown and sent as text', async () => {
    const warnings = await captureConsole(async () => {
      await fixture<IntakeInsuranceCheck>(
        html`<intake-insurance-check phone="206-555-0100" endpoint="/api/intake" consent-text='I agree to the <a href="/privacy">Privacy Policy</a>.'></intake-insurance-check>`,
      );
    });
    expect(warnings).to.deep.equal([
      'intake-widgets: <intake-insurance-check> consent-text has HTML in it ("<a href=\\"/privacy\\">"), which is shown and sent as text: write plain words, and link your privacy policy beside the form.',
    ]);
  });

  it('warns about a bad timeout and uses the default', async () => {
    const warnings = await captureConsole(async () => {
      const el = await fixture<IntakeInsuranceCheck>(
        html`<intake-insurance-check phone="206-555-0100" endpoint="/api/intake" timeout="fast"></intake-insurance-check>`,
      );
      expect(el.timeout).to.equal(15000);
    });
    expect(warnings).to.deep.equal([
      'intake-widgets: <intake-insurance-check> timeout="fast" is not valid; using 15000.',
    ]);
  });

  it('goes back to the defaults without a warning when timeout, min-fill-ms or heading-level is removed', async () => {
    const warnings = await captureConsole(async () => {
      const el = await fixture<IntakeInsuranceCheck>(
        html`<intake-insurance-check phone="206-555-0100" endpoint="/api/intake" timeout="20000" min-fill-ms="1000" heading-level="3"></intake-insurance-check>`,
      );
      for (const name of ['timeout', 'min-fill-ms', 'heading-level']) el.removeAttribute(name);
      await el.updateComplete;
      expect([el.timeout, el.minFillMs, el.headingLevel]).to.deep.equal([15000, 3000, 2]);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('uses the consent-text and sms-consent-text attributes, and sends the text shown', async () => {
    fetchStub = stubFetch(() => json(201, { status: 'received' }));
    const el = await fixture<IntakeInsuranceCheck>(
      html`<intake-insurance-check endpoint="/api/intake" min-fill-ms="0" consent-text="We may call you." sms-consent-text="Texts OK."></intake-insurance-check>`,
    );
    expect($(el, 'label[for="consent"]').textContent).to.equal('We may call you.');
    expect($(el, 'label[for="sms"]').textContent).to.equal('Texts OK.');
    await fill(el, { ...FULL, sms: true });
    await submit(el);
    await until(el, () => fetchStub!.calls.length === 1);
    expect(fetchStub.calls[0].body.consent).to.deep.equal({ text: 'We may call you.', accepted: true });
    expect(fetchStub.calls[0].body.contact.smsConsent).to.equal(true);
  });

  it('holds consent text from strings to the same rules, and sends exactly the text shown', async () => {
    fetchStub = stubFetch(() => json(201, { status: 'received' }));
    const consentText = `I agree \u202eEVIL\u202c ${'to be called. '.repeat(250)}END`;
    const warnings = await captureConsole(async () => {
      const el = await fixture<IntakeInsuranceCheck>(
        html`<intake-insurance-check phone="206-555-0100" endpoint="/api/intake" min-fill-ms="0" .strings=${{ consentText }}></intake-insurance-check>`,
      );
      const shown = $(el, 'label[for="consent"]').textContent!;
      expect(shown.length).to.be.at.most(2000);
      expect(shown).to.not.match(/[\u202a-\u202e]/);
      expect(shown.startsWith('I agree EVIL to be called.')).to.equal(true);
      await fill(el, FULL);
      await submit(el);
      await until(el, () => fetchStub!.calls.length === 1);
      expect(fetchStub!.calls[0].body.consent.text).to.equal(shown);
    });
    expect(warnings).to.deep.equal([
      'intake-widgets: <intake-insurance-check> strings.consentText: control characters, direction overrides and text past 2000 characters are left out.',
    ]);
  });

  describe('what a screen reader is told', () => {
    it('calls no field invalid before the visitor has made an error, though required ones are empty', async () => {
      const el = await fixture<IntakeInsuranceCheck>(
        html`<intake-insurance-check endpoint="/api/intake" card-upload min-fill-ms="0"></intake-insurance-check>`,
      );
      expect((await a11yTree()).filter((node) => node.invalid).map((node) => node.name)).to.deep.equal([]);
      await submit(el);
      const invalid = (await a11yTree()).filter((node) => node.invalid).map((node) => node.name);
      expect(invalid).to.include('First name');
    });

    it('keeps the spaces between words in names: labels with "(optional)", links of the error summary', async () => {
      const el = await fixture<IntakeInsuranceCheck>(
        html`<intake-insurance-check endpoint="/api/intake" card-upload min-fill-ms="0"></intake-insurance-check>`,
      );
      await submit(el);
      const names = (await a11yTree()).map((node) => node.name);
      expect(names).to.include('Group number (optional)');
      expect(names).to.include('First name: This is required.');
      expect(names).to.include('Who needs care? Choose an answer.');
      // No name anywhere has words run together at a colon or a bracket.
      expect(names.filter((name) => /[:?][A-Z]|[a-z]\(/.test(name ?? ''))).to.deep.equal([]);
    });

    it('reads what is wrong with the focused error summary, not only its heading', async () => {
      const el = await fixture<IntakeInsuranceCheck>(
        html`<intake-insurance-check endpoint="/api/intake" min-fill-ms="0"></intake-insurance-check>`,
      );
      await submit(el);
      const focused = (await a11yTree()).find((node) => node.focused);
      expect(focused?.name).to.equal('Please check these answers');
      expect(focused?.description).to.contain('Who needs care? Choose an answer.');
      expect(focused?.description).to.contain('First name: This is required.');
    });

    it('names each photo field with its visible "Choose a photo" too', async () => {
      await fixture<IntakeInsuranceCheck>(
        html`<intake-insurance-check endpoint="/api/intake" card-upload min-fill-ms="0"></intake-insurance-check>`,
      );
      const names = (await a11yTree()).map((node) => node.name);
      expect(names).to.include('Front of the card Choose a photo');
      expect(names).to.include('Back of the card Choose a photo');
    });

    it('reads the reason with the focused "Not sent yet" heading', async () => {
      fetchStub = stubFetch(() => json(400, { error: 'bad' }));
      const el = await form();
      await fill(el, FULL);
      await submit(el);
      await until(el, () => root(el).querySelector('[part="failure"]'));
      const heading = (await a11yTree()).find(
        (node) => node.role === 'heading' && node.name === 'Not sent yet',
      );
      expect(heading?.description).to.equal($(el, '[part="failure"] p').textContent);
    });

    it("reads the endpoint's answer and next step with the focused result heading", async () => {
      fetchStub = stubFetch(() =>
        json(201, {
          status: 'out-of-network',
          message: 'Your plan is out of network.',
          nextStep: 'We will call you.',
        }),
      );
      const el = await form();
      await fill(el, FULL);
      await submit(el);
      await until(el, () => root(el).querySelector('[part="result"]'));
      const heading = (await a11yTree()).find((node) => node.role === 'heading' && node.focused);
      expect([heading?.name, heading?.description]).to.deep.equal([
        'Thank you. We have your information.',
        'Your plan is out of network. We will call you.',
      ]);
    });

    it('gives the form no landmark of the same name as the section around it', async () => {
      await form();
      // A form without a name is not a landmark.
      const landmarks = (await a11yTree()).filter(
        (node) => ['region', 'form'].includes(node.role) && node.name,
      );
      expect(landmarks.map((node) => `${node.role}: ${node.name}`)).to.deep.equal([
        'region: Check your insurance',
      ]);
    });
  });
});
