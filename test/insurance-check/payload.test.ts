import { expect } from '@open-wc/testing';
import { DEFAULT_CARRIERS, parseCarriers } from '../../src/insurance-check/carriers.js';
import {
  buildRequest,
  careLevelOf,
  fieldForPath,
  type PayloadContext,
  pageUrl,
  sameSubmission,
} from '../../src/insurance-check/payload.js';
import {
  clean,
  emptyState,
  type FormState,
  OTHER,
  validateForm,
} from '../../src/insurance-check/validate.js';
import { loadRequestSchema, schemaErrors } from './schema-check.js';

const NOW = new Date('2026-03-15T18:02:11.000Z');
const JPEG = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2Q==';

function verifyState(extra: Partial<FormState> = {}): FormState {
  return {
    ...emptyState(),
    who: 'self',
    firstName: ' Ana ',
    lastName: 'Ruiz',
    dobMonth: '4',
    dobDay: '7',
    dobYear: '1990',
    phone: '(206) 555-0100',
    email: ' ana@example.org ',
    bestTime: 'evening',
    carrier: 'Premera Blue Cross',
    memberId: 'xyz  123456789',
    groupNumber: '',
    holder: 'yes',
    consent: true,
    ...extra,
  };
}

const context = (extra: Partial<PayloadContext> = {}): PayloadContext => ({
  locale: 'en',
  page: 'https://example-center.org/iop',
  consentText: 'I agree.',
  now: NOW,
  ...extra,
});

