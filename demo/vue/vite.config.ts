import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/**
 * The Vue 3 example app. `intake-widgets` resolves to this repository's ES module build
 * (`npm run build` first), exactly the files a site gets from `npm install intake-widgets`.
 * Build: `npx vite build --config demo/vue/vite.config.ts` → `dist-examples/vue/`.
 */
const repo = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export default defineConfig({
  root: repo('demo/vue'),
  base: './',
  plugins: [
    vue({
      // The widgets are custom elements, not Vue components: Vue leaves them to the browser.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('intake-') } },
    }),
  ],
  resolve: {
    alias: [
      { find: /^intake-widgets$/, replacement: repo('dist/es/intake-widgets.js') },
      { find: /^intake-widgets\/elements$/, replacement: repo('dist/es/index.js') },
    ],
  },
  build: { outDir: repo('dist-examples/vue'), emptyOutDir: true },
});
