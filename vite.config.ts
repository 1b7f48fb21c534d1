import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, normalizePath, type Plugin } from 'vite';

/** A Lit `css` tagged template. */
const CSS_TEMPLATE = /\bcss`([^`]*)`/g;
/** Pieces kept whole: strings, comments (dropped), unquoted `url()`. */
const OPAQUE = /("(?:\\[^\n]|[^"\\\n])*"|'(?:\\[^\n]|[^'\\\n])*'|\/\*[\s\S]*?\*\/|\burl\((?!\s*['"])[^)]*\))/;
/** Our private custom properties (`--_accent`): renamed short in the drop-in file. */
const PRIVATE_PROPERTY = /--_[\w-]+/g;
/** At-rules whose block holds rules rather than declarations. */
const GROUP_AT_RULE = /^@(media|container|supports|layer|scope|starting-style|keyframes)\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Short names for the private custom properties of our `css` templates, from all of `src/`, so
 * every module agrees and the build is reproducible: sorted, numbered in base 36 (`--_0`, `--_1`…),
 * skipping any name the sources use. A name that also appears outside a `css` template (in a
 * style set from script, or only in a comment) keeps its own name.
 */
function privatePropertyNames(srcDir: string): Map<string, string> {
  const inCss = new Set<string>();
  const elsewhere = new Set<string>();
  for (const file of sourceFiles(srcDir)) {
    const code = readFileSync(file, 'utf8');
    for (const [, body] of code.matchAll(CSS_TEMPLATE))
      for (const [n] of body.matchAll(PRIVATE_PROPERTY)) inCss.add(n);
    for (const [n] of code.replace(CSS_TEMPLATE, '').matchAll(PRIVATE_PROPERTY)) elsewhere.add(n);
  }
  const names = new Map<string, string>();
  let next = 0;
  for (const name of [...inCss].sort()) {
    if (elsewhere.has(name)) {
      names.set(name, name);
      continue;
    }
    let short: string;
    do short = `--_${(next++).toString(36)}`;
    while (inCss.has(short) || elsewhere.has(short));
    names.set(name, short);
  }
  return names;
}

const minifyValue = (value: string) =>
  value
    .trim()
    .replace(/\s*([,/*])\s*/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/\s*!\s*important$/, '!important')
    .replace(/(^|[\s,(/*])(-?)0\.(?=\d)/g, '$1$2.');

function minifyPrelude(prelude: string): string {
  const p = prelude.trim().replace(/\(\s+/g, '(').replace(/\s+\)/g, ')');
  if (p.startsWith('@'))
    return p
      .replace(/^(@[\w-]+) \(/, '$1(')
      .replace(/\s*,\s*/g, ',')
      .replace(/:\s+/g, ':');
  return p.replace(/\s*([,>+~])\s*/g, '$1').replace(/::(before|after)\b/g, ':$1');
}

/**
 * Minifies one stylesheet by its structure: comments go; white space goes wherever the syntax does
 * not need it (around `{};:,>+~` in selectors, around `,/*` in values — never around `+`/`-`, which
 * `calc()` needs, nor before `(`); `0.5` becomes `.5`; `::before`/`::after` take the older single
 * colon; a quoted attribute value that is a plain name loses its quotes; private custom properties
 * get their short names. Strings and `url()` are left as written. Returns null, leaving the
 * template as it is, for anything it does not expect (`${}`, escapes, unbalanced braces, nested
 * rules, a property it has no name for).
 */
function minifyCss(body: string, names: Map<string, string>): string | null {
  if (body.includes('${')) return null;
  const kept: string[] = [];
  let text = '';
  body.split(OPAQUE).forEach((part, i) => {
    if (i % 2 === 0) text += part;
    else if (part.startsWith('/*')) text += ' ';
    else text += `\0${kept.push(part) - 1}\0`;
  });
  if (/[\\'"]/.test(text)) return null;
  let unknown = false;
  text = text.replace(PRIVATE_PROPERTY, (name) => {
    const short = names.get(name);
    if (short === undefined) unknown = true;
    return short ?? name;
  });
  if (unknown) return null;

  let out = '';
  const blocks: ('rules' | 'declarations')[] = ['rules'];
  let chunk = '';
  for (const token of text.replace(/\s+/g, ' ').split(/([{};])/)) {
    const block = blocks[blocks.length - 1];
    if (token === '{') {
      if (block === 'declarations') return null;
      const prelude = minifyPrelude(chunk);
      blocks.push(GROUP_AT_RULE.test(prelude) ? 'rules' : 'declarations');
      out += `${prelude}{`;
    } else if (token === ';' || token === '}') {
      if (block === 'declarations') {
        const colon = chunk.indexOf(':');
        if (colon > 0) out += `${chunk.slice(0, colon).trim()}:${minifyValue(chunk.slice(colon + 1))};`;
        else if (chunk.trim()) return null;
      } else if (token === ';') out += `${minifyPrelude(chunk)};`;
      else if (chunk.trim()) return null;
      if (token === '}') {
        if (blocks.length === 1) return null;
        blocks.pop();
        out = `${out.replace(/;$/, '')}}`;
      }
    } else {
      chunk = token;
      continue;
    }
    chunk = '';
  }
  if (blocks.length !== 1 || chunk.trim()) return null;
  return out.replace(/\0(\d+)\0/g, (_whole, index: string, offset: number) => {
    const piece = kept[Number(index)];
    const attributeValue = out[offset - 1] === '=' && out[offset + index.length + 2] === ']';
    return attributeValue && /^(['"])-?[_a-zA-Z][\w-]*\1$/.test(piece) ? piece.slice(1, -1) : piece;
  });
}

/**
 * Minifies the CSS inside Lit `css` tagged templates of our own sources (the JS minifier leaves
 * template text alone); see `minifyCss`.
 */
function minifyCssTemplates(): Plugin {
  const srcDir = normalizePath(fileURLToPath(new URL('./src/', import.meta.url)));
  let names = new Map<string, string>();
  return {
    name: 'intake-minify-css-templates',
    buildStart() {
      names = privatePropertyNames(srcDir);
    },
    transform(code, id) {
      if (!id.startsWith(srcDir) || !code.includes('css`')) return null;
      const minified = code.replace(CSS_TEMPLATE, (whole, body: string) => {
        const css = minifyCss(body, names);
        if (css === null) this.warn(`CSS template left as written in ${id}`);
        return css === null ? whole : `css\`${css}\``;
      });
      return { code: minified, map: null };
    },
  };
}

/**
 * Two library builds, chosen by `--mode`:
 * - `drop-in` (default): `dist/intake-widgets.js`, one classic script (IIFE) with Lit inlined.
 * - `module`: ES modules for bundler users in `dist/es/`, Lit left to the user's bundler.
 */
export default defineConfig(({ mode }) => {
  if (mode === 'module') {
    return {
      build: {
        outDir: 'dist/es',
        emptyOutDir: true,
        sourcemap: true,
        minify: false,
        lib: {
          entry: {
            'intake-widgets': 'src/module.ts',
            index: 'src/index.ts',
            'care-model': 'src/care-quiz/model.ts',
          },
          formats: ['es'],
        },
        rolldownOptions: { external: [/^lit(\/|$)/, /^@lit\//] },
      },
    };
  }
  return {
    plugins: [minifyCssTemplates()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      sourcemap: true,
      minify: true,
      target: 'es2021',
      lib: {
        entry: 'src/embed.ts',
        formats: ['iife'],
        name: 'IntakeWidgetsBundle',
        fileName: () => 'intake-widgets.js',
      },
    },
  };
});
