// The adapter contract
export * from './contract/adapter.js';
export * from './contract/enterprise-number.js';
export * from './contract/errors.js';
export * from './contract/schemas.js';
export * from './contract/validated-adapter.js';

// Provider and context
export * from './provider/context.js';
export { PortaalProvider, type SessionChangeDetail } from './provider/provider.js';
export { PortaalConsumer } from './provider/portaal-consumer.js';

// i18n and formatting
export * from './i18n/catalogue.js';
export * from './i18n/error-message.js';
export * from './i18n/localize-controller.js';
export type { CoreMessageKey } from './i18n/messages/en.js';
export * from './format/format.js';

// Theme
export * from './theme/tokens.js';

// Building blocks (classes only; `@portaal/core/define` registers the tags)
export * from './components/button/button.js';
export * from './components/dialog/dialog.js';
export * from './components/no-access/no-access.js';
export * from './components/status-badge/status-badge.js';
export * from './components/text-field/text-field.js';
export * from './components/live-announcer/announce.js';
export { spinnerIcon, statusIcon, type StatusIconName } from './components/icons.js';
/** Shared styles for element authors: host base, focus ring, visually hidden text. */
export { focusRing, hostStyles, spinnerStyles, visuallyHidden } from './components/shared-styles.js';

// Helpers for element authors
export { emit } from './internal/emit.js';
export { defineElement } from './internal/define.js';
