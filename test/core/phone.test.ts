import { expect } from '@open-wc/testing';
import { type ParsedPhone, parsePhone, SHORT_CODES, smsHref, telHref } from '../../src/core/phone.js';

const SEATTLE: ParsedPhone = { e164: '+12065550100', display: '(206) 555-0100' };

describe('parsePhone: accepted', () => {
  const cases: [string, ParsedPhone][] = [
    ['+1-206-555-0100', SEATTLE],
    ['+1 (206) 555-0100', SEATTLE],
    ['+12065550100', SEATTLE],
    ['(206) 555-0100', SEATTLE],
    ['206.555.0100', SEATTLE],
    ['206-555-0100', SEATTLE],
    ['1 206 555 0100', SEATTLE],
    ['1-206-555-0100', SEATTLE],
    ['2065550100', SEATTLE],
    ['12065550100', SEATTLE],
    ['  (206) 555-0100 \n', SEATTLE],
    ['206\u00a0555\u00a00100', SEATTLE],
    // typographic dashes, a slash, a pasted tel: link
    ['206\u2011555\u20110100', SEATTLE],
    ['206\u2013555\u20130100', SEATTLE],
    ['206/555-0100', SEATTLE],
    ['206\u2010555\u20100100', SEATTLE],
    ['206\u2015555\u20150100', SEATTLE],
    ['206\u2212555\u22120100', SEATTLE],
    ['206\t555\t0100', SEATTLE],
    // up to 40 characters
    [`206${' '.repeat(29)}555-0100`, SEATTLE],
    ['tel:+12065550100', SEATTLE],
    ['TEL:206-555-0100', SEATTLE],
    // toll-free numbers look the same
    ['1-800-662-4357', { e164: '+18006624357', display: '(800) 662-4357' }],
    ['(888) 555-0199', { e164: '+18885550199', display: '(888) 555-0199' }],
    // area codes run up to 9xx (Alaska's 907)
    ['(907) 555-0100', { e164: '+19075550100', display: '(907) 555-0100' }],
    // vanity letters become keypad digits, in the display too
    ['1-800-GET-HELP', { e164: '+18004384357', display: '(800) 438-4357' }],
    ['800-get-help', { e164: '+18004384357', display: '(800) 438-4357' }],
    ['1-800-662-HELP', { e164: '+18006624357', display: '(800) 662-4357' }],
    ['+1 (877) WXYZ-PQR', { e164: '+18779999777', display: '(877) 999-9777' }],
    // a vanity word longer than the number: the letters past its last digit are not dialled
    ['1-800-RECOVERY', { e164: '+18007326837', display: '(800) 732-6837' }],
    ['1-800-GET-HELP-NOW', { e164: '+18004384357', display: '(800) 438-4357' }],
    ['888-RECOVERYNOW', { e164: '+18887326837', display: '(888) 732-6837' }],
    // a word with O, I or L that does not touch a digit is still a word
    ['1-800-GO-SOBER', { e164: '+18004676237', display: '(800) 467-6237' }],
    ['1-877-4LIFE-10', { e164: '+18774543310', display: '(877) 454-3310' }],
    // a word that starts the line may run past the number too
    ['1-800-662-HELP-NOW', { e164: '+18006624357', display: '(800) 662-4357' }],
    // characters that take no room, pasted along with the number
    ['\uFEFF206 555\u00AD 0100\u200B', SEATTLE],
    ['206 555 0100\u200E', SEATTLE],
    // short codes stay short
    ['988', { e164: '988', display: '988' }],
    ['911', { e164: '911', display: '911' }],
    ['741741', { e164: '741741', display: '741741' }],
    [' 988 ', { e164: '988', display: '988' }],
  ];
  for (const [input, expected] of cases) {
    it(JSON.stringify(input), () => {
      expect(parsePhone(input)).to.deep.equal(expected);
    });
  }
});