describe('insurance-check payload', () => {
  it('builds the contract example from a filled form', () => {
    const state = verifyState();
    expect(validateForm(state, NOW)).to.deep.equal({});
    expect(buildRequest(state, context({ careLevel: 'iop' }))).to.deep.equal({
      schema: 'intake-widgets/insurance-check/1',
      submittedAt: '2026-03-15T18:02:11.000Z',
      locale: 'en',
      page: 'https://example-center.org/iop',
      mode: 'verify',
      seeker: { for: 'self', relationship: null },
      patient: { firstName: 'Ana', lastName: 'Ruiz', dateOfBirth: '1990-04-07' },
      contact: { phone: '+12065550100', email: 'ana@example.org', bestTime: 'evening', smsConsent: false },
      insurance: {
        carrier: 'Premera Blue Cross',
        memberId: 'xyz 123456789',
        groupNumber: null,
        policyholder: null,
        cardImages: null,
      },
      careLevel: 'iop',
      consent: { text: 'I agree.', accepted: true },
    });
  });

  it('sends a loved one, another policyholder, "Other" carrier, card images and a CAPTCHA token', () => {
    const body = buildRequest(
      verifyState({
        who: 'loved-one',
        relationship: ' Mother ',
        carrier: OTHER,
        carrierOther: 'Acme  Health',
        groupNumber: '100-200',
        sms: true,
        holder: 'no',
        holderFirstName: 'Luis',
        holderLastName: 'Ruiz',
        holderDobMonth: '02',
        holderDobDay: '29',
        holderDobYear: '1960',
        holderRelationship: 'Child',
      }),
      context({ cardImages: { back: JPEG }, captchaToken: 'tok', locale: 'es' }),
    );
    expect(body.seeker).to.deep.equal({ for: 'loved-one', relationship: 'Mother' });
    expect(body.contact.smsConsent).to.equal(true);
    expect(body.insurance).to.deep.equal({
      carrier: 'Acme Health',
      memberId: 'xyz 123456789',
      groupNumber: '100-200',
      policyholder: { firstName: 'Luis', lastName: 'Ruiz', dateOfBirth: '1960-02-29', relationship: 'Child' },
      cardImages: { back: JPEG },
    });
    expect(body.captchaToken).to.equal('tok');
    expect(body.locale).to.equal('es');
    expect(body.careLevel).to.equal(null);
  });

  it('sends only names, phone and best time in callback mode, even when other fields were typed', () => {
    const body = buildRequest(
      verifyState({ mode: 'callback', sms: true }),
      context({ cardImages: { front: JPEG } }),
    );
    expect(body.mode).to.equal('callback');
    expect(body.patient).to.deep.equal({ firstName: 'Ana', lastName: 'Ruiz', dateOfBirth: null });
    expect(body.contact).to.deep.equal({
      phone: '+12065550100',
      email: null,
      bestTime: 'evening',
      smsConsent: true,
    });
    expect(body.insurance).to.equal(null);
  });

  it('leaves out control characters and direction overrides a visitor typed or pasted', () => {
    const body = buildRequest(
      verifyState({
        who: 'loved-one',
        relationship: 'Mo\u202Em\u0007',
        carrier: OTHER,
        carrierOther: 'Local\u2066 Plan\u0000',
        holder: 'no',
        holderFirstName: 'Luis',
        holderLastName: 'Ruiz',
        holderDobMonth: '1',
        holderDobDay: '2',
        holderDobYear: '1960',
        holderRelationship: '\u202DSpouse\u202C',
      }),
      context(),
    );
    expect(body.seeker.relationship).to.equal('Mom');
    expect(clean('Mom \u0007 Dad\t\u202e ')).to.equal('Mom Dad');
    expect(body.insurance?.carrier).to.equal('Local Plan');
    expect(body.insurance?.policyholder?.relationship).to.equal('Spouse');
  });

  it('sends the card sides that were given: front only, or both', () => {
    const front = buildRequest(verifyState(), context({ cardImages: { front: JPEG } }));
    expect(front.insurance?.cardImages).to.deep.equal({ front: JPEG });
    const both = buildRequest(verifyState(), context({ cardImages: { front: JPEG, back: JPEG } }));
    expect(both.insurance?.cardImages).to.deep.equal({ front: JPEG, back: JPEG });
  });

  it('sends at most 2,000 characters of consent text', () => {
    const text = (length: number) =>
      buildRequest(verifyState(), context({ consentText: 'x'.repeat(length) })).consent.text;
    expect(text(2000)).to.equal('x'.repeat(2000));
    expect(text(2001)).to.equal('x'.repeat(2000));
  });

  describe('matches the published request schema', () => {
    const variants: Array<[string, FormState, Partial<PayloadContext>]> = [
      ['verify, self', verifyState(), { careLevel: 'iop' }],
      [
        'verify, loved one, policyholder, images',
        verifyState({
          who: 'loved-one',
          relationship: 'Partner',
          holder: 'no',
          holderFirstName: 'Luis',
          holderLastName: 'Ruiz',
          holderDobMonth: '1',
          holderDobDay: '2',
          holderDobYear: '1970',
          holderRelationship: 'Spouse',
          groupNumber: 'G 100',
        }),
        { cardImages: { front: JPEG, back: JPEG }, captchaToken: 'token', locale: 'es' },
      ],
      ['callback', verifyState({ mode: 'callback' }), {}],
      ['callback, loved one', verifyState({ mode: 'callback', who: 'loved-one', relationship: 'Son' }), {}],
    ];
    for (const [name, state, extra] of variants) {
      it(name, async () => {
        expect(validateForm(state, NOW)).to.deep.equal({});
        const schema = await loadRequestSchema();
        expect(schemaErrors(buildRequest(state, context(extra)), schema)).to.deep.equal([]);
      });
    }

    it('and the check itself catches what the schema forbids', async () => {
      const schema = await loadRequestSchema();
      const body = buildRequest(verifyState(), context()) as unknown as Record<string, unknown>;
      expect(schemaErrors({ ...body, ssn: '123-45-6789' }, schema)).to.deep.equal([
        '/: additionalProperties ssn',
      ]);
      expect(schemaErrors({ ...body, page: 'https://x.org/?q=1' }, schema)).to.deep.equal(['/page: pattern']);
      expect(schemaErrors({ ...body, insurance: null }, schema)).to.include('/insurance: type');
      expect(schemaErrors({ ...body, seeker: { for: 'loved-one', relationship: '' } }, schema)).to.include(
        '/seeker/relationship: minLength',
      );
    });
  });

  it('page is origin and path only', () => {
    expect(pageUrl(new URL('https://example-center.org/iop/?name=Ana#insurance'))).to.equal(
      'https://example-center.org/iop/',
    );
    expect(pageUrl(location)).to.equal(`${location.origin}${location.pathname}`);
  });

  it('page is a valid URI even where the browser leaves [, ] or a stray % in the path', () => {
    const page = (pathname: string) => pageUrl({ origin: 'https://example-center.org', pathname });
    expect(page('/p/[es]/iop')).to.equal('https://example-center.org/p/%5Bes%5D/iop');
    expect(page('/p/100%free')).to.equal('https://example-center.org/p/100%25free');
    expect(page('/p/caf%C3%A9')).to.equal('https://example-center.org/p/caf%C3%A9');
    expect(page('/p/a%2Fb%ef')).to.equal('https://example-center.org/p/a%2Fb%ef');
    // What Firefox and Safari leave as it is, and what no browser should, are encoded too.
    expect(page('/a|b^c{d}')).to.equal('https://example-center.org/a%7Cb%5Ec%7Bd%7D');
    expect(page('/café/😀')).to.equal('https://example-center.org/caf%C3%A9/%F0%9F%98%80');
    expect(page("/p/a-b_c.d~e!$&'()*+,;=:@")).to.equal("https://example-center.org/p/a-b_c.d~e!$&'()*+,;=:@");
  });

  it('accepts only care levels the contract allows', () => {
    expect(careLevelOf('iop')).to.equal('iop');
    expect(careLevelOf('level/iop:2-1')).to.equal('level/iop:2-1');
    expect(careLevelOf('asam 2.1')).to.equal(null);
    expect(careLevelOf('IOP')).to.equal(null);
    expect(careLevelOf('-iop')).to.equal(null);
    expect(careLevelOf('a'.repeat(61))).to.equal(null);
    // What the schema allows: 1 to 60 characters, starting with a letter or a digit.
    expect(careLevelOf('a'.repeat(60))).to.equal('a'.repeat(60));
    expect(careLevelOf('1')).to.equal('1');
    // The 911 and 988 screens are not a level of care; only those exact ids are left out.
    expect(careLevelOf('emergency')).to.equal(null);
    expect(careLevelOf('crisis')).to.equal(null);
    expect(careLevelOf('crisis-stabilization')).to.equal('crisis-stabilization');
    expect(careLevelOf(3)).to.equal(null);
    expect(careLevelOf(undefined)).to.equal(null);
  });

  it('counts two bodies as one submission only when the answers are the same', () => {
    const first = buildRequest(verifyState(), context({ careLevel: 'iop', captchaToken: 'token-1' }));
    const same = (state: Partial<FormState>, extra: Partial<PayloadContext> = {}) =>
      sameSubmission(first, buildRequest(verifyState(state), context({ careLevel: 'iop', ...extra })));
    // Later, with a renewed CAPTCHA token, spaces the form trims, or a value only the other path sends.
    expect(same({}, { now: new Date(NOW.getTime() + 60_000), captchaToken: 'token-2' })).to.equal(true);
    expect(same({ firstName: 'Ana', memberId: 'xyz 123456789' })).to.equal(true);
    expect(same({ relationship: 'Mother' })).to.equal(true);
    // Any answer the receiver would see differently is a new submission.
    expect(same({ memberId: 'xyz 123456780' })).to.equal(false);
    expect(same({ bestTime: 'morning' })).to.equal(false);
    expect(same({ sms: true })).to.equal(false);
    expect(same({ mode: 'callback' })).to.equal(false);
    expect(same({}, { careLevel: 'op' })).to.equal(false);
    expect(same({}, { locale: 'es' })).to.equal(false);
    expect(same({}, { consentText: 'I agree to be called.' })).to.equal(false);
    expect(same({}, { cardImages: { front: JPEG } })).to.equal(false);
  });

  it('maps server field paths to form fields', () => {
    const cases: Array<[string, string | null]> = [
      ['insurance.memberId', 'memberId'],
      ['contact.phone', 'phone'],
      ['patient.dateOfBirth', 'dob'],
      ['seeker.relationship', 'relationship'],
      ['insurance.policyholder.dateOfBirth', 'holderDob'],
      ['insurance.cardImages.front', 'cardFront'],
      ['insurance.cardImages.back', 'cardBack'],
      ['consent.accepted', 'consent'],
      ['captchaToken', null],
      ['request', null],
      ['toString', null],
      ['', null],
    ];
    for (const [path, field] of cases) expect(fieldForPath(path), path).to.equal(field);
    expect(fieldForPath('insurance.carrier', verifyState({ carrier: OTHER }))).to.equal('carrierOther');
    expect(fieldForPath('insurance.memberId', verifyState({ carrier: OTHER }))).to.equal('memberId');
  });

  it('parses the carriers attribute, with the default list when empty', () => {
    expect(parseCarriers(' Aetna, Cigna , ,Premera,aetna, Other ')).to.deep.equal([
      'Aetna',
      'Cigna',
      'Premera',
    ]);
    expect(parseCarriers('')).to.deep.equal(DEFAULT_CARRIERS);
    expect(parseCarriers(null)).to.deep.equal(DEFAULT_CARRIERS);
    expect(parseCarriers(' , ')).to.deep.equal(DEFAULT_CARRIERS);
    expect(DEFAULT_CARRIERS).to.include.members(['Medicaid', 'Medicare', 'Aetna', 'UnitedHealthcare']);
    expect(parseCarriers(Array.from({ length: 150 }, (_, i) => `C${i}`).join(','))).to.have.length(100);
    expect(parseCarriers('x'.repeat(300))[0]).to.have.length(100);
    // A list pasted from a document, one name a line, keeps a name's comma.
    expect(parseCarriers('\n  • Aetna\n  • Kaiser Foundation Health Plan, Inc.\n  • Cigna\n')).to.deep.equal([
      'Aetna',
      'Kaiser Foundation Health Plan, Inc.',
      'Cigna',
    ]);
    // Semicolons, when there are any, separate names that have commas.
    expect(parseCarriers('Kaiser Foundation Health Plan, Inc.; Aetna ;; Premera')).to.deep.equal([
      'Kaiser Foundation Health Plan, Inc.',
      'Aetna',
      'Premera',
    ]);
  });
});
