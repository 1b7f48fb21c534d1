import { expect } from '@open-wc/testing';
import { careQuizEn } from '../../src/i18n/care-quiz.en.js';
import { careQuizEs } from '../../src/i18n/care-quiz.es.js';
import { contactCardEn } from '../../src/i18n/contact-card.en.js';
import { contactCardEs } from '../../src/i18n/contact-card.es.js';
import { insuranceCheckEn } from '../../src/i18n/insurance-check.en.js';
import { insuranceCheckEs } from '../../src/i18n/insurance-check.es.js';

/**
 * The placeholders a message fills in ({phone}, {n}, {call911}…). The "you or they" words
 * ({you}, {your}…) are left out: Spanish often needs none, since "usted" and "su ser querido" take
 * the same verb.
 */
function slots(message: string): string[] {
  const names = [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  return [...new Set(names.filter((name) => !/^(you|your|yourself|them)$/i.test(name)))].sort();
}

describe('Spanish and English dictionaries', () => {
  for (const [widget, en, es] of [
    ['care quiz', careQuizEn, careQuizEs],
    ['contact card', contactCardEn, contactCardEs],
    ['insurance check', insuranceCheckEn, insuranceCheckEs],
  ] as const) {
    it(`${widget}: every Spanish message fills in the same placeholders as the English one`, () => {
      const differ = Object.entries(en)
        .filter(
          ([key, text]) => slots(text).join() !== slots((es as Record<string, string>)[key] ?? '').join(),
        )
        .map(([key]) => key);
      expect(differ).to.deep.equal([]);
    });

    it(`${widget}: "you or they" pairs have two halves`, () => {
      for (const key of ['you', 'your', 'yourself', 'them'].filter((k) => k in en))
        expect((es as Record<string, string>)[key]!.split('|'), key).to.have.length(2);
    });
  }
});
