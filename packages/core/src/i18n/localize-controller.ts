/**
 * Gives an element its locale, translations and formatting, and re-renders it when the locale
 * changes: from the nearest <portaal-provider> (context), else the nearest `lang` attribute,
 * else `<html lang>`, else English.
 *
 *   private readonly i18n = new LocalizeController(this);
 *   render() { return html`<button>${this.i18n.t('action.retry')}</button>`; }
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MoneyLike, DateInput, DateTimeOptions } from '../format/format.js';
import {
  formatDate,
  formatDateTime,
  formatEnterpriseNumber,
  formatFileSize,
  formatMoney,
  formatNumber,
} from '../format/format.js';
import { portaalContext, type PortaalContextValue } from '../provider/context.js';
import { languageLoaded, languageOf, loadLanguage, onMessagesChange, translate, type Language, type MessageParams } from './catalogue.js';
import { errorMessage } from './error-message.js';
import type { CoreMessageKey } from './messages/en.js';

type Host = ReactiveControllerHost & HTMLElement;

/** A plural base (`count.results` for `count.results.one`/`.other`) is a valid key too. */
type PluralBase<K extends string> = K extends `${infer Base}.${'one' | 'other'}` ? Base : never;
/** Core keys autocomplete; other packages' keys are plain strings. */
export type MessageKey = CoreMessageKey | PluralBase<CoreMessageKey> | (string & {});

/** One observer on `<html lang>` for all controllers, instead of one per element. */
const controllers = new Set<LocalizeController>();
let htmlObserver: MutationObserver | null = null;
let stopMessages: (() => void) | null = null;

function track(controller: LocalizeController): void {
  controllers.add(controller);
  if (!htmlObserver && typeof MutationObserver !== 'undefined') {
    htmlObserver = new MutationObserver(() => controllers.forEach((c) => c.refresh()));
    htmlObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  stopMessages ??= onMessagesChange(() => controllers.forEach((c) => c.refresh()));
}

function untrack(controller: LocalizeController): void {
  controllers.delete(controller);
  if (controllers.size === 0) {
    htmlObserver?.disconnect();
    htmlObserver = null;
    stopMessages?.();
    stopMessages = null;
  }
}

/** The nearest `lang` attribute, walking out of shadow roots (Element.closest stops at them). */
function closestLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/** How long an element waits for its lazily loaded messages before it renders anyway. */
export const MESSAGES_WAIT_MS = 2000;

export class LocalizeController implements ReactiveController {
  private readonly host: Host;
  private readonly consumer: ContextConsumer<typeof portaalContext, Host>;
  private resolved: string | null = null;
  /** The language whose messages took longer than MESSAGES_WAIT_MS to load. */
  private gaveUpOn: Language | null = null;

  constructor(host: Host) {
    this.host = host;
    // The consumer requests an update itself when the provided value changes.
    this.consumer = new ContextConsumer(host, { context: portaalContext, subscribe: true });
    host.addController(this);
  }

  /** The whole context (adapter, session…), for elements that need more than the locale. */
  get context(): PortaalContextValue | undefined {
    return this.consumer.value;
  }

  /** BCP 47 tag (`nl-BE`), used by Intl as is. */
  get locale(): string {
    return (this.resolved ??= this.resolve());
  }

  /** The catalogue language (`nl`) for the locale. */
  get language(): Language {
    return languageOf(this.locale);
  }

  /**
   * Runs `update` now, or once the language's lazily loaded messages have arrived. An element
   * whose messages load lazily renders through it, so it never shows keys or the wrong language:
   *
   *   protected override scheduleUpdate() {
   *     return this.i18n.whenReady(() => super.scheduleUpdate());
   *   }
   *
   * A load that hangs does not leave the element blank: after `MESSAGES_WAIT_MS` it renders with
   * what it has, and again when the messages arrive.
   *
   * `meanwhile` runs at once when the update has to wait: an element starts its data there (its
   * Task's `hostUpdate()`), so data and texts load side by side instead of one after the other.
   */
  whenReady(update: () => void | Promise<unknown>, meanwhile?: () => void): void | Promise<unknown> {
    const language = languageOf(this.resolve());
    // Waited out once already: later updates (scrolling, typing) must not wait again.
    if (languageLoaded(language) || this.gaveUpOn === language) return update();
    meanwhile?.();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waited = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), MESSAGES_WAIT_MS)));
    return Promise.race([loadLanguage(language), waited]).then((outcome) => {
      clearTimeout(timer);
      if (outcome === 'late') this.gaveUpOn = language;
      return update();
    });
  }

  hostConnected(): void {
    track(this);
    this.resolved = null;
  }

  hostDisconnected(): void {
    untrack(this);
  }

  /** Before each render: the locale is resolved once per update, not once per string. */
  hostUpdate(): void {
    this.resolved = this.resolve();
  }

  /** Re-resolves the locale and re-renders: `<html lang>` or the registered messages changed. */
  refresh(): void {
    this.resolved = null;
    this.host.requestUpdate();
  }

  t(key: MessageKey, params?: MessageParams): string {
    return translate(this.locale, key, params);
  }

  /** The user-facing message for anything an adapter call threw. */
  error(error: unknown): string {
    return errorMessage(this.locale, error);
  }

  date(value: DateInput, options?: DateTimeOptions): string {
    return formatDate(value, this.locale, options);
  }

  dateTime(value: DateInput, options?: DateTimeOptions): string {
    return formatDateTime(value, this.locale, options);
  }

  money(value: number | MoneyLike | null | undefined): string {
    return formatMoney(value, this.locale);
  }

  number(value: number | null | undefined, options?: Intl.NumberFormatOptions): string {
    return formatNumber(value, this.locale, options);
  }

  fileSize(bytes: number | null | undefined): string {
    return formatFileSize(bytes, this.locale);
  }

  enterpriseNumber(value: string): string {
    return formatEnterpriseNumber(value);
  }

  private resolve(): string {
    return (
      this.consumer.value?.locale ||
      closestLang(this.host) ||
      document.documentElement.lang ||
      'en'
    );
  }
}
