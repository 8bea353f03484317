export * from './contract/adapter.js';
export * from './contract/enterprise-number.js';
export * from './contract/errors.js';
export * from './contract/schemas.js';
export * from './contract/validated-adapter.js';
export * from './provider/context.js';
export { emit } from './internal/emit.js';
export { defineElement } from './internal/define.js';
