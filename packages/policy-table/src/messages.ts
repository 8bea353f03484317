/**
 * Texts of <portaal-policy-table> and <portaal-policy-documents>, in the four languages, in the
 * words Belgian insurers use (nl: polis, tak, vervaldag; fr: contrat, branche, échéance;
 * de: Vertrag, Sparte, Hauptfälligkeit). One module per language (`messages/*.ts`, English the
 * source of truth for the keys), each loaded when a page first uses that language, so a Dutch
 * page downloads only Dutch.
 */
import { registerMessageLoader, type MessageModules } from '@portaal/core';

export type { PolicyTableMessageKey } from './messages/en.js';

/** A literal path per language, which every bundler turns into a chunk of its own. */
export const policyTableMessages: MessageModules = {
  nl: () => import('./messages/nl.js'),
  fr: () => import('./messages/fr.js'),
  de: () => import('./messages/de.js'),
  en: () => import('./messages/en.js'),
};

/** Called from the elements' constructors; registering again does nothing. */
export function registerPolicyTableMessages(): void {
  registerMessageLoader(policyTableMessages);
}
