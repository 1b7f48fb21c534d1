import { defineConfig } from 'vite';

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
