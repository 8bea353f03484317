/**
 * Test support for this package (not shipped: excluded in tsconfig.build.json). Logs in through
 * the mock adapter directly, the way <portaal-login> would, and mounts elements under a provider.
 */
import { fixtureSync, waitUntil } from '@open-wc/testing';
import type { Adapter, PortaalProvider, Session } from '@portaal/core';
import { MockBackend, createMockAdapter, signInDemoAccount, type DemoAccountKey } from '@portaal/mock';
import { html, type ReactiveElement, type TemplateResult } from 'lit';

/** Like fixture(), without its wait for an animation frame (web-test-runner's background pages get none). */
export async function mount<T extends Element>(template: TemplateResult): Promise<T> {
  const root = fixtureSync<T>(template);
  const elements = [root, ...root.querySelectorAll('*')] as Partial<ReactiveElement>[];
  await Promise.all(elements.map((el) => el.updateComplete));
  return root;
}

export interface Login {
  backend: MockBackend;
  adapter: Adapter;
  session: Session;
}

/** A fresh back end with `key` logged in (password, then the authenticator's current code). */
export async function login(key: DemoAccountKey, backend = new MockBackend({ passwordIterations: 1000 })): Promise<Login> {
  const adapter = createMockAdapter(backend);
  return { backend, adapter, session: await signInDemoAccount(backend, adapter, key) };
}

/** Mounts `content` under a provider with `adapter`, and waits until the provider has the session. */
export async function underProvider(adapter: Adapter, content: TemplateResult, { locale = 'en-GB', theme = 'light' } = {}) {
  const provider = await mount<PortaalProvider>(
    // The page behind follows the theme, as a portal's would (axe checks contrast against it).
    html`<portaal-provider locale=${locale} theme=${theme} .adapter=${adapter} style="background: var(--portaal-color-surface)"
      >${content}</portaal-provider
    >`,
  );
  await waitUntil(() => provider.session !== null, 'the provider has the session');
  return provider;
}

/** Resolves when `condition` holds; for state that arrives through async adapter calls. */
export function until(condition: () => unknown, message: string): Promise<void> {
  return waitUntil(condition, message, { timeout: 4000 });
}

/** The text of the live region `announce()` writes to. */
export function announced(): string {
  return document.querySelector('[data-portaal-announcer] [role="status"]')?.textContent ?? '';
}

/** Whitespace collapsed (also the no-break spaces of French punctuation). */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** An adapter whose calls go to `adapter` after an optional hook, recording what was asked. */
export function recording(adapter: Adapter) {
  const calls: { method: string; args: unknown[]; signal?: AbortSignal }[] = [];
  const wrap = <G extends keyof Adapter>(group: G): Adapter[G] =>
    new Proxy(adapter[group], {
      get(target, method: string) {
        const real = (target as unknown as Record<string, (...args: unknown[]) => unknown>)[method];
        if (typeof real !== 'function') return real;
        return (...args: unknown[]) => {
          const options = args.find((arg): arg is { signal?: AbortSignal } => typeof arg === 'object' && arg !== null && 'signal' in arg);
          calls.push({ method: `${group}.${method}`, args, signal: options?.signal });
          return real.apply(target, args);
        };
      },
    });
  const recorded: Adapter = {
    auth: wrap('auth'),
    organisations: wrap('organisations'),
    policies: wrap('policies'),
    claims: wrap('claims'),
    declarations: wrap('declarations'),
  };
  return { adapter: recorded, calls, count: (method: string) => calls.filter((call) => call.method === method).length };
}
