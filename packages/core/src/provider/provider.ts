import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Adapter } from '../contract/adapter.js';
import { isAbortError } from '../contract/errors.js';
import type { Organisation, Session } from '../contract/schemas.js';
import { validatedAdapter } from '../contract/validated-adapter.js';
import { emit } from '../internal/emit.js';
import { registerTokens, themeStyles } from '../theme/tokens.js';
import { portaalContext, type PortaalContextValue, type ThemeName } from './context.js';

export interface SessionChangeDetail {
  session: Session | null;
}

/**
 * Holds what every Portaal element needs — adapter, locale, theme, session and current organisation —
 * and hands it down through @lit/context. Elements never reach into each other: they announce changes
 * with events, and the provider, listening on itself, updates the shared state.
 *
 * @event portaal-session-change - the session (or the current organisation) changed; detail `{ session }`.
 * @slot - the portal content.
 */
export class PortaalProvider extends LitElement {
  static override styles = [
    themeStyles,
    css`
      :host {
        display: block;
        color: var(--portaal-color-text);
        font-family: var(--portaal-font-family);
        font-size: var(--portaal-font-size-md);
        line-height: 1.5;
      }
    `,
  ];

  /** The insurer's back end. Every result is validated against the contract before elements see it. */
  @property({ attribute: false }) accessor adapter: Adapter | null = null;

  /** BCP 47 tag; messages follow its language, dates and amounts all of it (`nl-BE` → `21/11/2026`). */
  @property({ reflect: true }) accessor locale = 'nl-BE';

  @property({ reflect: true }) accessor theme: ThemeName = 'light';

  /** The current session; loaded from the adapter when it is set, updated from elements' events. */
  @state() accessor session: Session | null = null;

  @state() private accessor organisation: Organisation | null = null;

  #validated: Adapter | null = null;
  #organisationRequest: AbortController | null = null;
  readonly #context = new ContextProvider(this, { context: portaalContext, initialValue: this.#value() });

  constructor() {
    super();
    registerTokens();
    const fromEvent = (event: Event) => {
      const detail = (event as CustomEvent<{ session?: Session | null }>).detail;
      if (detail && 'session' in detail && detail.session !== undefined) this.session = detail.session;
    };
    // Elements report what they changed; the provider is the single place that owns the session.
    this.addEventListener('portaal-login-success', fromEvent);
    this.addEventListener('portaal-org-change', fromEvent);
    this.addEventListener('portaal-session-update', fromEvent);
    this.addEventListener('portaal-logout', () => (this.session = null));
    this.addEventListener('portaal-session-expired', () => (this.session = null));
  }

  /** Reloads the session from the adapter (e.g. after the page regained focus). */
  async refreshSession(): Promise<void> {
    if (!this.#validated) return;
    try {
      this.session = await this.#validated.auth.getSession();
    } catch {
      this.session = null;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) {
      this.#validated = this.adapter ? validatedAdapter(this.adapter) : null;
      this.session = null;
      void this.refreshSession();
    }
    if (changed.has('locale')) this.lang = this.locale;
    if (changed.has('session')) {
      const previous = changed.get('session') as Session | null | undefined;
      if (previous?.currentOrganisationId !== this.session?.currentOrganisationId) this.#loadOrganisation();
      if (previous !== undefined || this.session) emit<SessionChangeDetail>(this, 'portaal-session-change', { session: this.session });
    }
    this.#context.setValue(this.#value());
  }

  #value(): PortaalContextValue {
    const session = this.session;
    const orgId = session?.currentOrganisationId ?? null;
    return {
      adapter: this.#validated,
      locale: this.locale,
      theme: this.theme,
      session,
      organisation: this.organisation?.id === orgId ? this.organisation : null,
      membership: session?.memberships.find((m) => m.organisationId === orgId) ?? null,
    };
  }

  /** Loads the current organisation; a request still running for the previous one is cancelled. */
  #loadOrganisation(): void {
    this.#organisationRequest?.abort();
    this.organisation = null;
    const id = this.session?.currentOrganisationId;
    if (!id || !this.#validated) return;
    const request = new AbortController();
    this.#organisationRequest = request;
    this.#validated.organisations.get(id, { signal: request.signal }).then(
      (organisation) => {
        if (!request.signal.aborted) this.organisation = organisation;
      },
      (error: unknown) => {
        // Elements show their own error states; the header simply stays without a name.
        if (!isAbortError(error)) this.organisation = null;
      },
    );
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portaal-session-change': CustomEvent<SessionChangeDetail>;
    'portaal-session-update': CustomEvent<SessionChangeDetail>;
  }
}
