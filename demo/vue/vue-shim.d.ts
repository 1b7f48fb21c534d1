// Lets TypeScript import `.vue` files; their templates are checked by vue-tsc, not tsc.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';

  const component: DefineComponent;
  export default component;
}
