import { Task, TaskStatus, initialState } from '@lit/task';
import {
  spinnerIcon,
  statusIcon,
  LocalizeController,
  PortaalConsumer,
  isPortaalError,
  registerTokens,
  type Adapter,
  type Address,
  type Contact,
  type Organisation,
} from '@portaal/core';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { registerOrgSwitcherMessages } from '../messages.js';
import { orgDetailsStyles } from './org-details.styles.js';

/** Headings h1…h6, built once; the level is clamped, never taken as text from outside. */
const HEADING_TAGS = [1, 2, 3, 4, 5, 6].map((level) => unsafeStatic(`h${level}`));

/** The order addresses appear in, whatever order the back end sends them in. */
const ADDRESS_ORDER: readonly Address['kind'][] = ['registered', 'postal', 'billing', 'site'];

/** `+32 3 541 22 10` → `tel:+3235412210`. */
function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

const icons = {
  mail: html`<svg class="icon" viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" aria-hidden="true">
    <rect x="2.5" y="4.5" width="15" height="11" rx="1.5"></rect><path d="m3 5.5 7 5.5 7-5.5"></path>
  </svg>`,
  phone: html`<svg class="icon" viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" aria-hidden="true">
    <path d="M5.2 2.75h2.3l1.2 3.6-1.75 1.1a9.5 9.5 0 0 0 4.6 4.6l1.1-1.75 3.6 1.2v2.3a1.5 1.5 0 0 1-1.6 1.5A13.5 13.5 0 0 1 3.7 4.35a1.5 1.5 0 0 1 1.5-1.6Z"></path>
  </svg>`,
  error: statusIcon('danger', 'icon'),
  spinner: spinnerIcon('icon spinner'),
};

/**
 * "My data": the current organisation's details — name, enterprise number (`0123.456.789`), the
 * user's access level, addresses by kind, contact persons (with mailto and tel links) and the
 * intermediary with their FSMA number.
 *
 * Loads through `adapter.organisations.get` with an AbortSignal: when the organisation changes,
 * the request for the previous one is cancelled and the new one loaded. Shows a loading state
 * (`aria-busy`), an error with Retry, "no organisation chosen", and <portaal-no-access> when the
 * membership does not permit `my-data` (or the back end answers `forbidden`).
 *
 * @csspart base - the wrapper (carries `aria-busy` while loading).
 * @csspart card - each block (organisation, addresses, contacts, intermediary).
 * @csspart heading - the blocks' headings.
 * @csspart status - loading, error and empty messages.
 */
export class PortaalOrgDetails extends LitElement {
  static override styles = orgDetailsStyles;

  /** An adapter of its own, to use the element without a provider; the provider's otherwise. */
  @property({ attribute: false }) accessor adapter: Adapter | null = null;
  /** Show this organisation instead of the session's current one. */
  @property({ attribute: 'organisation-id' }) accessor organisationId = '';
  /** Level of the blocks' headings (1–6), to fit the page's outline; default 2. */
  @property({ type: Number, attribute: 'heading-level' }) accessor headingLevel = 2;

  private readonly portaal = new PortaalConsumer(this);
  private readonly i18n = new LocalizeController(this);
  /** Retry asks the back end again, even when the provider already holds the organisation. */
  private fresh = false;

  private readonly details = new Task(this, {
    task: async ([adapter, id, permitted, _user], { signal }): Promise<Organisation | null | typeof initialState> => {
      if (!adapter || !permitted) return initialState;
      const withProvider = this.i18n.context !== undefined;
      const session = this.portaal.value.session;
      if (withProvider && !session) return initialState; // nobody logged in (yet): nothing to show
      if (!id && session) return null; // logged in, no organisation chosen yet
      let organisationId = id;
      if (!organisationId && !withProvider) {
        // Used alone: the back end knows which organisation is current.
        organisationId = (await adapter.auth.getSession({ signal }))?.currentOrganisationId ?? null;
      }
      if (!organisationId) return null;
      const provided = this.portaal.value.organisation;
      const fresh = this.fresh;
      this.fresh = false;
      if (!fresh && provided?.id === organisationId) return provided;
      return adapter.organisations.get(organisationId, { signal });
    },
    // The user is an argument too: the same organisation-id loads again once someone logs in.
    args: () => [this.portaal.adapter, this.targetId, this.permitted, this.portaal.value.session?.user.id ?? null] as const,
  });

