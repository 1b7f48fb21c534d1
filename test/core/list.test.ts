import { expect } from '@open-wc/testing';
import { splitList } from '../../src/core/list.js';

const trimmed = (text: string, separator: string) => splitList(text, separator).map((item) => item.trim());

describe('splitList', () => {
  it('splits one line at the separator', () => {
    expect(trimmed('Aetna, Cigna ,Premera', ',')).to.deep.equal(['Aetna', 'Cigna', 'Premera']);
    expect(trimmed('Insurance checked|Travel arranged', '|')).to.deep.equal([
      'Insurance checked',
      'Travel arranged',
    ]);
  });

  it('reads a pasted list of lines as one item per line, commas inside a name kept', () => {
    expect(trimmed('Aetna\nKaiser Foundation Health Plan, Inc.\r\nCigna', ',')).to.deep.equal([
      'Aetna',
      'Kaiser Foundation Health Plan, Inc.',
      'Cigna',
    ]);
  });

  it('drops bullets, dashes and numbers at the start of a line, and blank lines', () => {
    const pasted = '\n  • Aetna\n\n- Cigna\n* Humana\n– Premera\n1. Molina\n2) TRICARE\n· Oscar\n';
    expect(trimmed(pasted, ',')).to.deep.equal([
      'Aetna',
      'Cigna',
      'Humana',
      'Premera',
      'Molina',
      'TRICARE',
      'Oscar',
    ]);
  });

  it("drops Word's own bullets: its symbol-font dot and a second level's o, each before a tab", () => {
    const pasted = '\uF0B7\tAetna\n\uF0B7\tCigna\no\tAetna Better Health\n\uF0A7\tHumana';
    expect(trimmed(pasted, ',')).to.deep.equal(['Aetna', 'Cigna', 'Aetna Better Health', 'Humana']);
    // A name that starts with "O " is a name.
    expect(trimmed('O Health\nCigna', ',')).to.deep.equal(['O Health', 'Cigna']);
  });

  it('splits bullets run together on one line', () => {
    expect(trimmed('• Aetna • Kaiser Foundation Health Plan, Inc. • Cigna', ',')).to.deep.equal([
      'Aetna',
      'Kaiser Foundation Health Plan, Inc.',
      'Cigna',
    ]);
    // One bullet is only a marker.
    expect(trimmed('• Aetna, Cigna', ',')).to.deep.equal(['Aetna', 'Cigna']);
    // Between two names, or on one of several lines.
    expect(trimmed('Aetna • Cigna', ',')).to.deep.equal(['Aetna', 'Cigna']);
    expect(trimmed('• Aetna • Cigna\n• Kaiser', ',')).to.deep.equal(['Aetna', 'Cigna', 'Kaiser']);
  });

  it('keeps a dash or a number that is part of the name', () => {
    expect(trimmed('Blue-Cross\n1199SEIU\n-Premera\n3.5 Plan', ',')).to.deep.equal([
      'Blue-Cross',
      '1199SEIU',
      '-Premera',
      '3.5 Plan',
    ]);
  });

  it('drops a separator closing a line when only some lines have one', () => {
    expect(trimmed('Insurance checked |\nTravel arranged\nSame-day admission', '|')).to.deep.equal([
      'Insurance checked',
      'Travel arranged',
      'Same-day admission',
    ]);
  });

  it('drops a separator opening a line (written at the start of each line)', () => {
    expect(trimmed('Insurance checked\n| Travel arranged\n| Same-day admission', '|')).to.deep.equal([
      'Insurance checked',
      'Travel arranged',
      'Same-day admission',
    ]);
    expect(trimmed('Kaiser Foundation Health Plan, Inc.\n; Aetna', ';')).to.deep.equal([
      'Kaiser Foundation Health Plan, Inc.',
      'Aetna',
    ]);
  });

  it('drops bullets in a bulleted list whose lines end in the separator', () => {
    expect(trimmed('• Aetna,\n• Cigna,\n• Premera', ',')).to.deep.equal(['Aetna', 'Cigna', 'Premera']);
  });

  it('splits a wrapped list (every line but the last ends in the separator) at the separator', () => {
    expect(trimmed('Aetna, Cigna,\n    Humana, Premera', ',')).to.deep.equal([
      'Aetna',
      'Cigna',
      'Humana',
      'Premera',
    ]);
    expect(trimmed('We listen |\n  We check your insurance', '|')).to.deep.equal([
      'We listen',
      'We check your insurance',
    ]);
  });
});
