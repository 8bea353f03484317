import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { LocalizeController, MENU_ITEMS, PortaalConsumer, emit, type MenuItem, type Session } from '@portaal/core';
import type { MockBackend } from '@portaal/mock';
import './demo-visitor-panel.js';

export const DEMO_LOCALES = [
  { locale: 'nl-BE', label: 'Nederlands' },
  { locale: 'fr-BE', label: 'Français' },
  { locale: 'de-BE', label: 'Deutsch' },
  { locale: 'en-GB', label: 'English' },
] as const;

/** Which element fills each menu item's place (those still being built show a placeholder). */
const PLACES: Record<MenuItem, string> = {
  'my-data': '<portaal-org-details>',
  policies: '<portaal-policy-table>',
  claims: '<portaal-claims-table>',
  declarations: '<portaal-declaration-form>',
  users: '<portaal-user-admin>',
};

export interface DemoSettingsDetail {
  locale?: string;
  theme?: 'light' | 'dark';
}

/**
 * A small insurer portal built from Portaal's tags: header with user and organisation, a menu that
 * follows the user's access, and the content area the widgets fill. Everything it knows comes
 * from the provider above it; it announces changes with events.
 */
export class DemoPortal extends LitElement {
  static override styles = css`
    :host {
      display: block;
      min-height: 100vh;
      background: var(--portaal-color-surface-subtle);
      color: var(--portaal-color-text);
    }
    .skip {
      position: absolute;
      left: var(--portaal-space-4);
      top: -4rem;
      padding: var(--portaal-space-2) var(--portaal-space-4);
      background: var(--portaal-color-surface);
      color: var(--portaal-color-primary);
      border: 0;
      border-radius: var(--portaal-radius-md);
      font: inherit;
      text-decoration: underline;
      z-index: 2;
    }
    .skip:focus {
      top: var(--portaal-space-2);
      outline: var(--portaal-focus-ring-width) solid var(--portaal-color-focus-ring);
    }
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--portaal-space-4);
      padding: var(--portaal-space-2) var(--portaal-space-5);
      background: var(--portaal-color-surface);
      border-bottom: 1px solid var(--portaal-color-border);
    }
    .brand {
      font-weight: 700;
      font-size: var(--portaal-font-size-lg);
      margin: 0;
      margin-inline-end: auto;
    }
    .who {
      display: flex;
      flex-direction: column;
      font-size: var(--portaal-font-size-sm);
      line-height: 1.3;
    }
    .who .org {
      font-weight: 600;
    }
    .muted {
      color: var(--portaal-color-text-muted);
    }
    label {
      display: inline-flex;
      align-items: center;
      gap: var(--portaal-space-1);
      font-size: var(--portaal-font-size-sm);
    }
    select {
      font: inherit;
      color: inherit;
      background: var(--portaal-color-surface);
      border: 1px solid var(--portaal-color-border-strong);
      border-radius: var(--portaal-radius-sm);
      padding: 0.25rem 0.5rem;
      min-height: 2rem;
    }
    select:focus-visible,
    input:focus-visible,
    a:focus-visible {
      outline: var(--portaal-focus-ring-width) solid var(--portaal-color-focus-ring);
      outline-offset: 2px;
    }
    input[type='checkbox'] {
      width: 1.1rem;
      height: 1.1rem;
      accent-color: var(--portaal-color-primary);
    }
    nav ul {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portaal-space-1);
      list-style: none;
      margin: 0;
      padding: var(--portaal-space-2) var(--portaal-space-5);
      background: var(--portaal-color-surface);
      border-bottom: 1px solid var(--portaal-color-border);
    }
    nav a {
      display: inline-block;
      padding: var(--portaal-space-2) var(--portaal-space-4);
      border-radius: var(--portaal-radius-md);
      color: var(--portaal-color-text);
      text-decoration: none;
    }
    nav a:hover {
      background: var(--portaal-color-surface-subtle);
    }
    nav a[aria-current='page'] {
      background: var(--portaal-color-primary);
      color: var(--portaal-color-on-primary);
    }
    main {
      display: grid;
      gap: var(--portaal-space-5);
      max-width: 84rem;
      margin: 0 auto;
      padding: var(--portaal-space-5);
    }
    main.signed-out {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.4fr);
      align-items: start;
    }
    @media (max-width: 760px) {
      main.signed-out {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    section.card {
      background: var(--portaal-color-surface);
      border: 1px solid var(--portaal-color-border);
      border-radius: var(--portaal-radius-lg);
      padding: var(--portaal-space-5);
      min-width: 0;
    }
    h1,
    h2 {
      margin: 0 0 var(--portaal-space-2);
      line-height: 1.25;
    }
    h1 {
      font-size: var(--portaal-font-size-xl);
    }
    h2 {
      font-size: var(--portaal-font-size-lg);
    }
    p {
      margin: 0 0 var(--portaal-space-2);
    }
    .placeholder {
      border: 2px dashed var(--portaal-color-border);
      border-radius: var(--portaal-radius-md);
      padding: var(--portaal-space-6) var(--portaal-space-5);
      text-align: center;
    }
  `;

