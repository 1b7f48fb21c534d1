import { expect } from '@open-wc/testing';
import {
  checkCardNumber,
  checkDate,
  checkEmail,
  checkName,
  checkPhone,
  checkText,
  emptyState,
  type FormState,
  OTHER,
  validateForm,
} from '../../src/insurance-check/validate.js';

/** A fixed "today" so the table does not depend on the day the tests run. */
const NOW = new Date(2026, 2, 15, 12, 0); // 15 March 2026, local time

describe('insurance-check validators', () => {
  describe('checkDate (month, day, year)', () => {
    const cases: Array<[string, string, string, string]> = [
      // month, day, year → ISO date or error key
      ['4', '17', '1990', '1990-04-17'],
      ['04', '07', '1990', '1990-04-07'],
      [' 12', '31 ', '1999', '1999-12-31'],
      ['1', '1', '1900', '1900-01-01'],
      ['2', '29', '2024', '2024-02-29'],
      ['2', '29', '2000', '2000-02-29'],
      ['2', '29', '2023', 'errDate'],
      ['2', '29', '1900', 'errDate'],
      ['2', '30', '2024', 'errDate'],
      ['4', '31', '1990', 'errDate'],
      ['6', '31', '1990', 'errDate'],
      ['13', '1', '1990', 'errDate'],
      ['0', '10', '1990', 'errDate'],
      ['5', '0', '1990', 'errDate'],
      ['5', '10', '90', 'errDateYear'],
      ['5', '10', '199', 'errDateYear'],
      ['5', '10', '19900', 'errDateYear'],
      ['13', '10', '90', 'errDateYear'],
      ['5', '10', '9O', 'errDate'],
      ['104', '10', '1990', 'errDate'],
      ['May', '10', '1990', 'errDate'],
      ['5', '1.5', '1990', 'errDate'],
      ['5', '', '1990', 'errDate'],
      ['', '', '', 'errRequired'],
      ['12', '31', '1899', 'errDateOld'],
      ['1', '1', '0990', 'errDateOld'],
      ['3', '15', '2026', '2026-03-15'],
      ['3', '16', '2026', 'errDateFuture'],
      ['1', '1', '2027', 'errDateFuture'],
    ];
    for (const [month, day, year, expected] of cases) {
      it(`${JSON.stringify([month, day, year])} → ${expected}`, () => {
        const result = checkDate(month, day, year, NOW);
        expect(result.value ?? result.error).to.equal(expected);
      });
    }
  });

  describe('checkPhone (US formats → E.164)', () => {
    const cases: Array<[string, string]> = [
      ['(206) 555-0100', '+12065550100'],
      ['206-555-0100', '+12065550100'],
      ['206.555.0100', '+12065550100'],
      ['2065550100', '+12065550100'],
      ['1 206 555 0100', '+12065550100'],
      ['+1 (206) 555-0100', '+12065550100'],
      ['  206 555 0100  ', '+12065550100'],
      ['tel:+12065550100', '+12065550100'],
      // Letters in a visitor's own number are a slip ("O" for zero), not a word to spell out:
      // read as a vanity number, they became a number the center would call in vain.
      ['206 555 01OO', 'errPhone'],
      ['1-800-GET-HELP', 'errPhone'],
      ['', 'errRequired'],
      ['   ', 'errRequired'],
      ['555-0100', 'errPhone'],
      ['206555010', 'errPhone'],
      ['20655501000', 'errPhone'],
      ['+44 20 7946 0958', 'errPhone'],
      ['(106) 555-0100', 'errPhone'],
      ['(206) 155-0100', 'errPhone'],
      ['911', 'errPhone'],
      ['988', 'errPhone'],
      ['call me', 'errPhone'],
      ['<b>2065550100</b>', 'errPhone'],
      // Copied from iOS Contacts (wrapped in LRO … PDF), from a chat app (FSI … PDI), or with a
      // zero-width space or a direction mark: what the visitor sees is a good number.
      ['\u202d(206) 555-0100\u202c', '+12065550100'],
      ['\u202a+1 206 555 0100\u202c', '+12065550100'],
      ['\u2068+1 (206) 555-0100\u2069', '+12065550100'],
      ['206\u200b555\u200e0100\ufeff', '+12065550100'],
      // An extension cannot be dialled on a call back: said as such.
      ['+1 (206) 555-0100 ext 2', 'errPhoneExt'],
      ['206-555-0100 x25', 'errPhoneExt'],
      ['206.555.0100, ext. 123', 'errPhoneExt'],
      ['+12065550100;ext=2', 'errPhoneExt'],
      ['555-0100 ext 2', 'errPhone'],
    ];
    for (const [input, expected] of cases) {
      it(`${JSON.stringify(input)} → ${expected}`, () => {
        const result = checkPhone(input);
        expect(result.value ?? result.error).to.equal(expected);
      });
    }
  });

  describe('checkEmail', () => {
    const cases: Array<[string, string]> = [
      ['ana@example.org', 'ana@example.org'],
      [' ana.ruiz+vob@mail.example.co ', 'ana.ruiz+vob@mail.example.co'],
      ["o'brien@example.com", "o'brien@example.com"],
      ['ANA@EXAMPLE.ORG', 'ANA@EXAMPLE.ORG'],
      ['ana.ruiz-2@mail-1.example.org', 'ana.ruiz-2@mail-1.example.org'],
      ['ana@126.com', 'ana@126.com'],
      ['ana@x.example.org', 'ana@x.example.org'],
      [`${'a'.repeat(242)}@example.org`, `${'a'.repeat(242)}@example.org`],
      [`${'a'.repeat(243)}@example.org`, 'errEmail'],
      ['ana@example.org, bob@example.org', 'errEmail'],
      ['', 'errRequired'],
      ['ana', 'errEmail'],
      ['ana@', 'errEmail'],
      ['@example.org', 'errEmail'],
      ['ana@example', 'errEmail'],
      ['ana@@example.org', 'errEmail'],
      ['ana @example.org', 'errEmail'],
      ['ana..ruiz@example.org', 'errEmail'],
      ['ana@-example.org', 'errEmail'],
      ['ana@example..org', 'errEmail'],
      [`${'a'.repeat(250)}@example.org`, 'errEmail'],
    ];
    for (const [input, expected] of cases) {
      it(`${JSON.stringify(input.slice(0, 40))} → ${expected}`, () => {
        const result = checkEmail(input);
        expect(result.value ?? result.error).to.equal(expected);
      });
    }
  });

  describe('checkCardNumber (member ID, group number)', () => {
    const cases: Array<[string, boolean, string | null]> = [
      ['XYZ123456789', true, 'XYZ123456789'],
      ['xyz 1234 5678', true, 'xyz 1234 5678'],
      ['W12-345-678', true, 'W12-345-678'],
      ['  ABC  123 ', true, 'ABC 123'],
      ['7', true, '7'],
      ['42', false, '42'],
      ['', true, 'errRequired'],
      ['', false, null],
      ['   ', false, null],
      ['-ABC123', true, 'errCardNumber'],
      ['ABC123-', true, 'errCardNumber'],
      ['ABC/123', true, 'errCardNumber'],
      ['ABC_123', true, 'errCardNumber'],
      ['ABC#123', false, 'errCardNumber'],
      ['123-45-6789.', true, 'errCardNumber'],
      ['ÁBC123', true, 'errCardNumber'],
      ['A'.repeat(40), true, 'A'.repeat(40)],
      ['A'.repeat(41), true, 'errCardNumber'],
    ];
    for (const [input, required, expected] of cases) {
      it(`${JSON.stringify(input.slice(0, 20))} (${required ? 'required' : 'optional'}) → ${expected}`, () => {
        const result = checkCardNumber(input, required);
        expect(result.error ?? result.value).to.equal(expected);
      });
    }
  });

  it('does not refuse a member ID for a character nobody can see (pasted from a portal or an email)', () => {
    expect(checkCardNumber('XJB\u200b4417\u200e').value).to.equal('XJB4417');
    expect(checkCardNumber('\u00adXJB 4417\u2060').value).to.equal('XJB 4417');
  });

  describe('checkName and checkText', () => {
    const names: Array<[string, string]> = [
      ['Ana', 'Ana'],
      ['  María  José ', 'María José'],
      ["O'Brien", "O'Brien"],
      ['García-López', 'García-López'],
      ['J. R.', 'J. R.'],
      ['Nguyễn', 'Nguyễn'],
      ["'Iolani", "'Iolani"],
      ['ʻIolani', 'ʻIolani'],
      ['Smith, Jr.', 'Smith, Jr.'],
      // typographic apostrophes, as phone keyboards type them
      ['O’Brien', 'O’Brien'],
      ['Ka‘iulani', 'Ka‘iulani'],
      ['‘Iolani', '‘Iolani'],
      ['’Iolani', '’Iolani'],
      // an accent typed as a combining mark (decomposed text)
      ['Jose\u0301', 'Jose\u0301'],
      ['J', 'J'],
      ['A'.repeat(100), 'A'.repeat(100)],
      // The acute accent as an apostrophe, as on many Spanish-language keyboards.
      ['O´Brien', 'O´Brien'],
      // Persian and Indic names need the zero-width non-joiner and joiner, which are kept.
      ['\u0645\u06cc\u200c\u0646\u0627', '\u0645\u06cc\u200c\u0646\u0627'],
      // A character nobody can see is dropped, not a reason to refuse a name.
      ['\u200eAna\u200b', 'Ana'],
      ["''Ana", 'errName'],
      [',Ana', 'errName'],
      ['', 'errRequired'],
      ['Ana2', 'errName'],
      ['-Ana', 'errName'],
      ['<script>', 'errName'],
      ['A'.repeat(101), 'errTooLong'],
    ];
    for (const [input, expected] of names) {
      it(`name ${JSON.stringify(input.slice(0, 20))} → ${expected}`, () => {
        const result = checkName(input);
        expect(result.value ?? result.error).to.equal(expected);
      });
    }
    it('free text is trimmed, required and limited in length', () => {
      expect(checkText(' mother ').value).to.equal('mother');
      expect(checkText('').error).to.equal('errRequired');
      expect(checkText('x'.repeat(51), 50).error).to.equal('errTooLong');
      expect(checkText('x'.repeat(50), 50).value).to.equal('x'.repeat(50));
    });
  });

  describe('validateForm', () => {
    const valid = (): FormState => ({
      ...emptyState(),
      who: 'self',
      firstName: 'Ana',
      lastName: 'Ruiz',
      dobMonth: '4',
      dobDay: '17',
      dobYear: '1990',
      phone: '(206) 555-0100',
      email: 'ana@example.org',
      carrier: 'Aetna',
      memberId: 'XYZ123456789',
      holder: 'yes',
      consent: true,
    });

    it('finds nothing wrong with a complete form', () => {
      expect(validateForm(valid(), NOW)).to.deep.equal({});
    });

    it('lists every missing answer of an empty form, in the order of the form', () => {
      expect(Object.entries(validateForm(emptyState(), NOW))).to.deep.equal([
        ['who', 'errChoose'],
        ['firstName', 'errRequired'],
        ['lastName', 'errRequired'],
        ['dob', 'errRequired'],
        ['phone', 'errRequired'],
        ['email', 'errRequired'],
        ['carrier', 'errChoose'],
        ['memberId', 'errRequired'],
        ['holder', 'errChoose'],
        ['consent', 'errConsent'],
      ]);
    });

    it('asks only for names, phone and consent in callback mode', () => {
      expect(Object.keys(validateForm({ ...emptyState(), mode: 'callback' }, NOW))).to.deep.equal([
        'who',
        'firstName',
        'lastName',
        'phone',
        'consent',
      ]);
    });

    it('needs the relationship for a loved one, and the "Other" carrier name', () => {
      const errors = validateForm({ ...valid(), who: 'loved-one', carrier: OTHER }, NOW);
      expect(errors).to.deep.equal({ relationship: 'errRequired', carrierOther: 'errRequired' });
      expect(
        validateForm(
          { ...valid(), who: 'loved-one', relationship: 'Mother', carrier: OTHER, carrierOther: 'Acme' },
          NOW,
        ),
      ).to.deep.equal({});
    });

    it('checks the policyholder only when the patient is not the policyholder', () => {
      expect(Object.keys(validateForm({ ...valid(), holder: 'no' }, NOW))).to.deep.equal([
        'holderFirstName',
        'holderLastName',
        'holderDob',
        'holderRelationship',
      ]);
      const holder = {
        holderFirstName: 'Luis',
        holderLastName: 'Ruiz',
        holderDobMonth: '2',
        holderDobDay: '29',
        holderDobYear: '2023',
        holderRelationship: 'Spouse',
      };
      expect(validateForm({ ...valid(), holder: 'no', ...holder }, NOW)).to.deep.equal({
        holderDob: 'errDate',
      });
      const born = { holderDobMonth: '2', holderDobDay: '28', holderDobYear: '1960' };
      expect(
        validateForm(
          { ...valid(), holder: 'no', ...holder, ...born, holderRelationship: 'x'.repeat(50) },
          NOW,
        ),
      ).to.deep.equal({});
      expect(
        validateForm(
          { ...valid(), holder: 'no', ...holder, ...born, holderRelationship: 'x'.repeat(51) },
          NOW,
        ),
      ).to.deep.equal({ holderRelationship: 'errTooLong' });
    });

    it('rejects a bad optional group number but not an empty one', () => {
      expect(validateForm({ ...valid(), groupNumber: '' }, NOW)).to.deep.equal({});
      expect(validateForm({ ...valid(), groupNumber: 'no#1' }, NOW)).to.deep.equal({
        groupNumber: 'errCardNumber',
      });
    });
  });
});
