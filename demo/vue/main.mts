// The three widgets in a Vue 3 app: `import 'intake-widgets'` defines the elements; the Vite
// config tells Vue's template compiler that `intake-*` tags are custom elements. (In an app this
// is main.ts. `.mts` here keeps it out of the repository's own type check, which runs before the
// package is built; demo/vue/tsconfig.json checks it against the built types.)
import 'intake-widgets';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#root');
