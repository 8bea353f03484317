import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController, emit } from '@portaal/core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type MockBackend, type SentEmail } from '@portaal/mock';

export interface DemoOpenLinkDetail {
  token: string;
}

/**
 * What a visitor of the demo needs to log in: the demo accounts, the code each account's
 * authenticator app would show right now, and the mailbox where e-mail codes and reset links arrive.
 * Demo-only: a real portal has none of this.
 */
export class DemoVisitorPanel extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      gap: var(--portaal-space-5);
    }
    section {
      background: var(--portaal-color-surface);
      border: 1px solid var(--portaal-color-border);
      border-radius: var(--portaal-radius-lg);
      padding: var(--portaal-space-5);
      min-width: 0;
    }
    h2 {
      margin: 0 0 var(--portaal-space-2);
      font-size: var(--portaal-font-size-lg);
    }
    p {
      margin: 0 0 var(--portaal-space-2);
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      gap: var(--portaal-space-1) var(--portaal-space-4);
      align-items: center;
      padding: var(--portaal-space-2) 0;
      border-top: 1px solid var(--portaal-color-border);
    }
    .name {
      font-weight: 600;
    }
    .small {
      font-size: var(--portaal-font-size-sm);
    }
    .muted {
      color: var(--portaal-color-text-muted);
    }
    code {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      overflow-wrap: anywhere;
    }
    .code {
      font-size: var(--portaal-font-size-lg);
      letter-spacing: 0.1em;
      font-variant-numeric: tabular-nums;
      text-align: end;
    }
    .code small {
      display: block;
      font-size: var(--portaal-font-size-sm);
      letter-spacing: normal;
      color: var(--portaal-color-text-muted);
    }
  `;

  @property({ attribute: false }) accessor backend: MockBackend | null = null;

  @state() private accessor codes = new Map<string, string>();
  @state() private accessor outbox: readonly SentEmail[] = [];
  @state() private accessor secondsLeft = 30;

  private readonly i18n = new LocalizeController(this);
  #timer: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#refresh();
    // Once a second: the codes roll over every 30 s and mail may arrive at any time.
    this.#timer = setInterval(() => void this.#refresh(), 1000);
  }

  override disconnectedCallback(): void {
    clearInterval(this.#timer);
    super.disconnectedCallback();
  }

  async #refresh() {
    const backend = this.backend;
    if (!backend) return;
    const codes = new Map<string, string>();
    for (const account of DEMO_ACCOUNTS) {
      const code = await backend.debugTotpCode(account.email);
      if (code) codes.set(account.email, code);
    }
    this.codes = codes;
    this.secondsLeft = 30 - (Math.floor(backend.now() / 1000) % 30);
    if (backend.debugOutbox.length !== this.outbox.length) this.outbox = [...backend.debugOutbox].reverse();
  }

  protected override render() {
    return html`${this.#accounts()} ${this.#mailbox()}`;
  }

  #accounts() {
    return html`<section aria-labelledby="accounts-title">
      <h2 id="accounts-title">${this.i18n.t('demo.accounts.title')}</h2>
      <p>${this.i18n.t('demo.accounts.intro')}</p>
      <p>${this.i18n.t('demo.accounts.password')}: <code>${DEMO_PASSWORD}</code></p>
      <ul>
        ${DEMO_ACCOUNTS.map((account) => {
          const code = this.codes.get(account.email);
          const factors = account.secondFactors.length
            ? account.secondFactors.map((factor) => this.i18n.t(`demo.factor.${factor}`)).join(', ')
            : this.i18n.t('demo.factor.none');
          return html`<li>
            <div>
              <div class="name">${account.name}</div>
              <div class="small"><code>${account.email}</code></div>
              <div class="small muted">${this.i18n.t(`demo.account.${account.key}`)} · ${factors}</div>
            </div>
            ${code
              ? html`<div class="code" aria-label=${this.i18n.t('demo.accounts.code', { name: account.name, code })}>
                  <code>${code}</code><small>${this.i18n.t('demo.accounts.codeValid', { count: this.secondsLeft })}</small>
                </div>`
              : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  #mailbox() {
    return html`<section aria-labelledby="mailbox-title">
      <h2 id="mailbox-title">${this.i18n.t('demo.mailbox.title')}</h2>
      <p class="muted">${this.i18n.t('demo.mailbox.intro')}</p>
      ${this.outbox.length === 0
        ? html`<p>${this.i18n.t('demo.mailbox.empty')}</p>`
        : html`<ul aria-live="polite">
            ${this.outbox.map(
              (mail) => html`<li>
                <div>
                  <div class="name">${mail.subject}</div>
                  <div class="small"><code>${mail.to}</code> · ${this.i18n.dateTime(mail.sentAt)}</div>
                </div>
                ${mail.code ? html`<div class="code"><code>${mail.code}</code></div>` : nothing}
                ${mail.token
                  ? html`<portaal-button size="sm" @click=${() => emit<DemoOpenLinkDetail>(this, 'demo-open-link', { token: mail.token! })}
                      >${this.i18n.t('demo.mailbox.openLink')}</portaal-button
                    >`
                  : nothing}
              </li>`,
            )}
          </ul>`}
    </section>`;
  }
}

customElements.define('demo-visitor-panel', DemoVisitorPanel);

declare global {
  interface HTMLElementTagNameMap {
    'demo-visitor-panel': DemoVisitorPanel;
  }
  interface GlobalEventHandlersEventMap {
    'demo-open-link': CustomEvent<DemoOpenLinkDetail>;
  }
}
