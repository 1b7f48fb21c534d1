// custom-elements.json is generated from the JSDoc; these checks catch drift between the JSDoc
// and what the element really renders, reads and dispatches.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

function declaration(tag) {
  for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (d.tagName === tag) return d;
  return null;
}

const ELEMENTS = [
  {
    tag: 'intake-contact-card',
    source: 'src/contact-card/contact-card.ts',
    events: 'src/core/events.ts',
    styles: ['src/contact-card/contact-card.styles.ts', 'src/styles/host.ts'],
  },
  {
    tag: 'intake-care-quiz',
    source: 'src/care-quiz/care-quiz.ts',
    events: 'src/care-quiz/events.ts',
    styles: ['src/care-quiz/care-quiz.styles.ts', 'src/styles/host.ts'],
  },
  {
    tag: 'intake-insurance-check',
    source: 'src/insurance-check/insurance-check.ts',
    events: 'src/insurance-check/events.ts',
    styles: ['src/insurance-check/insurance-check.styles.ts', 'src/styles/host.ts'],
  },
];

for (const { tag, source, events: eventsFile, styles } of ELEMENTS) {
  describe(`custom-elements.json: <${tag}>`, () => {
    const d = declaration(tag);
    const code = read(source);

    it('is declared with its tag', () => assert.ok(d, `${tag} missing from the manifest`));

    it('lists every attribute the element observes', () => {
      const declared = [...code.matchAll(/@property\(\{[^}]*attribute: '([^']+)'/g)].map((m) => m[1]);
      const plain = [...code.matchAll(/@property\((?:\{(?![^}]*attribute)[^}]*\})?\)\s+(\w+)/g)].map(
        (m) => m[1],
      );
      const names = new Set((d.attributes ?? []).map((a) => a.name));
      for (const name of [...declared, ...plain, 'strings', 'lang'])
        assert.ok(names.has(name), `attribute ${name}`);
    });

    it('has every attribute typed for React and Vue (types/attributes.d.ts)', () => {
      const name = tag.replace(/(^|-)(\w)/g, (_m, _dash, c) => c.toUpperCase());
      const block = read('types/attributes.d.ts').match(
        new RegExp(`interface ${name}Attributes[^{]*\\{([\\s\\S]*?)\\n\\}`),
      )?.[1];
      assert.ok(block, `${name}Attributes`);
      for (const { name: attribute } of d.attributes ?? []) {
        if (attribute === 'strings' || attribute === 'lang') continue; // IntakeCommonAttributes
        assert.match(block, new RegExp(`^\\s+'?${attribute}'?\\?:`, 'm'), `attribute ${attribute}`);
      }
    });

    it('lists every event it dispatches, each by its name', () => {
      assert.deepEqual(
        (d.events ?? []).filter((e) => !e.name),
        [],
        'an event without a name (the analyzer reads `dispatchEvent(new …)` as one)',
      );
      const events = new Set((d.events ?? []).map((e) => e.name));
      const emitted = [...code.matchAll(/new (Intake\w+Event)\(/g)].map((m) => m[1]);
      const eventsSource = read(eventsFile);
      assert.ok(emitted.length > 0, 'the element dispatches events');
      for (const cls of emitted) {
        const name = eventsSource.match(new RegExp(`class ${cls} extends IntakeEvent<\\s*'([^']+)'`))?.[1];
        assert.ok(name && events.has(name), `event of ${cls}`);
      }
    });

    it('lists every part it renders', () => {
      const parts = new Set((d.cssParts ?? []).map((p) => p.name));
      for (const m of code.matchAll(/part="([\w-]+)"/g)) assert.ok(parts.has(m[1]), `part ${m[1]}`);
    });

    it('lists every custom state it sets', () => {
      const states = new Set((d.cssStates ?? []).map((s) => s.name));
      for (const m of code.matchAll(/states\.add\('([\w-]+)'\)/g))
        assert.ok(states.has(m[1]), `state ${m[1]}`);
    });

    it('lists every CSS custom property it reads', () => {
      const props = new Set((d.cssProperties ?? []).map((p) => p.name));
      const used = new Set();
      for (const file of styles)
        for (const m of read(file).matchAll(/var\((--intake-[\w-]+)/g)) used.add(m[1]);
      for (const name of used) {
        assert.ok(props.has(name), `css property ${name}`);
      }
    });
  });
}

describe('custom-elements.json as a package user sees it', () => {
  const files = JSON.parse(read('package.json')).files;
  const shipped = (path) => files.some((entry) => path === entry || path.startsWith(`${entry}/`));

  it('names only modules the package ships, and refers to no others', () => {
    for (const mod of manifest.modules) assert.ok(shipped(mod.path), mod.path);
    const referred = JSON.stringify(manifest).match(/"module":\s*"[^"]*"/g) ?? [];
    for (const entry of referred) assert.ok(shipped(JSON.parse(`{${entry}}`).module), entry);
  });

  it('defines the three tags, each with its class, and nothing named "tag"', () => {
    const definitions = manifest.modules.flatMap((mod) =>
      (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition'),
    );
    assert.deepEqual(definitions.map((d) => [d.name, d.declaration.name]).sort(), [
      ['intake-care-quiz', 'IntakeCareQuiz'],
      ['intake-contact-card', 'IntakeContactCard'],
      ['intake-insurance-check', 'IntakeInsuranceCheck'],
    ]);
  });

  it("types `strings` with each element's own messages, not a type parameter", () => {
    for (const { tag } of ELEMENTS) {
      const strings = declaration(tag).attributes.find((a) => a.name === 'strings');
      assert.match(
        strings.type.text,
        /^Partial<(ContactCard|CareQuiz|InsuranceCheck)Messages> \| undefined$/,
      );
    }
  });
});
