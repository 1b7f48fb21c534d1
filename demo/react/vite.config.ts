import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The React 19 example app. `intake-widgets` resolves to this repository's ES module build
 * (`npm run build` first), exactly the files a site gets from `npm install intake-widgets`.
 * Build: `npx vite build --config demo/react/vite.config.ts` → `dist-examples/react/`.
 */
const repo = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export default defineConfig({
  root: repo('demo/react'),
  base: './',
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^intake-widgets$/, replacement: repo('dist/es/intake-widgets.js') },
      { find: /^intake-widgets\/elements$/, replacement: repo('dist/es/index.js') },
    ],
  },
  build: { outDir: repo('dist-examples/react'), emptyOutDir: true },
});
