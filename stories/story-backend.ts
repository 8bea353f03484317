/** A live mock back end with a demo account logged in, for stories' loaders. */
import type { Adapter } from '@portaal/core';
import { MockBackend, createMockAdapter, signInDemoAccount, type DemoAccountKey } from '@portaal/mock';

export interface Setup {
  key: DemoAccountKey;
  /** Runs after login, before the element appears (select an organisation, set a default, faults…). */
  prepare?: (adapter: Adapter, backend: MockBackend) => Promise<void> | void;
  /** Changes what the element sees (a membership without an item, a back end that takes its time). */
  wrap?: (adapter: Adapter) => Adapter;
}

export interface Loaded {
  adapter: Adapter;
  backend: MockBackend;
}

export async function signIn({ key, prepare, wrap }: Setup): Promise<Loaded> {
  const backend = new MockBackend({ passwordIterations: 1000 });
  const adapter = createMockAdapter(backend);
  await signInDemoAccount(backend, adapter, key);
  await prepare?.(adapter, backend);
  return { adapter: wrap ? wrap(adapter) : adapter, backend };
}

export const loaderFor = (setup: Setup) => [async () => signIn(setup)];

/** `organisations.<method>` answers only when cancelled: the loading state stays on screen. */
export function stalled(adapter: Adapter, method: 'list' | 'get'): Adapter {
  return {
    ...adapter,
    organisations: {
      ...adapter.organisations,
      [method]: (...args: unknown[]) =>
        new Promise((_resolve, reject) => {
          const options = args.find((arg): arg is { signal?: AbortSignal } => typeof arg === 'object' && arg !== null);
          options?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    },
  };
}