describe('parsePhone: rejected', () => {
  const cases: [string, string][] = [
    ['', 'empty'],
    ['   ', 'blank'],
    ['555-0100', 'seven digits'],
    ['206-555-010', 'nine digits'],
    ['206-555-01000', 'eleven digits not starting with 1'],
    ['1-206-555-01000', 'twelve digits'],
    ['2-206-555-0100', 'country code other than 1'],
    ['+2065550100', '"+" without country code 1'],
    ['+44 20 7946 0958', 'another country'],
    ['(006) 555-0100', 'area code starting with 0'],
    ['(106) 555-0100', 'area code starting with 1'],
    ['(206) 055-0100', 'exchange starting with 0'],
    ['(206) 155-0100', 'exchange starting with 1'],
    ['(911) 555-0100', 'N11 area code'],
    ['(206) 411-0100', 'N11 exchange'],
    ['206-555-0100 now', 'a word after the number'],
    // a number a digit short, then a word: not a vanity number (it would dial a stranger)
    ['262-4357 office', 'seven digits and a word'],
    ['555-2100 Seattle', 'seven digits and a place'],
    ['206-555-010 ext', 'nine digits and a word'],
    ['1-800-GET-HELP-2', 'a digit after a long vanity word'],
    ['1-800-GET-435 now', 'a vanity number a digit short, then a word'],
    ['206-GET-435 office', 'letters, digits a digit short, then a word'],
    ['206-GET-4357 now', 'a word after a number with letters in it'],
    ['1-800-GET-HELP-24H', 'digits and a letter after a vanity word'],
    ['1-800-RECOVERY-24H', 'digits and a letter after a long vanity word'],
    // "O" for zero in the area code would dial (806) 555-0100, a stranger
    ['1-80O-555-0100', 'a letter in the area code'],
    ['206-555-0100 tel:', 'a "tel:" that does not start the text'],
    [`206${' '.repeat(30)}555-0100`, 'over 40 characters'],
    ['CALL-US-TODAY', 'letters in the area code'],
    ['call me now please', 'words'],
    ['206-555-0100 ext 12', 'an extension'],
    // a letter that looks like a digit, next to digits, is a typing slip (a stranger's number)
    ['(206) 555-O100', 'a letter O for a zero'],
    ['206-555-0l00', 'a letter l for a one'],
    ['2O6-555-0100', 'a letter O in the area code'],
    ['206-55o-0100', 'a small o for a zero'],
    ['206-555-01I0', 'a capital I for a one'],
    ['<a href="tel:2065550100">call</a>', 'markup'],
    ['<b>2065550100</b>', 'markup around a number'],
    ['javascript:alert(1)', 'a URL'],
    ['206-555-0100; drop', 'punctuation'],
    ['206\u0000555\u00000100', 'control characters'],
    ['２０６５５５０１００', 'full-width digits'],
    ['9 8 8', 'a spaced short code'],
    ['112', 'an emergency number that is not a US short code'],
    ['1'.repeat(200), 'huge input'],
    [`${'2065550100 '.repeat(10)}`, 'a long run of numbers'],
  ];
  for (const [input, why] of cases) {
    it(why, () => {
      expect(parsePhone(input)).to.equal(null);
    });
  }

  const notStrings: unknown[] = [undefined, null, 2065550100, {}];
  for (const value of notStrings) {
    it(`${String(value)} (not a string)`, () => {
      expect(parsePhone(value as string)).to.equal(null);
    });
  }
});

describe('SHORT_CODES', () => {
  it('lists 911, 988 and 741741, each accepted by parsePhone', () => {
    expect([...SHORT_CODES].sort()).to.deep.equal(['741741', '911', '988']);
    for (const code of SHORT_CODES) expect(parsePhone(code)?.e164).to.equal(code);
  });
});

describe('telHref', () => {
  const cases: [string, string][] = [
    ['(206) 555-0100', 'tel:+12065550100'],
    ['1-800-GET-HELP', 'tel:+18004384357'],
    ['988', 'tel:988'],
    ['911', 'tel:911'],
  ];
  for (const [input, href] of cases) {
    it(`${input} → ${href}`, () => {
      expect(telHref(parsePhone(input)!)).to.equal(href);
    });
  }
  it('keeps only "+" and digits from a hand-built number', () => {
    expect(telHref({ e164: '+1206"><script>5550100', display: '' })).to.equal('tel:+12065550100');
  });
});

describe('smsHref', () => {
  const cases: { phone: ParsedPhone; body?: string; href: string }[] = [
    { phone: SEATTLE, href: 'sms:+12065550100' },
    { phone: SEATTLE, body: '', href: 'sms:+12065550100' },
    { phone: SEATTLE, body: 'Hello', href: 'sms:+12065550100?body=Hello' },
    // spaces are %20, never "+"; reserved characters are escaped so they cannot add parameters
    {
      phone: SEATTLE,
      body: 'I need help & info?',
      href: 'sms:+12065550100?body=I%20need%20help%20%26%20info%3F',
    },
    { phone: { e164: '988', display: '988' }, body: 'AYUDA', href: 'sms:988?body=AYUDA' },
    { phone: { e164: '741741', display: '741741' }, body: 'HOME', href: 'sms:741741?body=HOME' },
    { phone: SEATTLE, body: 'café 🙂', href: 'sms:+12065550100?body=caf%C3%A9%20%F0%9F%99%82' },
    // half an emoji cannot be encoded; it becomes U+FFFD rather than throwing
    { phone: SEATTLE, body: 'x\uD83D', href: 'sms:+12065550100?body=x%EF%BF%BD' },
  ];
  for (const { phone, body, href } of cases) {
    it(`${phone.e164} ${JSON.stringify(body)}`, () => {
      expect(smsHref(phone, body)).to.equal(href);
    });
  }
});
