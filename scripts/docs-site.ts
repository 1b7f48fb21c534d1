/**
 * The file-system side of the documentation site's build (`vite.docs.config.ts`): which pages
 * there are, and where the placeholders' data comes from. The rendering itself is pure and lives
 * in `docs-render.ts`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fillPlaceholders, type Manifest } from './docs-render.js';

export function readManifest(path: string): Manifest {
  if (!existsSync(path))
    throw new Error(`${path} is missing: run \`npm run build\` before building the docs site.`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** Every `.html` file under `dir`, recursively, as absolute paths in a stable order. */
export function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...htmlFiles(path));
    else if (entry.isFile() && entry.name.endsWith('.html')) found.push(path);
  }
  return found.sort();
}

/** Rolldown input names for pages: `docs/index`, `docs/care-quiz`, … relative to `root`. */
export function pageInputs(root: string, files: string[]): Record<string, string> {
  return Object.fromEntries(
    files.map((file) => [
      relative(root, file)
        .split(sep)
        .join('/')
        .replace(/\.html$/, ''),
      file,
    ]),
  );
}

/** Fills a page's placeholders from the manifest and the repository's files (never outside it). */
export function fillPagePlaceholders(html: string, repoRoot: string, manifestPath: string): string {
  let manifest: Manifest | null = null;
  return fillPlaceholders(html, {
    manifest: () => {
      manifest ??= readManifest(manifestPath);
      return manifest;
    },
    readRepoFile: (path) => {
      const file = resolve(repoRoot, path);
      const inside = file.startsWith(repoRoot + sep);
      return inside && existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : null;
    },
  });
}
