/**
 * The data table's texts: one module per language (`messages/*.ts`, English the source of truth),
 * each loaded when a page first uses that language, so a Dutch page downloads only Dutch.
 */
import { registerMessageLoader, type Language } from '@portaal/core';

export type { DataTableMessageKey } from './messages/en.js';

/** A literal path per language, which every bundler turns into a chunk of its own. */
export function loadDataTableMessages(language: Language) {
  switch (language) {
    case 'nl':
      return import('./messages/nl.js');
    case 'fr':
      return import('./messages/fr.js');
    case 'de':
      return import('./messages/de.js');
    default:
      return import('./messages/en.js');
  }
}

let registered = false;
/** Called from constructors: adds the loader once; its texts never replace an integrator's own wording. */
export function registerDataTableMessages(): void {
  if (registered) return;
  registered = true;
  registerMessageLoader(loadDataTableMessages);
}
