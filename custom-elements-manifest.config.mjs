// custom-elements.json as a package user sees it. The analyzer describes the sources (src/*.ts,
// which are not in the package, internal modules included) and takes the guarded define(tag,
// element) helper for a definition of a tag named "tag". This plugin rewrites its output to the
// shipped API: one module, dist/es/index.js (`intake-widgets/elements`), with what src/index.ts
// exports; the three tags defined by dist/es/intake-widgets.js (`import 'intake-widgets'`) as
// src/embed.ts defines them; and types a reader can use (a named union spelled out, `strings`
// typed with the element's own messages rather than the base class's type parameter).
import { readFileSync } from 'node:fs';

const ENTRY = 'dist/es/index.js';
const DEFINING_ENTRY = 'dist/es/intake-widgets.js';

const read = (path) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** Values (not types) src/index.ts exports: `export { A, type B, C } from …` gives A and C. */
function publicNames() {
  const names = new Set();
  for (const [, list] of read('./src/index.ts').matchAll(/export\s*\{([^}]*)\}/g))
    for (const item of list.split(',').map((part) => part.trim()))
      if (item && !item.startsWith('type ')) names.add(item.split(/\s+as\s+/).pop());
  return names;
}

/** `['intake-contact-card', IntakeContactCard]` pairs from src/embed.ts. */
function definedTags() {
  return [...read('./src/embed.ts').matchAll(/\['(intake-[a-z-]+)',\s*(\w+)\]/g)].map(([, tag, name]) => [
    tag,
    name,
  ]);
}

/** Spells out `type X = …;` aliases of `source` in a type text, and M with the element's messages. */
function readableType(text, source) {
  const messages = source.match(/extends IntakeElement<(\w+)>/)?.[1];
  return text
    .replace(/\bPartial<M>/g, messages ? `Partial<${messages}>` : 'Partial<Record<string, string>>')
    .replace(
      /^[A-Z]\w*$/,
      (name) => source.match(new RegExp(`type ${name}\\s*=\\s*([^;\\n]+);`))?.[1].trim() ?? name,
    );
}

/** Every `module` reference to a source file (`src/…ts`, `/src/…js`: superclass, inheritedFrom) points at the entry. */
function pointAtEntry(value) {
  if (Array.isArray(value)) value.forEach(pointAtEntry);
  else if (value && typeof value === 'object') {
    if (typeof value.module === 'string' && /^\/?src\//.test(value.module)) value.module = ENTRY;
    Object.values(value).forEach(pointAtEntry);
  }
}

function publicApi() {
  return {
    name: 'intake-public-api',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const names = publicNames();
      const declarations = [];
      for (const mod of manifest.modules) {
        const source = read(`./${mod.path}`);
        for (const declaration of mod.declarations ?? []) {
          if (!names.has(declaration.name)) continue;
          // Inherited items may be one object shared by the three elements: each gets its own copy.
          for (const list of ['attributes', 'members'])
            if (declaration[list])
              declaration[list] = declaration[list].map((item) =>
                item.type?.text
                  ? { ...item, type: { ...item.type, text: readableType(item.type.text, source) } }
                  : item,
              );
          declarations.push(declaration);
        }
      }
      pointAtEntry(declarations);
      const tags = definedTags();
      if (tags.length !== 3) throw new Error(`src/embed.ts: expected three tags, found ${tags.length}`);
      manifest.modules = [
        {
          kind: 'javascript-module',
          path: ENTRY,
          declarations,
          exports: declarations.map(({ name }) => ({
            kind: 'js',
            name,
            declaration: { name, module: ENTRY },
          })),
        },
        {
          kind: 'javascript-module',
          path: DEFINING_ENTRY,
          declarations: [],
          exports: tags.map(([tag, name]) => ({
            kind: 'custom-element-definition',
            name: tag,
            declaration: { name, module: ENTRY },
          })),
        },
      ];
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  plugins: [publicApi()],
};
