/**
 * Pure rendering helpers of the documentation site (no file or network access, so they run in
 * Node for the build and in the browser for their tests):
 *
 * - the API tables of each widget, generated from `custom-elements.json` (itself generated from
 *   the elements' JSDoc), so the docs cannot drift from the code;
 * - a small Markdown renderer for pages that show a repository README (the reference receiver);
 * - live examples whose code is the live markup, the ready looks of the theming page, the nav's
 *   current page, and relative URLs.
 *
 * Every value that comes from a file is HTML-escaped before it is written into a page.
 */
// ---------------------------------------------------------------------------------------------
// Escaping and inline text

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in HTML content and in quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Escapes `text` and turns `code spans` (the JSDoc convention) into `<code>`. */
export function inlineCode(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((piece) =>
      piece.length > 1 && piece.startsWith('`') && piece.endsWith('`')
        ? `<code>${escapeHtml(piece.slice(1, -1))}</code>`
        : escapeHtml(piece),
    )
    .join('');
}

/** A GitHub-style heading slug: `Before you use this for real` → `before-you-use-this-for-real`. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

// ---------------------------------------------------------------------------------------------
// custom-elements.json

interface TypeRef {
  text?: string;
}
interface Named {
  name?: string;
  description?: string;
  summary?: string;
}
export interface ManifestAttribute extends Named {
  type?: TypeRef;
  default?: string;
  fieldName?: string;
}
export interface ManifestMember extends Named {
  kind?: string;
  privacy?: string;
  static?: boolean;
  parameters?: { name: string; optional?: boolean; default?: string; type?: TypeRef }[];
}
export interface ManifestElement extends Named {
  tagName?: string;
  attributes?: ManifestAttribute[];
  events?: (Named & { type?: TypeRef })[];
  cssParts?: Named[];
  cssStates?: Named[];
  cssProperties?: (Named & { default?: string })[];
  slots?: Named[];
  members?: ManifestMember[];
}
export interface Manifest {
  modules: { path: string; declarations?: ManifestElement[] }[];
}

/** Every custom element in the manifest, with the path of the module that declares it. */
export function elementsOf(manifest: Manifest): { element: ManifestElement; module: string }[] {
  const found = [];
  for (const mod of manifest.modules)
    for (const element of mod.declarations ?? [])
      if (element.tagName) found.push({ element, module: mod.path });
  return found;
}

/**
 * A readable type for an attribute: `| undefined` dropped (every attribute is optional), a
 * message-override object shown as JSON, and a named union (`ContactCardLayout`) spelled out from
 * the `type X = …;` line of the declaring module when it has one.
 */
export function attributeType(raw: string | undefined, moduleSource = ''): string {
  let text = (raw ?? '').replace(/\s*\|\s*undefined\b/g, '').trim();
  if (/^Partial<.*>$/.test(text) || /^Record<.*>$/.test(text)) return 'JSON object';
  if (/^[A-Z]\w*$/.test(text)) {
    const alias = moduleSource.match(new RegExp(`type ${text}\\s*=\\s*([^;\\n]+);`));
    if (alias) text = alias[1].trim();
  }
  return text || 'string';
}

/** A stable, valid `id` fragment for a tag and a table kind. */
function tableId(tag: string, kind: string): string {
  return `api-${tag.replace(/^intake-/, '')}-${kind}`;
}

interface Column {
  head: string;
  cell: (row: never) => string;
}

interface TableSpec {
  kind: string;
  heading: string;
  caption: string;
  rows: unknown[];
  columns: Column[];
  /** The cell that names the row (rendered as `<th scope="row">`). */
  name: (row: never) => string;
  note?: string;
}

const NOT_SET = '<span class="api-none">(not set)</span>';

