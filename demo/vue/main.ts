// The three widgets in a Vue 3 app: `import 'intake-widgets'` defines the elements; the Vite
// config tells Vue's template compiler that `intake-*` tags are custom elements.
import 'intake-widgets';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#root');
