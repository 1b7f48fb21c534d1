// The docs site's build-time rendering, checked by parsing its output as a browser would:
// hostile values from custom-elements.json or a README stay text, never markup.
import { expect } from '@open-wc/testing';
import {
  attributeType,
  escapeHtml,
  fillPlaceholders,
  type Manifest,
  markCurrentPage,
  relativeRootUrls,
  renderApiTables,
  renderExamples,
  renderMarkdown,
  renderTokensTable,
  slug,
} from '../../scripts/docs-render.js';

const HOSTILE = `<img src=x onerror="window.__pwned=1">"'&`;

function parse(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}

const manifest: Manifest = {
  modules: [
    {
      path: 'src/a.ts',
      declarations: [
        {
          tagName: 'intake-a',
          attributes: [
            { name: 'phone', type: { text: 'string | undefined' }, description: 'Admissions `data-phone`.' },
            { name: 'layout', type: { text: 'Layout' }, default: "'card'", description: 'The layout.' },
            { name: 'crisis', type: { text: 'boolean' }, default: 'false', description: HOSTILE },
            { name: 'strings', type: { text: 'Partial<M> | undefined' } },
            { name: 'name', type: { text: 'string' }, default: "''" },
          ],
          events: [
            { type: { text: 'NamelessEvent' } },
            { name: 'intake-a-done', description: '`detail: {}`' },
          ],
          cssParts: [{ name: 'box', description: HOSTILE }],
          cssProperties: [
            { name: '--intake-a-accent', description: 'Own.' },
            { name: '--intake-accent', description: 'Global (default `#0b5cad`).' },
          ],
          slots: [{ name: 'captcha', description: 'CAPTCHA.' }],
          members: [
            {
              kind: 'method',
              name: 'complete',
              parameters: [{ name: 'result', default: '{}' }],
              description: 'Done.',
            },
            { kind: 'method', name: 'secret', privacy: 'private' },
            { kind: 'field', name: 'value' },
          ],
        },
      ],
    },
    {
      path: 'src/b.ts',
      declarations: [
        { tagName: 'intake-b', cssProperties: [{ name: '--intake-accent', description: 'Global.' }] },
      ],
    },
  ],
};