/** A default as written in the source, shown as a site owner would type it: `'card'` → `card`. */
function defaultValue(raw: string): string {
  const literal = raw.match(/^(['"`])(.*)\1$/);
  if (literal && literal[2] === '') return '<span class="api-none">(empty)</span>';
  return `<code>${escapeHtml(literal ? literal[2] : raw)}</code>`;
}

function renderTable(tag: string, spec: TableSpec, headingLevel: number): string {
  const id = tableId(tag, spec.kind);
  const head = ['<tr>', ...spec.columns.map((c) => `<th scope="col">${escapeHtml(c.head)}</th>`), '</tr>'];
  const body = spec.rows.map(
    (row) =>
      `<tr><th scope="row">${spec.name(row as never)}</th>${spec.columns
        .slice(1)
        .map((c) => `<td>${c.cell(row as never)}</td>`)
        .join('')}</tr>`,
  );
  const h = `h${headingLevel}`;
  return [
    `<${h} id="${id}">${escapeHtml(spec.heading)}</${h}>`,
    spec.note ? `<p>${spec.note}</p>` : '',
    `<section class="table-scroll" aria-labelledby="${id}-caption">`,
    `<table class="api-table" data-api="${escapeHtml(spec.kind)}" data-tag="${escapeHtml(tag)}">`,
    `<caption id="${id}-caption">${spec.caption}</caption>`,
    `<thead>${head.join('')}</thead>`,
    `<tbody>${body.join('\n')}</tbody>`,
    '</table></section>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** Names of the CSS custom properties every element reads: the global tokens. */
export function globalTokens(manifest: Manifest): string[] {
  const elements = elementsOf(manifest).map(({ element }) => element);
  if (elements.length === 0) return [];
  const sets = elements.map((e) => new Set((e.cssProperties ?? []).map((p) => p.name)));
  return [...sets[0]].filter((name): name is string => !!name && sets.every((s) => s.has(name)));
}

const describe = (row: Named): string => (row.description ? inlineCode(row.description) : '');
const codeName = (row: Named): string => `<code>${escapeHtml(row.name)}</code>`;

/**
 * The API tables of one element, as HTML: attributes, events, methods, slots, CSS parts, its own
 * CSS custom properties, and the global tokens it reads. Empty kinds are left out.
 */
export function renderApiTables(
  manifest: Manifest,
  tag: string,
  options: { headingLevel?: number; readModule?: (path: string) => string } = {},
): string {
  const found = elementsOf(manifest).find(({ element }) => element.tagName === tag);
  if (!found) throw new Error(`custom-elements.json has no <${tag}>`);
  const { element, module } = found;
  const level = Math.min(Math.max(options.headingLevel ?? 3, 2), 5);
  const source = options.readModule?.(module) ?? '';
  const tagCode = `<code>&lt;${escapeHtml(tag)}&gt;</code>`;
  const tokens = new Set(globalTokens(manifest));
  const properties = element.cssProperties ?? [];
  const methods = (element.members ?? []).filter(
    (m) => m.kind === 'method' && !m.static && (m.privacy ?? 'public') === 'public' && m.name,
  );
  const attributes = element.attributes ?? [];
  const flag = attributes.find((a) => attributeType(a.type?.text) === 'boolean')?.name;

  const specs: TableSpec[] = [
    {
      kind: 'attributes',
      heading: 'Attributes',
      caption: `Attributes of ${tagCode}`,
      rows: attributes.filter((a) => a.name),
      name: codeName,
      note: flag
        ? `A <code>boolean</code> attribute is on when it is present (<code>&lt;${escapeHtml(tag)} ${escapeHtml(flag)}&gt;</code>) and off when it is left out.`
        : undefined,
      columns: [
        { head: 'Attribute', cell: codeName },
        {
          head: 'Type',
          cell: (a: ManifestAttribute) => `<code>${escapeHtml(attributeType(a.type?.text, source))}</code>`,
        },
        {
          head: 'Default',
          cell: (a: ManifestAttribute) => (a.default === undefined ? NOT_SET : defaultValue(a.default)),
        },
        { head: 'Description', cell: describe },
      ],
    },
    {
      kind: 'events',
      heading: 'Events',
      caption: `Events of ${tagCode} (they bubble and cross the shadow boundary)`,
      rows: (element.events ?? []).filter((e) => e.name),
      name: codeName,
      columns: [
        { head: 'Event', cell: codeName },
        { head: 'Description', cell: describe },
      ],
    },
    {
      kind: 'methods',
      heading: 'Methods',
      caption: `Methods of ${tagCode}`,
      rows: methods,
      name: (m: ManifestMember) =>
        `<code>${escapeHtml(m.name)}(${escapeHtml((m.parameters ?? []).map((p) => (p.optional || p.default !== undefined ? `${p.name}?` : p.name)).join(', '))})</code>`,
      columns: [
        { head: 'Method', cell: () => '' },
        { head: 'Description', cell: describe },
      ],
    },
    {
      kind: 'slots',
      heading: 'Slots',
      caption: `Slots of ${tagCode}`,
      rows: element.slots ?? [],
      name: (s: Named) => (s.name ? codeName(s) : '(default)'),
      columns: [
        { head: 'Slot', cell: () => '' },
        { head: 'Description', cell: describe },
      ],
    },
    {
      kind: 'parts',
      heading: 'CSS parts',
      caption: `CSS parts of ${tagCode}, styled with <code>${escapeHtml(tag)}::part(name)</code>`,
      rows: (element.cssParts ?? []).filter((p) => p.name),
      name: codeName,
      columns: [
        { head: 'Part', cell: codeName },
        { head: 'Description', cell: describe },
      ],
    },
    {
      kind: 'states',
      heading: 'CSS custom states',
      caption: `Custom states of ${tagCode}, matched with <code>${escapeHtml(tag)}:state(name)</code>`,
      rows: (element.cssStates ?? []).filter((p) => p.name),
      name: codeName,
      columns: [
        { head: 'State', cell: codeName },
        { head: 'Description', cell: describe },
      ],
    },
    {
      kind: 'properties',
      heading: 'CSS custom properties',
      caption: `CSS custom properties of ${tagCode} only`,
      rows: properties.filter((p) => p.name && !tokens.has(p.name)),
      name: codeName,
      columns: [
        { head: 'Property', cell: codeName },
        { head: 'Description', cell: describe },
      ],
    },
    {
      kind: 'tokens',
      heading: 'Global tokens it reads',
      caption: `Global <code>--intake-*</code> tokens read by ${tagCode} and every other widget`,
      rows: properties.filter((p) => p.name && tokens.has(p.name)),
      name: codeName,
      columns: [
        { head: 'Token', cell: codeName },
        { head: 'Description', cell: describe },
      ],
    },
  ];
  const tables = specs.filter((s) => s.rows.length > 0).map((s) => renderTable(tag, s, level));
  return `<div class="api-tables" data-api-for="${escapeHtml(tag)}">\n${tables.join('\n')}\n</div>`;
}

/** The table of the global tokens (those every element reads), for the theming page. */
export function renderTokensTable(manifest: Manifest, headingLevel = 3): string {
  const names = globalTokens(manifest);
  const first = elementsOf(manifest)[0]?.element;
  const rows = (first?.cssProperties ?? []).filter((p) => p.name && names.includes(p.name));
  const table = renderTable(
    'all',
    {
      kind: 'tokens',
      heading: 'Global tokens',
      caption: 'The <code>--intake-*</code> tokens every widget reads',
      rows,
      name: codeName,
      columns: [
        { head: 'Token', cell: codeName },
        { head: 'Description', cell: describe },
      ],
    },
    headingLevel,
  );
  return `<div class="api-tables" data-api-for="all">\n${table}\n</div>`;
}

// ---------------------------------------------------------------------------------------------
// Markdown (the subset the repository's READMEs use)

function inlineMarkdown(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((piece) => {
      if (piece.length > 1 && piece.startsWith('`') && piece.endsWith('`'))
        return `<code>${escapeHtml(piece.slice(1, -1))}</code>`;
      let html = escapeHtml(piece);
      html = html.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
      html = html.replace(/(^|[\s(])_([^_]+)_(?=[\s).,;:]|$)/g, '$1<em>$2</em>');
      // Only in-page and relative links; the target was escaped with the rest of the text.
      html = html.replace(/\[([^\]]+)\]\((#[\w-]+|https:\/\/[^)\s]+)\)/g, '<a href="$2">$1</a>');
      return html;
    })
    .join('');
}

function splitRow(line: string): string[] {
  const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  // Split on pipes outside code spans.
  const out: string[] = [];
  let current = '';
  let inCode = false;
  for (const ch of cells) {
    if (ch === '`') inCode = !inCode;
    if (ch === '|' && !inCode) {
      out.push(current.trim());
      current = '';
    } else current += ch;
  }
  out.push(current.trim());
  return out;
}

/**
 * Renders Markdown to HTML: ATX headings (with GitHub-style ids), paragraphs, fenced code,
 * tables, bullet and numbered lists, inline code, bold, italics and links. Everything is escaped.
 * Code blocks and tables are wrapped so they scroll inside their own box.
 */
export function renderMarkdown(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const html: string[] = [];
  let i = 0;
  let tableCount = 0;
  let section = { id: '', text: '' };
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) {
      i++;
      continue;
    }
    const fence = line.match(/^```(\w*)/);
    if (fence) {
      const code: string[] = [];
      i++;
      while (i < lines.length && !lines[i].startsWith('```')) code.push(lines[i++]);
      i++;
      html.push(codeBlock(code.join('\n'), fence[1] || 'text', `Code under "${section.text}"`));
      continue;
    }
    const heading = line.match(/^(#{1,6})\s+(.*)$/);
    if (heading) {
      const level = heading[1].length;
      section = { id: slug(heading[2]), text: heading[2].replace(/`/g, '') };
      html.push(`<h${level} id="${escapeHtml(section.id)}">${inlineMarkdown(heading[2])}</h${level}>`);
      i++;
      continue;
    }
    if (line.trim().startsWith('|') && /^\s*\|?\s*:?-{3,}/.test(lines[i + 1] ?? '')) {
      const head = splitRow(line);
      i += 2;
      const rows: string[][] = [];
      while (i < lines.length && lines[i].trim().startsWith('|')) rows.push(splitRow(lines[i++]));
      const label = `Table ${++tableCount}: ${section.text}`;
      html.push(
        `<section class="table-scroll" aria-label="${escapeHtml(label)}">`,
        '<table>',
        `<thead><tr>${head.map((c) => `<th scope="col">${inlineMarkdown(c)}</th>`).join('')}</tr></thead>`,
        `<tbody>${rows
          .map(
            (r) =>
              `<tr>${r.map((c, n) => (n === 0 ? `<th scope="row">${inlineMarkdown(c)}</th>` : `<td>${inlineMarkdown(c)}</td>`)).join('')}</tr>`,
          )
          .join('\n')}</tbody>`,
        '</table></section>',
      );
      continue;
    }
    const bullet = /^\s*[-*]\s+/;
    const numbered = /^\s*\d+\.\s+/;
    if (bullet.test(line) || numbered.test(line)) {
      const marker = bullet.test(line) ? bullet : numbered;
      const tag = marker === bullet ? 'ul' : 'ol';
      const items: string[] = [];
      while (i < lines.length && lines[i].trim()) {
        if (marker.test(lines[i])) items.push(lines[i].replace(marker, ''));
        else items[items.length - 1] += ` ${lines[i].trim()}`;
        i++;
      }
      html.push(`<${tag}>${items.map((item) => `<li>${inlineMarkdown(item)}</li>`).join('')}</${tag}>`);
      continue;
    }
    const paragraph: string[] = [];
    while (
      i < lines.length &&
      lines[i].trim() &&
      !/^(#{1,6}\s|```|\s*\|)/.test(lines[i]) &&
      !bullet.test(lines[i]) &&
      !numbered.test(lines[i])
    )
      paragraph.push(lines[i++].trim());
    html.push(`<p>${inlineMarkdown(paragraph.join(' '))}</p>`);
  }
  return html.join('\n');
}

/** Removes the common leading white space of `text` and blank first and last lines. */
export function dedent(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
}

/**
 * A code block that scrolls inside its own box; docs.ts adds a Copy button above it, and makes it
 * (like every table box) reachable with the keyboard while it is too wide to show at once.
 */
export function codeBlock(code: string, language: string, label: string): string {
  return `<pre class="code" data-copy="${escapeHtml(label)}"><code class="language-${escapeHtml(language)}">${escapeHtml(code)}</code></pre>`;
}

const EXAMPLE = /<div class="example" data-example="([^"]*)">([\s\S]*?)<\/div>/g;
const LOOK_STYLE = /<style data-look="([\w-]+)">([\s\S]*?)<\/style>/g;
const LOOK_CODE = /<div data-look-code="([\w-]+)"><\/div>/g;

/**
 * Live examples: `<div class="example" data-example="Label">markup</div>` becomes the markup,
 * live, followed by the same markup as a code block, so what a reader copies is exactly what
 * they see working. The markup may not contain a `<div>`.
 *
 * Looks: `<style data-look="calm">:root { … }</style>` is applied to `.look-calm` on the page, and
 * `<div data-look-code="calm"></div>` shows the style's text, as written, to copy.
 */
export function renderExamples(html: string): string {
  const looks = new Map<string, string>();
  return html
    .replace(EXAMPLE, (_whole, label: string, markup: string) => {
      if (/<div\b/i.test(markup)) throw new Error(`example "${label}": a live example may not contain <div>`);
      const code = dedent(markup);
      return [
        '<div class="example">',
        `<div class="example-live" role="group" aria-label="Live example: ${escapeHtml(label)}">`,
        markup.trim(),
        '</div>',
        codeBlock(code, 'html', `HTML of the example: ${label}`),
        '</div>',
      ].join('\n');
    })
    .replace(LOOK_STYLE, (_whole, name: string, css: string) => {
      const text = dedent(css);
      if (text.split(':root').length !== 2) throw new Error(`look "${name}": write exactly one :root rule`);
      looks.set(name, text);
      return `<style>\n${text.replace(':root', `.look-${name}`)}\n</style>`;
    })
    .replace(LOOK_CODE, (_whole, name: string) => {
      const css = looks.get(name);
      if (!css) throw new Error(`data-look-code="${name}": no <style data-look="${name}"> before it`);
      return codeBlock(css, 'css', `CSS of the ${name} look`);
    });
}

/** Marks the site-nav link to the page itself with `aria-current="page"`. */
export function markCurrentPage(html: string, fileName: string): string {
  return html.replace(/<header class="site-header">[\s\S]*?<\/header>/, (header) =>
    header.replace(
      new RegExp(`<a href="\\./${fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`),
      (a) => `${a} aria-current="page"`,
    ),
  );
}

/**
 * Rewrites root-absolute `src`/`href` URLs (`/intake-widgets.js`, `/`) that Vite leaves alone
 * to relative ones, so the site works from any folder. `depth` is how many folders deep the page
 * sits below the site root.
 */
export function relativeRootUrls(html: string, depth: number): string {
  const prefix = depth === 0 ? './' : '../'.repeat(depth);
  // Inside tags only: code samples in the text (`&lt;script src="/…"`) are shown as written.
  return html.replace(/<[a-z][^<>]*>/gi, (tag) =>
    tag.replace(/(\s(?:src|href)=)"\/(?!\/)([^"]*)"/g, (_whole, attr: string, path: string) => {
      const target = path === '' ? 'index.html' : path;
      return `${attr}"${prefix}${target}"`;
    }),
  );
}

const API_PLACEHOLDER = /<div\s+data-api-table="([^"]+)"([^>]*)>[\s\S]*?<\/div>/g;
const MARKDOWN_PLACEHOLDER = /<div\s+data-markdown="([^"]+)"[^>]*>[\s\S]*?<\/div>/g;

