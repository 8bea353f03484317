export { createRestAdapter } from './rest-adapter.js';
export type { RestAdapterOptions } from './rest-adapter.js';
export { listQueryParameters } from './list-query.js';