describe('docs rendering: API tables', () => {
  const source = "export type Layout = 'card' | 'bar';";
  const doc = parse(renderApiTables(manifest, 'intake-a', { headingLevel: 3, readModule: () => source }));
  const table = (kind: string) =>
    doc.querySelector<HTMLTableElement>(`table[data-api="${kind}"][data-tag="intake-a"]`)!;
  const rowNames = (kind: string) =>
    [...table(kind).querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent);

  it('lists every attribute, event with a name, public method, slot, part and property', () => {
    expect(rowNames('attributes')).to.deep.equal(['phone', 'layout', 'crisis', 'strings', 'name']);
    expect(rowNames('events')).to.deep.equal(['intake-a-done']);
    expect(rowNames('methods')).to.deep.equal(['complete(result?)']);
    expect(rowNames('slots')).to.deep.equal(['captcha']);
    expect(rowNames('parts')).to.deep.equal(['box']);
    expect(rowNames('properties')).to.deep.equal(['--intake-a-accent']);
    expect(rowNames('tokens')).to.deep.equal(['--intake-accent']);
  });

  it('gives each table a caption, column headers with scope, and a heading with an id', () => {
    for (const kind of ['attributes', 'events', 'methods', 'slots', 'parts', 'properties', 'tokens']) {
      const t = table(kind);
      expect(t.caption?.textContent, kind).to.contain('<intake-a>');
      expect([...t.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to.equal(
        true,
      );
      const box = t.closest('section.table-scroll')!;
      expect(
        doc.getElementById(box.getAttribute('aria-labelledby')!) === t.caption,
        `${kind} box named by its caption`,
      ).to.equal(true);
    }
    expect(doc.querySelector('h3#api-a-attributes')?.textContent).to.equal('Attributes');
  });

  it('shows types and defaults as a site owner writes them', () => {
    const cells = [...table('attributes').querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent),
    );
    expect(cells).to.deep.equal([
      ['string', '(not set)'],
      ["'card' | 'bar'", 'card'],
      ['boolean', 'false'],
      ['JSON object', '(not set)'],
      ['string', '(empty)'],
    ]);
    expect(doc.body.textContent).to.contain('<intake-a crisis>');
  });

  it('keeps hostile descriptions as text', () => {
    expect(doc.querySelectorAll('img').length, 'no <img> made from a description').to.equal(0);
    const cell = table('parts').querySelector('tbody td')!;
    expect(cell.textContent).to.equal(HOSTILE);
    expect(
      table('attributes').querySelector('tbody tr:nth-child(1) td:last-child code')?.textContent,
    ).to.equal('data-phone');
  });

  it('refuses an element the manifest does not have', () => {
    expect(() => renderApiTables(manifest, 'intake-missing')).to.throw(/intake-missing/);
  });

  it('builds the global tokens table from what every element reads', () => {
    const tokens = parse(renderTokensTable(manifest));
    expect([...tokens.querySelectorAll('tbody th')].map((th) => th.textContent)).to.deep.equal([
      '--intake-accent',
    ]);
  });
});

describe('docs rendering: helpers', () => {
  it('escapes every HTML-significant character', () => {
    expect(escapeHtml(`<a href="x">'&`)).to.equal('&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
  });

  it('makes GitHub-style slugs', () => {
    expect(slug('Before you use this for real')).to.equal('before-you-use-this-for-real');
    expect(slug('Reference receiver for `<intake-insurance-check>`')).to.equal(
      'reference-receiver-for-intake-insurance-check',
    );
    expect(slug('`POST /api/intake`')).to.equal('post-apiintake');
  });

  it('reads union aliases from the declaring module only when there is one', () => {
    expect(attributeType('Layout', 'type Layout = "a" | "b";')).to.equal('"a" | "b"');
    expect(attributeType('Layout', '')).to.equal('Layout');
    expect(attributeType(undefined)).to.equal('string');
  });

  it('renders Markdown with ids, tables and code, all escaped', () => {
    const md = [
      '# Title `<x-y>`',
      '',
      `A paragraph with **bold**, \`code\` and a [link](#title-x-y). ${HOSTILE}`,
      '',
      '| a | b |',
      '| --- | --- |',
      '| `x | y` | <b>z</b> |',
      '',
      '```js',
      'const a = "<script>";',
      '```',
      '',
      '- one',
      '- two',
      '',
      '[bad](javascript:alert(1))',
    ].join('\n');
    const doc = parse(renderMarkdown(md));
    expect(doc.querySelector('h1')?.id).to.equal('title-x-y');
    expect(doc.querySelectorAll('a[href="#title-x-y"]').length).to.equal(1);
    expect(doc.querySelectorAll('img, script, b').length).to.equal(0);
    expect(doc.querySelector('td')?.textContent).to.equal('<b>z</b>');
    expect(doc.querySelector('tbody th code')?.textContent).to.equal('x | y');
    expect(doc.querySelector('pre code')?.textContent).to.equal('const a = "<script>";');
    expect(doc.querySelectorAll('li').length).to.equal(2);
    expect(doc.querySelectorAll('a[href^="javascript"]').length).to.equal(0);
  });

  it('turns a live example into the markup plus exactly that markup as code', () => {
    const html = renderExamples(
      '<div class="example" data-example="a card">\n    <intake-a\n      phone="+1">\n    </intake-a>\n  </div>',
    );
    const doc = parse(html);
    expect(doc.querySelector('.example-live intake-a')?.getAttribute('phone')).to.equal('+1');
    expect(doc.querySelector('pre code')?.textContent).to.equal('<intake-a\n  phone="+1">\n</intake-a>');
    expect(() => renderExamples('<div class="example" data-example="x"><div></div></div>')).to.throw();
  });

  it('applies a look to its class and shows its CSS as written', () => {
    const html = renderExamples(
      '<style data-look="calm">\n  :root {\n    --intake-accent: #123;\n  }\n</style><div data-look-code="calm"></div>',
    );
    expect(html).to.contain('<style>\n.look-calm {');
    expect(parse(html).querySelector('pre code')?.textContent).to.equal(
      ':root {\n  --intake-accent: #123;\n}',
    );
  });

  it('marks the current page in the site nav only', () => {
    const html =
      '<header class="site-header"><a href="./a.html">A</a><a href="./b.html">B</a></header><a href="./a.html">A</a>';
    const out = markCurrentPage(html, 'a.html');
    expect(out.match(/aria-current/g)?.length).to.equal(1);
    expect(out).to.contain('<a href="./a.html" aria-current="page">A</a><a href="./b.html">');
  });

  it('makes root-absolute URLs in tags relative, and leaves code samples alone', () => {
    const html =
      '<script src="/x.js"></script><a href="/">home</a><a href="//cdn.example/y">y</a>' +
      '<code>&lt;script src="/wp/x.js"&gt;</code>';
    expect(relativeRootUrls(html, 1)).to.equal(
      '<script src="../x.js"></script><a href="../index.html">home</a><a href="//cdn.example/y">y</a>' +
        '<code>&lt;script src="/wp/x.js"&gt;</code>',
    );
    expect(relativeRootUrls('<a href="/a.html">', 0)).to.equal('<a href="./a.html">');
  });

  it('fills placeholders from the sources it is given', () => {
    const html = fillPlaceholders(
      '<div data-api-table="intake-a" data-heading-level="2"><p>later</p></div><div data-markdown="R.md"></div>',
      { manifest: () => manifest, readRepoFile: (path) => (path === 'R.md' ? '# Readme' : null) },
    );
    const doc = parse(html);
    expect(doc.querySelectorAll('h2#api-a-attributes').length).to.equal(1);
    expect(doc.querySelector('.markdown h1#readme')?.textContent).to.equal('Readme');
    expect(doc.body.textContent).to.not.contain('later');
    expect(() =>
      fillPlaceholders('<div data-markdown="missing.md"></div>', {
        manifest: () => manifest,
        readRepoFile: () => null,
      }),
    ).to.throw(/missing\.md/);
  });
});
