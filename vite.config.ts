import { fileURLToPath } from 'node:url';
import { transform } from 'lightningcss';
import { defineConfig, normalizePath, type Plugin } from 'vite';

/**
 * A Lit `css` tagged template with no `${}` and no escapes in it: its source text is then exactly
 * the CSS Lit will see, so it can be minified as it stands (others are left as written).
 */
const CSS_TEMPLATE = /\bcss`([^`$\\]*)`/g;

/**
 * Minifies the CSS inside Lit `css` tagged templates of our own sources (the JS minifier leaves
 * template text alone) with Lightning CSS, the minifier Vite itself uses for style sheets. No
 * browser targets: nothing is rewritten for older browsers, only white space, comments and
 * redundant syntax go. A template it cannot parse is left as written, with a build warning.
 */
function minifyCssTemplates(): Plugin {
  const srcDir = normalizePath(fileURLToPath(new URL('./src/', import.meta.url)));
  return {
    name: 'intake-minify-css-templates',
    transform(code, id) {
      if (!id.startsWith(srcDir) || !code.includes('css`')) return null;
      const minified = code.replace(CSS_TEMPLATE, (whole, body: string) => {
        try {
          const { code: css } = transform({ filename: id, code: Buffer.from(body), minify: true });
          return `css\`${css.toString().replace(/[`\\]/g, '\\$&')}\``;
        } catch (error) {
          this.warn(`CSS template left as written in ${id}: ${(error as Error).message}`);
          return whole;
        }
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
      rolldownOptions: {
        output: {
          // Chrome's explicit compile hint (136+; other engines read a comment): compile every
          // function while the script streams in, off the main thread, instead of lazily on first
          // call inside the widgets' first render. Nearly all of the file runs on load. Measured
          // on the demo at 4× CPU: the longest script task 95 → 79 ms, script time 178 → 151 ms
          // (medians of 12 interleaved runs). `postBanner`: the minifier would drop a banner.
          postBanner: '//# allFunctionsCalledOnLoad',
          // Everything the file does on load, Lit's own start included, inside one try: a page
          // whose Trusted Types allowlist refuses Lit's policy makes Lit throw as it loads, and that
          // must be one clear console message rather than an error in the host page.
          intro: 'try{',
          outro: `}catch(e){console.warn("intake-widgets: could not start: "+(e&&e.message)+(/polic/i.test(e&&e.message)?" (with a Trusted Types allowlist, allow: trusted-types lit-html intake-widgets 'allow-duplicates')":""))}`,
        },
      },
    },
  };
});
