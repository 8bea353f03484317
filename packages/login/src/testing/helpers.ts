/** Shared by the login tests: a mock back end on a manual clock, and ways to reach into shadow roots. */
import { demoAccount, MockBackend, createMockAdapter, type DemoAccountKey } from '@portaal/mock';
import type { Adapter, PortaalTextField } from '@portaal/core';
import type { PortaalLogin } from '../login/login.js';
import { ManualClock } from './manual-clock.js';

export interface TestBackend {
  clock: ManualClock;
  backend: MockBackend;
  adapter: Adapter;
  /** Every adapter call, by method name, in order. */
  calls: string[];
  /** The last answer of each adapter method, as the element received it. */
  answers: Map<string, unknown>;
}

/** A fresh back end per test; few PBKDF2 iterations, so logging in takes milliseconds. */
export function testBackend(): TestBackend {
  const clock = new ManualClock();
  const backend = new MockBackend({ now: () => clock.now(), passwordIterations: 1000 });
  const calls: string[] = [];
  const answers = new Map<string, unknown>();
  const inner = createMockAdapter(backend);
  const auth = new Proxy(inner.auth, {
    get(target, name: string) {
      const value = Reflect.get(target, name) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(name);
        const answer = (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        void answer.then((result) => answers.set(name, result), () => {});
        return answer;
      };
    },
  });
  return { clock, backend, adapter: { ...inner, auth }, calls, answers };
}

export function account(key: DemoAccountKey) {
  return demoAccount(key);
}

export const $ = <T extends Element = HTMLElement>(el: PortaalLogin | Element, selector: string): T | null =>
  (el.shadowRoot ?? el).querySelector<T>(selector);

export function field(el: PortaalLogin, id: string): PortaalTextField {
  const found = $<PortaalTextField>(el, `#${id}`);
  if (!found) throw new Error(`no field #${id} in step ${el.step}`);
  return found;
}

export function input(el: PortaalLogin, id: string): HTMLInputElement {
  return field(el, id).shadowRoot!.querySelector('input')!;
}

/** Text as a user reads it: whitespace collapsed, visually hidden text included. */
export function text(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Fills a field the way typing does (input event from the native input). */
export async function fill(el: PortaalLogin, id: string, value: string): Promise<void> {
  const native = input(el, id);
  native.value = value;
  native.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Types a whole code over what is in the code field, as a user does: it empties, then fills. */
export async function typeCode(el: PortaalLogin, code: string): Promise<void> {
  await fill(el, 'code', '');
  await fill(el, 'code', code);
}

/** What a sighted user reads: without the text only screen readers get. */
export function visibleText(node: Element | null): string {
  const copy = node?.cloneNode(true) as Element | undefined;
  copy?.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return text(copy);
}

/** What a screen reader reads: without what is aria-hidden. */
export function spokenText(node: Element | null): string {
  const copy = node?.cloneNode(true) as Element | undefined;
  copy?.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return text(copy);
}

/** Pastes into a field, as Ctrl+V does. */
export function paste(el: PortaalLogin, id: string, value: string): ClipboardEvent {
  const data = new DataTransfer();
  data.setData('text/plain', value);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, composed: true, cancelable: true });
  input(el, id).dispatchEvent(event);
  return event;
}

export function submitButton(el: PortaalLogin): HTMLElement {
  const button = $(el, 'portaal-button.submit') ?? $(el, 'portaal-button[part~="submit"]');
  if (!button) throw new Error(`no submit button in step ${el.step}`);
  return button.shadowRoot!.querySelector('button')!;
}

/** No request in flight: the step's submit button is not busy. */
export function idle(el: PortaalLogin): boolean {
  return !$(el, 'portaal-button[loading]');
}

/** Waits until `check` holds, letting the mock back end (PBKDF2, otplib) finish its work. */
export async function until(el: PortaalLogin | HTMLElement, check: () => boolean, what = 'condition'): Promise<void> {
  for (let i = 0; i < 600; i++) {
    await (el as PortaalLogin).updateComplete;
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The text the live announcer last read out (assertive or polite). */
export function announced(): string {
  const regions: string[] = [];
  // Inside an open dialog the announcer lives in the dialog's shadow root.
  const search = (root: Document | ShadowRoot) => {
    root.querySelectorAll('[data-portaal-announcer] [aria-live]').forEach((region) => regions.push(region.textContent ?? ''));
    root.querySelectorAll('*').forEach((element) => element.shadowRoot && search(element.shadowRoot));
  };
  search(document);
  return regions.join(' | ');
}

/** The element deepest in shadow roots that has focus. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Everything a script on the page could read from `root`: text, attribute values and the values of
 * inputs, through every shadow root. For "no secret left in the DOM".
 */
export function everythingIn(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Text) parts.push(node.data);
    if (node instanceof Element) {
      for (const attribute of node.attributes) parts.push(attribute.value);
      if (node instanceof HTMLInputElement) parts.push(node.value);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return parts.join('\n');
}

/* eslint-disable no-console -- reads the console to prove no secret reaches it */
const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'] as const;

/** Records what goes to the console until `stop()`; still prints it. */
export function recordConsole(): { output: string[]; stop: () => void } {
  const output: string[] = [];
  const originals = CONSOLE_METHODS.map((method) => [method, console[method]] as const);
  for (const [method, original] of originals) {
    console[method] = (...args: unknown[]) => {
      output.push(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg) ?? String(arg))).join(' '));
      (original as (...a: unknown[]) => void).apply(console, args);
    };
  }
  return {
    output,
    stop: () => {
      for (const [method, original] of originals) console[method] = original as never;
    },
  };
}

/* eslint-enable no-console */

/** Logs a demo account in up to the step after the password. */
export async function passCredentials(el: PortaalLogin, email: string, password: string): Promise<void> {
  await fill(el, 'email', email);
  await fill(el, 'password', password);
  submitButton(el).click();
  await until(
    el,
    () => idle(el) && (el.step !== 'credentials' || Boolean(field(el, 'password').error) || Boolean($(el, '[part~="alert"], #lock'))),
    'the answer to the login',
  );
}

/** A code the user's app does not show now, nor one step before or after (those are accepted). */
export async function wrongTotpCode(t: TestBackend, email: string): Promise<string> {
  const now = t.clock.now();
  const valid = await Promise.all([now - 30_000, now, now + 30_000].map((at) => t.backend.debugTotpCode(email, at)));
  return ['000000', '111111', '222222', '333333'].find((code) => !valid.includes(code))!;
}
