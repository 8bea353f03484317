/**
 * The data table's texts: one module per language (`messages/*.ts`, English the source of truth),
 * each loaded when a page first uses that language, so a Dutch page downloads only Dutch.
 */
import { registerMessageLoader, type MessageModules } from '@portaal/core';

export type { DataTableMessageKey } from './messages/en.js';

/** A literal path per language, which every bundler turns into a chunk of its own. */
export const dataTableMessages: MessageModules = {
  nl: () => import('./messages/nl.js'),
  fr: () => import('./messages/fr.js'),
  de: () => import('./messages/de.js'),
  en: () => import('./messages/en.js'),
};

/** Called from the elements' constructors; registering again does nothing. */
export function registerDataTableMessages(): void {
  registerMessageLoader(dataTableMessages);
}
