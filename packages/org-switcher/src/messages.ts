/**
 * Messages of @portaal/org-switcher in the four portal languages: one module per language
 * (`messages/*.ts`, English the source of truth), each loaded when a page first uses that
 * language, so a Dutch page downloads only Dutch. The other languages are typed against the
 * English keys, and `missingKeys()` (see messages.test.ts) catches empty ones. Added as defaults
 * when the first element is created, so an integrator's rewording (registerMessages at start-up)
 * wins.
 */
import { registerMessageLoader, type MessageModules } from '@portaal/core';

export type { OrgSwitcherMessageKey } from './messages/en.js';

/** A literal path per language, which every bundler turns into a chunk of its own. */
export const orgSwitcherMessages: MessageModules = {
  nl: () => import('./messages/nl.js'),
  fr: () => import('./messages/fr.js'),
  de: () => import('./messages/de.js'),
  en: () => import('./messages/en.js'),
};

/** Called from the elements' constructors; registering again does nothing. */
export function registerOrgSwitcherMessages(): void {
  registerMessageLoader(orgSwitcherMessages);
}