  constructor() {
    super();
    registerTokens();
    registerOrgSwitcherMessages();
  }

  /** The organisation to show: the attribute's, else the session's current one. */
  private get targetId(): string | null {
    return this.organisationId || this.portaal.value.session?.currentOrganisationId || null;
  }

  /**
   * Whether the membership for the organisation shown permits "My data". Without an organisation
   * there is no membership to ask (that is "none chosen", not "no access"); without a session
   * (used alone) the back end judges, and a `forbidden` answer shows "no access" too.
   */
  private get permitted(): boolean {
    const id = this.targetId;
    const session = this.portaal.value.session;
    if (!id || !session) return true;
    if (id === session.currentOrganisationId) return this.portaal.permits('my-data');
    return session.memberships.some((membership) => membership.organisationId === id && membership.menu.includes('my-data'));
  }

  /**
   * The details' texts load per language: wait for them rather than show keys or
   * another language. The details load meanwhile.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.i18n.whenReady(
      () => super.scheduleUpdate(),
      () => this.details.hostUpdate(),
    );
  }

  protected override render() {
    if (!this.permitted) return this.renderNoAccess();
    const status = this.details.status;
    if (status === TaskStatus.ERROR && isPortaalError(this.details.error, 'forbidden')) return this.renderNoAccess();
    if (status === TaskStatus.INITIAL && (!this.portaal.adapter || (this.i18n.context && !this.portaal.value.session))) return nothing;
    const busy = status === TaskStatus.PENDING || status === TaskStatus.INITIAL;
    return html`<div class="base" part="base" aria-busy=${busy ? 'true' : 'false'}>
      ${busy
        ? this.renderLoading()
        : status === TaskStatus.ERROR
          ? this.renderError()
          : this.details.value
            ? this.renderDetails(this.details.value)
            : html`<p class="status empty" part="status">${this.i18n.t('orgDetails.noOrganisation')}</p>`}
    </div>`;
  }

  private renderNoAccess() {
    return html`<portaal-no-access item="my-data" organisation=${this.portaal.value.organisation?.name ?? ''}></portaal-no-access>`;
  }

  private renderLoading() {
    return html`<p class="status loading" part="status">${icons.spinner}<span>${this.i18n.t('orgDetails.loading')}</span></p>
      <div class="grid skeleton" aria-hidden="true">
        ${[3, 2, 3, 2].map(
          (lines) => html`<div class="card">
            <span class="bone title"></span>
            ${Array.from({ length: lines }, () => html`<span class="bone"></span>`)}
          </div>`,
        )}
      </div>`;
  }

  private renderError() {
    return html`<div class="error" part="status" role="alert">
      ${icons.error}
      <div>
        <p>${this.i18n.t('orgDetails.loadFailed')} ${this.i18n.error(this.details.error)}</p>
        <portaal-button size="sm" @click=${this.retry}>${this.i18n.t('action.retry')}</portaal-button>
      </div>
    </div>`;
  }

  private readonly retry = (): void => {
    this.fresh = true;
    void this.details.run();
  };

  private heading(text: string): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    const tag = HEADING_TAGS[level - 1];
    return staticHtml`<${tag} class="heading" part="heading">${text}</${tag}>`;
  }

  private renderDetails(organisation: Organisation) {
    const membership = this.portaal.value.session?.memberships.find((m) => m.organisationId === organisation.id);
    const addresses = [...organisation.addresses].sort((a, b) => ADDRESS_ORDER.indexOf(a.kind) - ADDRESS_ORDER.indexOf(b.kind));
    return html`<div class="grid">
        <section class="card identity" part="card">
          ${this.heading(this.i18n.t('orgDetails.identity'))}
          <dl>
            <div>
              <dt>${this.i18n.t('orgDetails.name')}</dt>
              <dd class="org-name" dir="auto">${organisation.name}</dd>
            </div>
            <div>
              <dt>${this.i18n.t('label.enterpriseNumber')}</dt>
              <dd class="number">${this.i18n.enterpriseNumber(organisation.enterpriseNumber)}</dd>
            </div>
            ${membership
              ? html`<div>
                  <dt>${this.i18n.t('orgDetails.yourAccess')}</dt>
                  <dd><span class="access ${membership.access}">${this.i18n.t(`access.${membership.access}`)}</span></dd>
                </div>`
              : nothing}
          </dl>
        </section>

        <section class="card" part="card">
          ${this.heading(this.i18n.t('orgDetails.addresses'))}
          <ul class="entries">
            ${addresses.map((address) => html`<li>${this.renderAddress(address)}</li>`)}
          </ul>
        </section>

        <section class="card" part="card">
          ${this.heading(this.i18n.t('orgDetails.contacts'))}
          ${organisation.contacts.length
            ? html`<ul class="entries">
                ${organisation.contacts.map((contact) => html`<li>${this.renderContact(contact)}</li>`)}
              </ul>`
            : html`<p class="muted">${this.i18n.t('orgDetails.noContacts')}</p>`}
        </section>

        <section class="card" part="card">
          ${this.heading(this.i18n.t('orgDetails.intermediary'))}
          ${organisation.intermediary
            ? html`<div class="entry">
                <p class="person" dir="auto">${organisation.intermediary.name}</p>
                ${organisation.intermediary.fsmaNumber
                  ? html`<p class="muted">
                      ${this.i18n.t('orgDetails.fsmaNumber')}
                      <span class="number">${this.i18n.enterpriseNumber(organisation.intermediary.fsmaNumber)}</span>
                    </p>`
                  : nothing}
                ${this.renderReach(organisation.intermediary)}
              </div>`
            : html`<p class="muted">${this.i18n.t('orgDetails.noIntermediary')}</p>`}
        </section>
      </div>
      <p class="outdated">${this.i18n.t('orgDetails.outdated')}</p>`;
  }

  private renderAddress(address: Address) {
    const box = address.box ? ` ${this.i18n.t('orgDetails.address.box', { box: address.box })}` : '';
    const country = address.country.toUpperCase() === 'BE' ? '' : this.countryName(address.country);
    return html`<p class="kind">${this.i18n.t(`orgDetails.address.${address.kind}`)}</p>
      <p class="lines" dir="auto">
        <span>${address.street} ${address.number}${box}</span>
        <span>${address.postalCode} ${address.city}</span>
        ${country ? html`<span>${country}</span>` : nothing}
      </p>`;
  }

  private renderContact(contact: Contact) {
    return html`<p class="person" dir="auto">${contact.name}</p>
      ${contact.role ? html`<p class="muted" dir="auto">${contact.role}</p>` : nothing} ${this.renderReach(contact)}`;
  }

  /** E-mail and phone as links, each with its label for screen readers. */
  private renderReach(who: { email?: string | undefined; phone?: string | undefined }) {
    if (!who.email && !who.phone) return nothing;
    return html`<ul class="reach">
      ${who.email
        ? html`<li>
            ${icons.mail}<span class="visually-hidden">${this.i18n.t('orgDetails.email')}: </span
            ><a href="mailto:${who.email}">${who.email}</a>
          </li>`
        : nothing}
      ${who.phone
        ? html`<li>
            ${icons.phone}<span class="visually-hidden">${this.i18n.t('orgDetails.phone')}: </span
            ><a href=${telHref(who.phone)}>${who.phone}</a>
          </li>`
        : nothing}
    </ul>`;
  }

  private countryName(code: string): string {
    try {
      return new Intl.DisplayNames([this.i18n.locale], { type: 'region' }).of(code.toUpperCase()) ?? code;
    } catch {
      return code;
    }
  }
}
