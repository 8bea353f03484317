/**
 * The login package's texts: one module per language (`messages/*.ts`, English the source of
 * truth), each loaded when a page first uses that language, so a Dutch page downloads only Dutch.
 * The other languages are typed against the English keys, so a missing key fails to compile, and
 * the completeness test catches empty ones. Belgian usage: formal "u" / "vous" / "Sie",
 * "aanmelden", "se connecter".
 *
 * Registered as defaults when the first login element is created (not at import), so a rewording
 * an integrator registered at start-up is kept.
 */
import { registerMessageLoader, type MessageModules } from '@portaal/core';

export type { LoginMessageKey } from './messages/en.js';

/** A literal path per language, which every bundler turns into a chunk of its own. */
export const loginMessages: MessageModules = {
  nl: () => import('./messages/nl.js'),
  fr: () => import('./messages/fr.js'),
  de: () => import('./messages/de.js'),
  en: () => import('./messages/en.js'),
};

/** Called from the elements' constructors; registering again does nothing. */
export function ensureLoginMessages(): void {
  registerMessageLoader(loginMessages);
}
