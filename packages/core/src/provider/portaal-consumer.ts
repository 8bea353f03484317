import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Adapter } from '../contract/adapter.js';
import type { MenuItem } from '../contract/schemas.js';
import { validatedAdapter } from '../contract/validated-adapter.js';
import { portaalContext, type PortaalContextValue } from './context.js';

type Host = ReactiveControllerHost & HTMLElement & { adapter?: Adapter | null };

const standalone: PortaalContextValue = {
  adapter: null,
  locale: 'en',
  theme: 'light',
  session: null,
  organisation: null,
  membership: null,
};

/**
 * Gives an element what the nearest <portaal-provider> holds, and re-renders it when that changes.
 * An element's own `.adapter` wins over the provider's, so an element can also be used alone.
 */
export class PortaalConsumer implements ReactiveController {
  readonly #host: Host;
  readonly #consumer: ContextConsumer<typeof portaalContext, Host>;
  #own: Adapter | null = null;
  #ownValidated: Adapter | null = null;

  constructor(host: Host) {
    this.#host = host;
    this.#consumer = new ContextConsumer(host, { context: portaalContext, subscribe: true });
    host.addController(this);
  }

  hostConnected(): void {}

  get value(): PortaalContextValue {
    return this.#consumer.value ?? standalone;
  }

  /** The adapter to use, already validated; null when neither the element nor a provider has one. */
  get adapter(): Adapter | null {
    const own = this.#host.adapter ?? null;
    if (own) {
      if (own !== this.#own) {
        this.#own = own;
        this.#ownValidated = validatedAdapter(own);
      }
      return this.#ownValidated;
    }
    return this.value.adapter;
  }

  /**
   * Whether the current membership permits this menu item. Without a provider session (an element
   * used alone with its own adapter) the back end is the judge: it answers `forbidden`.
   */
  permits(item: MenuItem): boolean {
    const { session, membership } = this.value;
    if (!session) return true;
    return membership?.menu.includes(item) ?? false;
  }
}
