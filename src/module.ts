/** `import 'intake-widgets'`: defines every element and re-exports the library. */
import './embed.js';

export * from './index.js';
