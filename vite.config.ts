import { defineConfig, type Plugin } from 'vite';

/**
 * Minifies the CSS inside Lit `css` tagged templates of our own sources (the JS minifier leaves
 * template text alone): comments go, runs of white space shrink to one space or none.
 */
function minifyCssTemplates(): Plugin {
  return {
    name: 'intake-minify-css-templates',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('css`')) return null;
      const minified = code.replace(/\bcss`([^`]*)`/g, (_whole, body: string) => {
        const css = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${css}\``;
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