  /** The mock back end, for the demo accounts' second factors (a visitor's phone and mailbox). */
  backend: MockBackend | null = null;

  private readonly portaal = new PortaalConsumer(this);
  private readonly i18n = new LocalizeController(this);

  @state() private accessor route: MenuItem | null = routeFromHash();
  /** From the password-reset link in the (mock) e-mail: `/reset-password?token=…`. */
  @state() private accessor resetToken = new URLSearchParams(location.search).get('token') ?? '';
  @state() private accessor notice: '' | 'session-expired' | 'logged-out' = '';

  readonly #onHash = () => (this.route = routeFromHash());

  constructor() {
    super();
    // The provider updates the session from these events; the page only picks the notice to show.
    this.addEventListener('portaal-login-success', () => (this.notice = ''));
    this.addEventListener('portaal-logout', () => (this.notice = 'logged-out'));
    this.addEventListener('portaal-session-expired', () => (this.notice = 'session-expired'));
    this.addEventListener('portaal-password-reset', () => {
      this.resetToken = '';
      history.replaceState(null, '', '/');
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.#onHash);
  }

  override disconnectedCallback(): void {
    removeEventListener('hashchange', this.#onHash);
    super.disconnectedCallback();
  }

  protected override render() {
    const { session } = this.portaal.value;
    return html`
      <button class="skip" @click=${this.#skipToContent}>${this.i18n.t('demo.skipLink')}</button>
      ${this.#header(session)} ${session && this.#permittedItems().length ? this.#menu() : nothing}
      <main id="content" tabindex="-1" class=${session ? 'signed-in' : 'signed-out'}>
        ${session ? this.#content() : this.#signedOut()}
      </main>
      <portaal-session-timeout></portaal-session-timeout>
    `;
  }

  #header(session: Session | null) {
    const { locale, theme } = this.portaal.value;
    return html`
      <header>
        <p class="brand">${this.i18n.t('demo.brand')}</p>
        ${session
          ? html`<div class="who">
              ${session.currentOrganisationId
                ? html`<portaal-org-switcher variant="header"></portaal-org-switcher>`
                : html`<span class="org">${this.i18n.t('demo.organisation.none')}</span>`}
              <span class="muted">${this.i18n.t('demo.user', { name: session.user.name })}</span>
            </div>`
          : nothing}
        <label
          >${this.i18n.t('demo.language')}
          <select @change=${(e: Event) => this.#settings({ locale: (e.target as HTMLSelectElement).value })}>
            ${DEMO_LOCALES.map(
              (option) => html`<option value=${option.locale} lang=${option.locale} ?selected=${option.locale === locale}>${option.label}</option>`,
            )}
          </select>
        </label>
        <label
          ><input
            type="checkbox"
            .checked=${theme === 'dark'}
            @change=${(e: Event) => this.#settings({ theme: (e.target as HTMLInputElement).checked ? 'dark' : 'light' })}
          />${this.i18n.t('demo.theme')}</label
        >
        ${session ? html`<portaal-button size="sm" @click=${this.#logout}>${this.i18n.t('demo.logout')}</portaal-button>` : nothing}
      </header>
    `;
  }

  #menu() {
    const permitted = this.#permittedItems();
    return html`<nav aria-label=${this.i18n.t('demo.menu')}>
      <ul>
        ${permitted.map(
          (item) =>
            html`<li>
              <a href="#/${item}" aria-current=${item === this.#requestedRoute() ? 'page' : 'false'}>${this.i18n.t(`demo.menu.${item}`)}</a>
            </li>`,
        )}
      </ul>
    </nav>`;
  }

  /** The menu items the current membership permits, in the portal's order. */
  #permittedItems(): MenuItem[] {
    const menu = this.portaal.value.membership?.menu ?? [];
    return MENU_ITEMS.filter((item) => item !== 'users' && menu.includes(item));
  }

  /** The page in the address bar; without one, the first page the membership permits. */
  #requestedRoute(): MenuItem {
    return this.route ?? this.#permittedItems()[0] ?? 'my-data';
  }

  #content() {
    const { session } = this.portaal.value;
    if (!session?.currentOrganisationId) {
      return html`<section class="card" aria-labelledby="page-title">
        <h1 id="page-title">${this.i18n.t('demo.organisation.choose')}</h1>
        <portaal-org-switcher @portaal-org-change=${this.#focusContent}></portaal-org-switcher>
      </section>`;
    }
    const route = this.#requestedRoute();
    return html`<section aria-labelledby="page-title">
      <h1 id="page-title">${this.i18n.t(`demo.menu.${route}`)}</h1>
      ${this.portaal.permits(route) ? this.#page(route) : html`<portaal-no-access item=${route}></portaal-no-access>`}
    </section>`;
  }

  #page(route: MenuItem) {
    switch (route) {
      case 'my-data':
        return html`<portaal-org-details></portaal-org-details>`;
      case 'policies':
        return html`<portaal-policy-table
          policy=${policyFromHash() ?? nothing}
          @portaal-documents-open=${(e: CustomEvent<{ policyId: string }>) =>
            history.replaceState(null, '', `#/policies/${encodeURIComponent(e.detail.policyId)}`)}
          @portaal-documents-close=${() => history.replaceState(null, '', '#/policies')}
        ></portaal-policy-table>`;
      default:
        return this.#placeholder(PLACES[route]);
    }
  }

  #placeholder(tag: string) {
    return html`<div class="placeholder">
      <p>${this.i18n.t('demo.place', { tag })}</p>
      <p class="muted">${this.i18n.t('demo.place.note')}</p>
    </div>`;
  }

  #signedOut() {
    return html`
      <portaal-login
        heading-level="1"
        reset-token=${this.resetToken}
        notice=${this.notice}
        support-href="mailto:support@portaal.example"
      ></portaal-login>
      <demo-visitor-panel .backend=${this.backend} @demo-open-link=${(e: CustomEvent<{ token: string }>) => (this.resetToken = e.detail.token)}></demo-visitor-panel>
    `;
  }

  async #logout() {
    await this.portaal.adapter?.auth.logout().catch(() => undefined);
    emit(this, 'portaal-logout', {});
  }

  #settings(detail: DemoSettingsDetail) {
    emit(this, 'demo-settings-change', detail);
  }

  /** A button, not a link: the page lives in a shadow root, where `#content` does not resolve. */
  #skipToContent() {
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  }

  /** After the picker disappears, focus goes to the page instead of dropping to the body. */
  readonly #focusContent = async () => {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  };
}

function routeFromHash(): MenuItem | null {
  const item = location.hash.replace(/^#\/?/, '').split('/')[0] ?? '';
  return (MENU_ITEMS as readonly string[]).includes(item) ? (item as MenuItem) : null;
}

/** `#/policies/<id>` deep-links to that policy's documents. */
function policyFromHash(): string | null {
  const match = /^#\/policies\/([^/]+)/.exec(location.hash);
  return match ? decodeURIComponent(match[1]!) : null;
}

customElements.define('demo-portal', DemoPortal);

declare global {
  interface HTMLElementTagNameMap {
    'demo-portal': DemoPortal;
  }
  interface GlobalEventHandlersEventMap {
    'demo-settings-change': CustomEvent<DemoSettingsDetail>;
  }
}
