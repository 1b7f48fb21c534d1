import { expect } from '@open-wc/testing';
import {
  CALL_911,
  CALL_988,
  CALL_POISON_HELP,
  CALL_SAMHSA,
  CALL_SAMHSA_TTY,
  text988Href,
  textCrisisLineHref,
} from '../../src/core/crisis-lines.js';
import { parsePhone, smsHref, telHref } from '../../src/core/phone.js';

describe('crisis lines', () => {
  const line = (number: string) => parsePhone(number)!;

  it('are the links telHref and smsHref write for each number', () => {
    expect(CALL_911).to.equal(telHref(line('911')));
    expect(CALL_988).to.equal(telHref(line('988')));
    expect(CALL_SAMHSA).to.equal(telHref(line('1-800-662-4357')));
    expect(CALL_SAMHSA_TTY).to.equal(telHref(line('1-800-487-4889')));
    expect(CALL_POISON_HELP).to.equal(telHref(line('1-800-222-1222')));
  });

  it('text 988 in English, and with AYUDA in Spanish', () => {
    expect(text988Href('en')).to.equal(smsHref(line('988')));
    expect(text988Href('es')).to.equal(smsHref(line('988'), 'AYUDA'));
  });

  it('text the Crisis Text Line with HOME in English, and with AYUDA (its Spanish service) in Spanish', () => {
    expect(textCrisisLineHref('en')).to.equal(smsHref(line('741741'), 'HOME'));
    expect(textCrisisLineHref('es')).to.equal(smsHref(line('741741'), 'AYUDA'));
  });
});
