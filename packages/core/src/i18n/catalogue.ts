/**
 * The message catalogue: every package registers its bundle (nl, fr, de, en) here and every
 * element translates through `translate()`.
 *
 * Interpolation: `{name}` is replaced by `params.name`; numbers are formatted for the locale
 * (`1.234` in nl). A placeholder without a value is left as is, so a mistake shows up in the UI
 * instead of silently vanishing.
 *
 * Plurals: when `params.count` is a number, `translate(locale, 'x', { count })` looks for
 * `x.<category>` where category is `Intl.PluralRules(locale).select(count)` (`one`, `other`, and
 * in some languages `zero`, `two`, `few`, `many`), then `x.other`, then `x` itself. So a bundle
 * defines `x.one` and `x.other`; French `many` (1 000 000) falls back to `x.other`.
 *
 * Fallback: the user's language, then English, then the key itself. Never throws.
 */
import { formatNumber } from '../format/format.js';
import { de } from './messages/de.js';
import { en } from './messages/en.js';
import { fr } from './messages/fr.js';
import { nl } from './messages/nl.js';

export const LANGUAGES = ['nl', 'fr', 'de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One package's messages, in every language. */
export type MessageBundle = Record<Language, Readonly<Record<string, string>>>;
export type MessageParams = Readonly<Record<string, string | number>>;

/** `nl-BE` → `nl`, `FR_be` → `fr`, anything else → `en`. */
export function languageOf(locale: string | null | undefined): Language {
  const primary = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : 'en';
}

type Store = Record<Language, Map<string, string>>;

/**
 * Kept on globalThis so two copies of Portaal on one page (two micro-frontends) share messages:
 * the first copy to define a tag renders it, whichever copy registered the bundle.
 */
const STORE_KEY = Symbol.for('portaal.messages');
const LISTENERS_KEY = Symbol.for('portaal.messages.listeners');
const globalScope = globalThis as typeof globalThis & { [STORE_KEY]?: Store; [LISTENERS_KEY]?: Set<() => void> };
const store: Store = (globalScope[STORE_KEY] ??= { nl: new Map(), fr: new Map(), de: new Map(), en: new Map() });
const listeners: Set<() => void> = (globalScope[LISTENERS_KEY] ??= new Set());

/**
 * Adds (or overrides) messages. Later registrations win, so an integrator can reword a message
 * by registering the same key after importing Portaal. Elements already on the page re-render.
 */
export function registerMessages(bundle: MessageBundle): void {
  addMessages(bundle, true);
}

/**
 * Adds messages as defaults only: a key that is already registered keeps its text. Packages
 * register their own bundle this way when their first element is created, so a rewording an
 * integrator registered at start-up is never undone.
 */
export function registerDefaultMessages(bundle: MessageBundle): void {
  addMessages(bundle, false);
}

function addMessages(bundle: Partial<MessageBundle>, override: boolean): void {
  for (const language of LANGUAGES) {
    for (const [key, message] of Object.entries(bundle[language] ?? {})) {
      if (override || !store[language].has(key)) store[language].set(key, message);
    }
  }
  for (const listener of listeners) listener();
}

/** One language of a package's messages, as a module (`export default { … }`) or the messages themselves. */
export type MessageLoader = (language: Language) => Promise<{ default: Readonly<Record<string, string>> } | Readonly<Record<string, string>>>;

/** A package's texts as one module per language, each imported on first use: `nl: () => import('./messages/nl.js')`. */
export type MessageModules = Readonly<Record<Language, () => Promise<{ default: Readonly<Record<string, string>> }>>>;

interface LoaderEntry {
  source: MessageLoader | MessageModules;
  load: MessageLoader;
  /** Per language: the load under way or done. */
  loads: Map<Language, Promise<void>>;
  settled: Set<Language>;
}

const LOADERS_KEY = Symbol.for('portaal.messages.loaders');
const scopeWithLoaders = globalScope as typeof globalScope & { [LOADERS_KEY]?: { entries: LoaderEntry[]; requested: Set<Language> } };
const loaders = (scopeWithLoaders[LOADERS_KEY] ??= { entries: [], requested: new Set() });

/**
 * Registers a package's messages that load one language at a time, so a page in Dutch downloads
 * only the Dutch texts: `registerMessageLoader({ nl: () => import('./messages/nl.js'), … })` (a
 * literal path per language, which every bundler splits), or any function of the language. Added
 * as defaults, like `registerDefaultMessages`; registering the same loader again does nothing.
 * Languages the page already uses load at once.
 */
export function registerMessageLoader(source: MessageLoader | MessageModules): void {
  if (loaders.entries.some((entry) => entry.source === source)) return;
  const load: MessageLoader = typeof source === 'function' ? source : (language) => source[language]();
  loaders.entries.push({ source, load, loads: new Map(), settled: new Set() });
  for (const language of loaders.requested) void loadLanguage(language);
}

/**
 * Loads `language` from every registered loader (once each); resolves when the messages are in
 * the catalogue. A load that fails falls back to English, then to the keys; it never rejects.
 */
export function loadLanguage(language: Language): Promise<void> {
  loaders.requested.add(language);
  return Promise.all(
    loaders.entries.map((entry) => {
      let loading = entry.loads.get(language);
      if (!loading) {
        loading = entry
          .load(language)
          .then((module) => addMessages({ [language]: 'default' in module ? module.default : module }, false))
          .catch((error: unknown) => {
            console.warn(`Portaal: the ${language} messages could not be loaded`, error);
            return language === 'en' ? undefined : loadLanguage('en');
          })
          .finally(() => entry.settled.add(language));
        entry.loads.set(language, loading);
      }
      return loading;
    }),
  ).then(() => undefined);
}

/** False while a loader is still fetching `language` (or has not been asked for it yet). */
export function languageLoaded(language: Language): boolean {
  return loaders.entries.every((entry) => entry.settled.has(language));
}

/** Called after every registerMessages(); returns an unsubscribe function. Used by LocalizeController. */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

function lookup(language: Language, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const message = store[language].get(key);
    if (message) return message; // an empty string counts as missing
  }
  return undefined;
}

function interpolate(message: string, locale: string, params: MessageParams | undefined): string {
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

/** Translates `key` for `locale` (`nl-BE`), see the top of this file for params and plurals. */
export function translate(locale: string, key: string, params?: MessageParams): string {
  const language = languageOf(locale);
  const count = params?.count;
  const keys = typeof count === 'number' ? [`${key}.${pluralCategory(locale, count)}`, `${key}.other`, key] : [key];
  const message = lookup(language, keys) ?? (language === 'en' ? undefined : lookup('en', keys));
  return message === undefined ? key : interpolate(message, locale, params);
}

export interface MissingKey {
  language: Language;
  key: string;
}

/**
 * Keys present in `en` but missing or empty in another language of the same bundle.
 * Every package has a test asserting this is empty for its own bundle.
 */
export function missingKeys(bundle: MessageBundle): MissingKey[] {
  const missing: MissingKey[] = [];
  for (const language of LANGUAGES) {
    if (language === 'en') continue;
    for (const key of Object.keys(bundle.en)) {
      if (!bundle[language]?.[key]?.trim()) missing.push({ language, key });
    }
  }
  return missing;
}

/** The core bundle; exported for the completeness test. */
export const coreMessages: MessageBundle = { nl, fr, de, en };
// As defaults only: a second copy of Portaal loading later must not undo an integrator's rewording.
addMessages(coreMessages, false);
