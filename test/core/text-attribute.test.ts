import { expect } from '@open-wc/testing';
import { cleanText, textAttribute } from '../../src/core/text-attribute.js';
import { resetWarnings } from '../../src/core/warn.js';

/** Collects console.warn calls during `run`. */
function captureWarnings(run: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('cleanText', () => {
  const cases: Array<[string, string, number, string]> = [
    ['plain text stays', 'Cedar Hollow Recovery', 100, 'Cedar Hollow Recovery'],
    ['markup stays (it is rendered as text)', '<b>Hi</b>', 100, '<b>Hi</b>'],
    ['emoji and accents stay', 'Llámenos 🙂', 100, 'Llámenos 🙂'],
    ['tabs and new lines stay', 'a\tb\nc', 100, 'a\tb\nc'],
    ['control characters go', 'Ce\u0000d\u0007a\u001br\u007f\u0085', 100, 'Cedar'],
    ['direction overrides and isolates go', '\u202eevil\u202c \u2067x\u2069', 100, 'evil x'],
    [
      'every control and direction character goes, first and last of each range too',
      'a\u0008b\u000bc\u000cd\u001fe\u0080f\u009fg\u202ah\u2066i',
      100,
      'abcdefghi',
    ],
    ['a cut leaves no space before the ellipsis', 'abcd efgh', 6, 'abcd…'],
    ['a cut never leaves half an emoji', 'ab🙂cd', 4, 'ab…'],
    ['… nor half of any character beyond U+FFFF', 'ab\u{10000}cd', 4, 'ab…'],
    ['… up to the last one', 'ab\u{10FFFD}cd', 4, 'ab…'],
    ['a whole emoji before the cut stays', '🙂 abcdef', 5, '🙂 a…'],
    ['too long is cut with an ellipsis', 'abcdefghij', 5, 'abcd…'],
    ['exactly the limit is kept', 'abcde', 5, 'abcde'],
  ];
  for (const [name, input, max, expected] of cases) {
    it(name, () => expect(cleanText(input, max)).to.equal(expected));
  }
});

describe('textAttribute', () => {
  beforeEach(resetWarnings);

  it('passes clean text through without a warning', () => {
    const converter = textAttribute('intake-test', 'heading', 50);
    const warnings = captureWarnings(() => {
      expect(converter.fromAttribute?.('Talk to us', String)).to.equal('Talk to us');
      expect(converter.fromAttribute?.(null, String)).to.equal(undefined);
      // Blank means "not set", so the widget's own text is shown.
      expect(converter.fromAttribute?.('   ', String)).to.equal('');
    });
    expect(warnings).to.deep.equal([]);
  });

  it('keeps 300 characters by default', () => {
    const converter = textAttribute('intake-test', 'message');
    captureWarnings(() => {
      expect(converter.fromAttribute?.('x'.repeat(300), String)).to.equal('x'.repeat(300));
      expect(converter.fromAttribute?.('x'.repeat(301), String)).to.equal(`${'x'.repeat(299)}…`);
    });
  });

  it('says once that HTML in a text is shown as text, and keeps the text', () => {
    const converter = textAttribute('intake-test', 'heading', 50);
    const warnings = captureWarnings(() => {
      expect(converter.fromAttribute?.('<b>Call us</b> today', String)).to.equal('<b>Call us</b> today');
      expect(converter.fromAttribute?.('<b>Call us</b> today', String)).to.equal('<b>Call us</b> today');
      // Not a tag: a "<" in words, a place in angle brackets.
      expect(converter.fromAttribute?.('Ages < 18 welcome', String)).to.equal('Ages < 18 welcome');
      expect(converter.fromAttribute?.('Cedar Hills <Seattle>', String)).to.equal('Cedar Hills <Seattle>');
      expect(converter.fromAttribute?.('Call <A New Day> today', String)).to.equal('Call <A New Day> today');
    });
    expect(warnings).to.deep.equal([
      'intake-widgets: <intake-test> heading has HTML in it ("<b>"), which is shown as text: write plain words.',
    ]);
    const consent = textAttribute(
      'intake-test',
      'consent-text',
      2000,
      'and sent as text: write plain words, and link your privacy policy beside the form',
    );
    const said = captureWarnings(() =>
      consent.fromAttribute?.('I agree to the <a href="/p">policy</a>.', String),
    );
    // Word's own markup, and other tags a pasted page brings, are named too.
    for (const text of [
      'I agree.<o:p></o:p>',
      'I <mark>agree</mark>.',
      '<blockquote>I agree.</blockquote>',
    ]) {
      const more = captureWarnings(() => consent.fromAttribute?.(text, String));
      expect(more.length, text).to.equal(1);
    }
    expect(said).to.deep.equal([
      'intake-widgets: <intake-test> consent-text has HTML in it ("<a href=\\"/p\\">"), which is shown and sent as text: write plain words, and link your privacy policy beside the form.',
    ]);
  });

  it('cleans unsafe text with one warning naming the element and the attribute', () => {
    const converter = textAttribute('intake-test', 'heading', 50);
    const warnings = captureWarnings(() => {
      expect(converter.fromAttribute?.('a\u202eb', String)).to.equal('ab');
      expect(converter.fromAttribute?.('x'.repeat(100), String)).to.equal(`${'x'.repeat(49)}…`);
    });
    expect(warnings).to.have.length(2);
    for (const warning of warnings) expect(warning).to.match(/^intake-widgets: <intake-test> heading=/);
  });
});