export interface PlaceholderSources {
  /** The manifest; called only when the page has an API-table placeholder. */
  manifest: () => Manifest;
  /** A file of the repository by its path from the repository root, or null if there is none. */
  readRepoFile: (path: string) => string | null;
}

/**
 * Replaces the placeholders of a page:
 * - `<div data-api-table="intake-contact-card" data-heading-level="3"></div>` → the element's
 *   API tables; `data-api-table="tokens"` → the global tokens table;
 * - `<div data-markdown="demo/receiver/README.md"></div>` → that file of the repository,
 *   rendered from Markdown.
 * Whatever the placeholder holds (a note for the unbuilt page) is replaced.
 */
export function fillPlaceholders(html: string, sources: PlaceholderSources): string {
  const readModule = (path: string) => sources.readRepoFile(path) ?? '';
  return html
    .replace(API_PLACEHOLDER, (_whole, tag: string, rest: string) => {
      const level = Number(rest.match(/data-heading-level="(\d)"/)?.[1] ?? 3);
      return tag === 'tokens'
        ? renderTokensTable(sources.manifest(), level)
        : renderApiTables(sources.manifest(), tag, { headingLevel: level, readModule });
    })
    .replace(MARKDOWN_PLACEHOLDER, (_whole, path: string) => {
      const text = sources.readRepoFile(path);
      if (text === null) throw new Error(`data-markdown="${path}": no such file in the repository`);
      return `<div class="markdown">\n${renderMarkdown(text)}\n</div>`;
    });
}
