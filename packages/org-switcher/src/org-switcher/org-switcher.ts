import { Task, TaskStatus, initialState } from '@lit/task';
import {
  spinnerIcon,
  statusIcon,
  LocalizeController,
  PortaalConsumer,
  announce,
  emit,
  isAbortError,
  registerTokens,
  type Adapter,
  type Membership,
  type Organisation,
  type Session,
  type SessionChangeDetail,
} from '@portaal/core';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { filterOrganisations } from '../filter.js';
import { registerOrgSwitcherMessages } from '../messages.js';
import { orgSwitcherStyles } from './org-switcher.styles.js';

/** What `portaal-org-change` carries: the new and previous organisation, and the session after the switch. */
export interface OrgChangeDetail {
  id: string;
  previousId: string | null;
  session: Session;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portaal-org-change': CustomEvent<OrgChangeDetail>;
  }
}

/** `page`: the picker after login (or a settings page). `header`: the compact switcher in the portal header. */
export type OrgSwitcherVariant = 'page' | 'header';
/** `auto`: a list of buttons up to {@link ORG_LIST_LIMIT} organisations, a combobox above. */
export type OrgSwitcherChooser = 'auto' | 'list' | 'combobox';

/** Up to this many organisations the page variant shows them all as buttons; more get a combobox. */
export const ORG_LIST_LIMIT = 8;

interface SwitchFailure {
  name: string;
  error: unknown;
}

/** The (translated) state of the "default profile" controls. */
type DefaultState = 'none' | 'current' | 'other' | 'stale';

const icons = {
  search: html`<svg class="icon" viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" aria-hidden="true">
    <circle cx="8.75" cy="8.75" r="5.25"></circle><path d="m16.5 16.5-3.9-3.9"></path>
  </svg>`,
  chevron: html`<svg class="icon" viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
    <path d="m5.5 8 4.5 4.5L14.5 8"></path>
  </svg>`,
  building: html`<svg class="icon" viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" aria-hidden="true">
    <path d="M3.5 17.5v-13l7-2v15M10.5 7.5l6 2v8M2 17.5h16"></path><path d="M6 7.5h2M6 10.5h2M6 13.5h2M13 11.5h1.5M13 14.5h1.5" stroke-linecap="round"></path>
  </svg>`,
  next: html`<svg class="icon next" viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
    <path d="m8 5.5 4.5 4.5L8 14.5"></path>
  </svg>`,
  check: html`<svg class="icon check" viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
    <path d="m4.5 10.5 3.5 3.5 7.5-8"></path>
  </svg>`,
  star: (filled: boolean) => html`<svg class="icon star" viewBox="0 0 20 20" fill=${filled ? 'currentColor' : 'none'} stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" aria-hidden="true">
    <path d="m10 2.75 2.2 4.6 5.05.65-3.7 3.5.95 5-4.5-2.45-4.5 2.45.95-5-3.7-3.5 5.05-.65L10 2.75Z"></path>
  </svg>`,
  warning: statusIcon('warning', 'icon'),
  error: statusIcon('danger', 'icon'),
  spinner: spinnerIcon('icon spinner'),
};

/**
 * Chooses the organisation the user works for: the picker after login and the switcher in the
 * portal header. Talks to `adapter.organisations` (`list`, `select`, `setDefault`) and tells the
 * page with events; the nearest <portaal-provider> takes the new session from them.
 *
 * - `variant="page"`: a short list of buttons (a combobox above {@link ORG_LIST_LIMIT} organisations),
 *   the "default profile" controls, and a message when the default profile is no longer one of the
 *   user's organisations. When no organisation is current and the session names a valid default
 *   (or the user has only one organisation), it is loaded at once, without showing a list.
 * - `variant="header"`: a combobox showing the current organisation, plus a toggle that makes it
 *   the default profile.
 *
 * The combobox follows the WAI-ARIA combobox pattern (list autocomplete, manual selection): focus
 * stays in the input; Down/Up (Alt+Down opens, Alt+Up closes), Home/End while the list is open,
 * Enter chooses, Escape closes the list and then restores the text. Typing filters by name and
 * enterprise number, ignoring case, accents and dots; the number of results is announced.
 *
 * A switch emits exactly one `portaal-org-change`; choosing the current organisation emits
 * nothing; a refused switch keeps the current organisation and what the user typed, and says why.
 *
 * @event portaal-org-change - the user switched organisation; detail `{ id, previousId, session }`.
 * @event portaal-session-update - the default profile changed; detail `{ session }`.
 * @csspart base - the wrapper.
 * @csspart notice - the message about a default profile that is no longer available.
 * @csspart intro - the sentence above the picker.
 * @csspart list - the list of organisation buttons (page variant, few organisations).
 * @csspart option - an organisation: a button in the list, an option in the combobox.
 * @csspart label - the combobox label.
 * @csspart control - the box around the input and the toggle.
 * @csspart input - the combobox input.
 * @csspart toggle - the button that opens the list.
 * @csspart popup - what opens under the input (listbox or "no matches"), in the top layer so a
 *   header's `overflow: hidden` cannot clip it; `::part(popup) { width: … }` sets its width.
 * @csspart listbox
 * @csspart status - feedback: switching, errors.
 * @csspart default - the default profile group (page variant).
 * @csspart default-toggle - the default profile toggle (header variant).
 */
export class PortaalOrgSwitcher extends LitElement {
  static override styles = orgSwitcherStyles;

  /** An adapter of its own, to use the element without a provider; the provider's otherwise. */
  @property({ attribute: false }) accessor adapter: Adapter | null = null;
  @property({ reflect: true }) accessor variant: OrgSwitcherVariant = 'page';
  /** How the page variant offers the organisations; the header variant always uses the combobox. */
  @property({ reflect: true }) accessor chooser: OrgSwitcherChooser = 'auto';

  /** What the user typed since the combobox last showed the current organisation; null: nothing. */
  @state() private accessor query: string | null = null;
  @state() private accessor open = false;
  /** Index into the filtered organisations of the option with visual focus; -1: none. */
  @state() private accessor active = -1;
  @state() private accessor switchingId: string | null = null;
  @state() private accessor automatic = false;
  @state() private accessor switchFailure: SwitchFailure | null = null;
  @state() private accessor defaultBusy = false;
  @state() private accessor defaultError: unknown = null;
  @state() private accessor remember = false;
  /** Without a provider: the session this element loaded or received. */
  @state() private accessor ownSession: Session | null = null;

  @query('#input') private accessor input!: HTMLInputElement | null;

  private readonly portaal = new PortaalConsumer(this);
  private readonly i18n = new LocalizeController(this);
  private filtered: Organisation[] = [];
  private filteredFrom: { organisations: readonly Organisation[]; query: string } | null = null;
  /** The user for whom the automatic choice (default profile, single organisation) was tried. */
  private automaticFor: string | null = null;
  private focusDefaultAction = false;

  private readonly organisations = new Task(this, {
    task: async ([adapter, withProvider, _user, _memberships], { signal }) => {
      if (!adapter) return initialState;
      if (!withProvider) {
        this.ownSession = await adapter.auth.getSession({ signal });
        if (!this.ownSession) return initialState;
      } else if (!this.portaal.value.session) {
        return initialState;
      }
      const list = await adapter.organisations.list({ signal });
      const collator = new Intl.Collator(this.i18n.locale, { sensitivity: 'base', numeric: true });
      return [...list].sort((a, b) => collator.compare(a.name, b.name));
    },
    args: () => {
      const session = this.portaal.value.session;
      return [
        this.portaal.adapter,
        this.withProvider,
        session?.user.id ?? null,
        session?.memberships.map((membership) => membership.organisationId).join(' ') ?? '',
      ] as const;
    },
  });

  constructor() {
    super();
    registerTokens();
    registerOrgSwitcherMessages();
  }

  // --- What the element knows -----------------------------------------------------------------

  /** True under a <portaal-provider>: it owns the session, this element only reports changes. */
  private get withProvider(): boolean {
    return this.i18n.context !== undefined;
  }

  private get session(): Session | null {
    return this.withProvider ? this.portaal.value.session : this.ownSession;
  }

  private get list(): Organisation[] {
    return this.organisations.status === TaskStatus.COMPLETE ? (this.organisations.value ?? []) : [];
  }

  private get currentId(): string | null {
    return this.session?.currentOrganisationId ?? null;
  }

  private get current(): Organisation | null {
    const id = this.currentId;
    if (!id) return null;
    const provided = this.portaal.value.organisation;
    return this.list.find((organisation) => organisation.id === id) ?? (provided?.id === id ? provided : null);
  }

  private membership(id: string): Membership | undefined {
    return this.session?.memberships.find((membership) => membership.organisationId === id);
  }

  private get defaultState(): DefaultState {
    const session = this.session;
    const id = session?.defaultOrganisationId ?? null;
    if (!session || !id) return 'none';
    if (!this.membership(id)) return 'stale';
    return id === this.currentId ? 'current' : 'other';
  }

  private get mode(): 'list' | 'combobox' {
    if (this.variant === 'header') return 'combobox';
    if (this.chooser !== 'auto') return this.chooser;
    return this.list.length > ORG_LIST_LIMIT ? 'combobox' : 'list';
  }

  // --- Lifecycle ------------------------------------------------------------------------------

  /**
   * The switcher's texts load per language: wait for them rather than show keys or
   * another language. The organisations load meanwhile.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.i18n.whenReady(
      () => super.scheduleUpdate(),
      () => this.organisations.hostUpdate(),
    );
  }

  protected override willUpdate(): void {
    const organisations = this.list;
    const text = this.query ?? '';
    if (this.filteredFrom?.organisations !== organisations || this.filteredFrom.query !== text) {
      this.filtered = filterOrganisations(organisations, text);
      this.filteredFrom = { organisations, query: text };
      if (this.active >= this.filtered.length) this.active = -1;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.placePopup(); // no longer connected: stops following the page
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('active') && this.active >= 0) {
      this.renderRoot.querySelector(`#option-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    }
    if (changed.has('open')) this.placePopup();
    if (this.focusDefaultAction) {
      this.focusDefaultAction = false;
      void this.focusFirstDefaultAction();
    }
    this.chooseAutomatically();
  }

  /** After setting or clearing the default the pressed button is gone: focus the one that replaced it. */
  private async focusFirstDefaultAction(): Promise<void> {
    const action = this.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('[data-default-action]');
    if (!action) return;
    await action.updateComplete;
    action.focus();
  }

  /**
   * Loads the default profile (or the only organisation) when no organisation is current, as the
   * back end would at login; the picker then never shows. Tried once per user, so a refusal shows
   * the picker with the reason instead of looping.
   */
  private chooseAutomatically(): void {
    const session = this.session;
    if (this.variant !== 'page' || !session || session.currentOrganisationId || this.switchingId) return;
    if (this.organisations.status !== TaskStatus.COMPLETE || this.automaticFor === session.user.id) return;
    const list = this.list;
    const target =
      (this.defaultState === 'other' ? list.find((organisation) => organisation.id === session.defaultOrganisationId) : undefined) ??
      (list.length === 1 ? list[0] : undefined);
    this.automaticFor = session.user.id;
    // After this update, not inside it: choose() changes state at once.
    if (target) queueMicrotask(() => void this.choose(target, true));
  }

  // --- Rendering ------------------------------------------------------------------------------

  protected override render() {
    const session = this.session;
    if (!session && this.organisations.status !== TaskStatus.PENDING) return nothing;
    return this.variant === 'header' ? this.renderHeader() : this.renderPage();
  }

  private renderPage() {
    const status = this.organisations.status;
    if (status === TaskStatus.PENDING || status === TaskStatus.INITIAL || this.automatic) {
      const name = this.automatic ? this.list.find((organisation) => organisation.id === this.switchingId)?.name : undefined;
      return html`<div class="base page" part="base" aria-busy="true">
        <p class="loading" part="status">${icons.spinner}<span>${name ? this.i18n.t('orgSwitcher.autoLoading', { name }) : this.i18n.t('orgSwitcher.loading')}</span></p>
        ${name ? nothing : html`<div class="skeleton" aria-hidden="true">${[0, 1, 2].map(() => html`<span class="bone"></span>`)}</div>`}
      </div>`;
    }
    if (status === TaskStatus.ERROR) return html`<div class="base page" part="base">${this.renderLoadError()}</div>`;
    const list = this.list;
    return html`<div class="base page" part="base">
      ${this.defaultState === 'stale' && !this.currentId
        ? html`<div class="notice warning" part="notice">${icons.warning}<p>${this.i18n.t('orgSwitcher.staleDefault')}</p></div>`
        : nothing}
      ${list.length === 0
        ? html`<p class="empty-account">${this.i18n.t('orgSwitcher.none')}</p>`
        : // One template either way, so the input (and focus in it) survives the first choice.
          // Before that choice, the "remember" box comes first: it is seen (and tabbed to) before picking.
          html`${this.currentId ? nothing : html`<p class="intro" part="intro">${this.i18n.t('orgSwitcher.intro')}</p>`}
          ${this.currentId || list.length < 2 ? nothing : this.renderRemember()} ${this.renderChooser()} ${this.renderDefault()}`}
    </div>`;
  }

  private renderChooser() {
    return html`${this.mode === 'list' ? this.renderList() : this.renderCombobox()} ${this.renderSwitchStatus()}`;
  }

  /** Before the first choice: apply the choice as default profile too. */
  private renderRemember() {
    return html`<label class="remember" part="remember">
        <input type="checkbox" .checked=${this.remember} @change=${(event: Event) => (this.remember = (event.target as HTMLInputElement).checked)} />
        <span>${this.i18n.t('orgSwitcher.default.remember')}</span>
      </label>
      ${this.defaultError
        ? html`<div class="default-error" role="alert">
            ${icons.error}<p>${this.i18n.t('orgSwitcher.default.failed', { reason: this.i18n.error(this.defaultError) })}</p>
          </div>`
        : nothing}`;
  }

  private renderHeader() {
    const status = this.organisations.status;
    const list = this.list;
    const current = this.current;
    if (status === TaskStatus.COMPLETE && list.length === 1 && current) {
      return html`<div class="base header" part="base">
        <span class="single" part="single" dir="auto">${current.name}</span>
      </div>`;
    }
    return html`<div class="base header" part="base">
      <div class="header-row">
        ${this.renderCombobox()} ${status === TaskStatus.COMPLETE && current ? this.renderDefaultToggle(current) : nothing}
      </div>
      ${this.renderSwitchStatus()}
    </div>`;
  }

  private renderLoadError() {
    return html`<div class="notice error" part="status" role="alert">
      ${icons.error}
      <div>
        <p>${this.i18n.t('orgSwitcher.loadFailed')} ${this.i18n.error(this.organisations.error)}</p>
        <portaal-button size="sm" @click=${() => void this.organisations.run()}>${this.i18n.t('action.retry')}</portaal-button>
      </div>
    </div>`;
  }

  /** Few organisations: every one is a button; the current one says so. */
  private renderList() {
    return html`<ul class="cards" part="list" aria-label=${this.i18n.t('orgSwitcher.listLabel')}>
      ${this.list.map((organisation) => {
        const current = organisation.id === this.currentId;
        const switching = organisation.id === this.switchingId;
        return html`<li>
          <button
            type="button"
            class="card"
            part="option"
            aria-current=${current ? 'true' : nothing}
            aria-busy=${switching ? 'true' : nothing}
            aria-disabled=${this.switchingId && !switching ? 'true' : nothing}
            @click=${() => void this.choose(organisation)}
          >
            ${this.renderOrganisation(organisation)} ${switching ? icons.spinner : current ? icons.check : icons.next}
          </button>
        </li>`;
      })}
    </ul>`;
  }

  /** Name, enterprise number, city and tags; the same in list buttons and combobox options. */
  private renderOrganisation(organisation: Organisation) {
    const current = organisation.id === this.currentId;
    const isDefault = organisation.id === this.session?.defaultOrganisationId;
    const restricted = this.membership(organisation.id)?.access === 'restricted';
    const city = organisation.addresses[0]?.city;
    const sep = html`<span class="visually-hidden">, </span>`;
    return html`<span class="org">
      <span class="name" dir="auto">${organisation.name}</span>
      <span class="meta"
        >${sep}<span class="visually-hidden">${this.i18n.t('label.enterpriseNumber')} </span
        ><span class="number">${this.i18n.enterpriseNumber(organisation.enterpriseNumber)}</span>${city
          ? html`<span aria-hidden="true"> · </span>${sep}<span dir="auto">${city}</span>`
          : nothing}</span
      >
      ${current || isDefault || restricted
        ? html`<span class="tags">
            ${current ? html`${sep}<span class="tag tag-current">${this.i18n.t('orgSwitcher.current')}</span>` : nothing}
            ${isDefault ? html`${sep}<span class="tag tag-default">${icons.star(true)}${this.i18n.t('orgSwitcher.defaultTag')}</span>` : nothing}
            ${restricted ? html`${sep}<span class="tag tag-restricted">${this.i18n.t('access.restricted')}</span>` : nothing}
          </span>`
        : nothing}
    </span>`;
  }

  private renderCombobox() {
    const header = this.variant === 'header';
    const loaded = this.organisations.status === TaskStatus.COMPLETE;
    const options = this.filtered;
    const expanded = this.open && loaded && options.length > 0;
    const value = this.query ?? this.current?.name ?? '';
    const described = ['hint', this.switchFailure ? 'status' : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label id="label" for="input" part="label" class=${header ? 'visually-hidden' : 'label'}>${this.i18n.t('orgSwitcher.label')}</label>
      <div class="anchor">
        <div class="control" part="control">
          ${header ? icons.building : icons.search}
          <input
            id="input"
            part="input"
            type="text"
            role="combobox"
            dir="auto"
            autocomplete="off"
            autocapitalize="off"
            spellcheck="false"
            aria-autocomplete="list"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls="listbox"
            aria-activedescendant=${expanded && this.active >= 0 ? `option-${this.active}` : nothing}
            aria-describedby=${described}
            aria-busy=${this.switchingId || !loaded ? 'true' : 'false'}
            placeholder=${this.i18n.t('orgSwitcher.placeholder')}
            .value=${live(value)}
            @input=${this.onInput}
            @keydown=${this.onKeydown}
            @click=${this.onInputClick}
            @focus=${this.onFocus}
            @blur=${this.onBlur}
          />
          <button
            class="toggle"
            part="toggle"
            type="button"
            tabindex="-1"
            aria-label=${this.i18n.t('orgSwitcher.toggle')}
            aria-controls="listbox"
            aria-expanded=${expanded ? 'true' : 'false'}
            @mousedown=${(event: Event) => event.preventDefault()}
            @click=${this.onToggle}
          >
            ${icons.chevron}
          </button>
        </div>
        <div class="popup" part="popup" popover="manual" ?hidden=${!this.open} @mousedown=${(event: Event) => event.preventDefault()}>
          ${expanded
            ? html`<p class="popup-count" aria-hidden="true">
                ${this.query?.trim() ? this.i18n.t('orgSwitcher.matches', { count: options.length }) : this.i18n.t('orgSwitcher.count', { count: options.length })}
              </p>`
            : nothing}
          <ul id="listbox" part="listbox" role="listbox" aria-label=${this.i18n.t('orgSwitcher.listLabel')} ?hidden=${!expanded}>
            ${expanded ? options.map((organisation, index) => this.renderOption(organisation, index)) : nothing}
          </ul>
          ${this.open ? this.renderPopupState(loaded, options.length) : nothing}
        </div>
      </div>
      <p id="hint" class=${header ? 'visually-hidden' : 'hint'}>${this.i18n.t('orgSwitcher.hint')}</p>
    </div>`;
  }

  private renderOption(organisation: Organisation, index: number) {
    const switching = organisation.id === this.switchingId;
    return html`<li
      id="option-${index}"
      role="option"
      part="option"
      class="option ${index === this.active ? 'active' : ''}"
      aria-selected=${index === this.active ? 'true' : 'false'}
      @click=${() => void this.choose(organisation)}
    >
      ${this.renderOrganisation(organisation)}
      <span class="mark">${switching ? icons.spinner : organisation.id === this.currentId ? icons.check : nothing}</span>
    </li>`;
  }

  /** Inside the popup when there is no list to show: loading, a load error, or no matches. */
  private renderPopupState(loaded: boolean, count: number) {
    const status = this.organisations.status;
    if (status === TaskStatus.ERROR) return html`<div class="popup-state">${this.renderLoadError()}</div>`;
    if (!loaded) return html`<p class="popup-state loading">${icons.spinner}<span>${this.i18n.t('orgSwitcher.loading')}</span></p>`;
    if (count > 0) return nothing;
    return html`<div class="popup-state empty">
      <p class="empty-title" dir="auto">${this.i18n.t('orgSwitcher.noMatches', { query: (this.query ?? '').trim() })}</p>
      <p class="empty-help">${this.i18n.t('orgSwitcher.noMatchesHelp')}</p>
    </div>`;
  }

  /** Always in the page, so the messages put in it are announced: switching, and why a switch failed. */
  private renderSwitchStatus() {
    const failure = this.switchFailure;
    const switchingTo = this.switchingId ? this.list.find((organisation) => organisation.id === this.switchingId) : undefined;
    const current = this.current;
    return html`<div id="status" class="status ${failure ? 'failed' : ''}" part="status" role="alert">
      ${failure
        ? html`${icons.error}
            <p>
              <span dir="auto">${this.i18n.t('orgSwitcher.switchFailed', { name: failure.name, reason: this.i18n.error(failure.error) })}</span>
              ${current ? html` <span dir="auto">${this.i18n.t('orgSwitcher.stillCurrent', { name: current.name })}</span>` : nothing}
            </p>`
        : switchingTo && this.variant === 'page'
          ? html`${icons.spinner}<p dir="auto">${this.i18n.t('orgSwitcher.switching', { name: switchingTo.name })}</p>`
          : nothing}
    </div>`;
  }

  /** Page variant, with a current organisation: what the default profile is, and the buttons to change it. */
  private renderDefault() {
    const session = this.session;
    const current = this.current;
    if (!session || !current || this.list.length < 2) return nothing;
    const state = this.defaultState;
    const defaultName = this.list.find((organisation) => organisation.id === session.defaultOrganisationId)?.name ?? '';
    const text =
      state === 'stale'
        ? this.i18n.t('orgSwitcher.default.stale')
        : state === 'none'
          ? this.i18n.t('orgSwitcher.default.none')
          : this.i18n.t('orgSwitcher.default.is', { name: defaultName });
    return html`<div class="default" part="default" role="group" aria-labelledby="default-title">
      <p id="default-title" class="default-title">${icons.star(state === 'current' || state === 'other')}${this.i18n.t('orgSwitcher.default.title')}</p>
      <p class="default-text" dir="auto">${text}</p>
      <div class="default-actions">
        ${state !== 'current'
          ? html`<portaal-button size="sm" data-default-action ?loading=${this.defaultBusy} @click=${() => void this.setDefault(current.id)}
              ><span dir="auto">${this.i18n.t('orgSwitcher.default.make', { name: current.name })}</span></portaal-button
            >`
          : nothing}
        ${state !== 'none'
          ? html`<portaal-button size="sm" variant="ghost" data-default-action ?loading=${this.defaultBusy} @click=${() => void this.setDefault(null)}
              >${this.i18n.t('orgSwitcher.default.clear')}</portaal-button
            >`
          : nothing}
      </div>
      <div class="default-error" role="alert">
        ${this.defaultError ? html`${icons.error}<p>${this.i18n.t('orgSwitcher.default.failed', { reason: this.i18n.error(this.defaultError) })}</p>` : nothing}
      </div>
    </div>`;
  }

  /** Header variant: one toggle, pressed when the current organisation is the default profile. */
  private renderDefaultToggle(current: Organisation) {
    const pressed = this.defaultState === 'current';
    return html`<button
        type="button"
        class="default-toggle"
        part="default-toggle"
        aria-pressed=${pressed ? 'true' : 'false'}
        aria-describedby="default-toggle-help"
        aria-disabled=${this.defaultBusy ? 'true' : nothing}
        title=${this.i18n.t('orgSwitcher.default.toggle', { name: current.name })}
        @click=${() => void this.setDefault(pressed ? null : current.id)}
      >
        ${this.defaultBusy ? icons.spinner : icons.star(pressed)}<span class="default-short">${this.i18n.t('orgSwitcher.default.short')}</span>
      </button>
      <span id="default-toggle-help" class="visually-hidden" dir="auto">${this.i18n.t('orgSwitcher.default.toggle', { name: current.name })}</span>
      ${this.defaultError
        ? html`<div class="status failed header-default-error" role="alert">
            ${icons.error}<p>${this.i18n.t('orgSwitcher.default.failed', { reason: this.i18n.error(this.defaultError) })}</p>
          </div>`
        : nothing}`;
  }

  // --- Combobox behaviour ---------------------------------------------------------------------

  private openList(active = -1): void {
    const wasOpen = this.open;
    this.open = true;
    this.active = active;
    if (!wasOpen && this.organisations.status === TaskStatus.COMPLETE) this.announceCount();
  }

  private closeList(): void {
    this.open = false;
    this.active = -1;
  }

  private announceCount(): void {
    const query = (this.query ?? '').trim();
    const count = filterOrganisations(this.list, query).length;
    void announce(
      count === 0
        ? this.i18n.t('orgSwitcher.noMatches', { query })
        : query
          ? this.i18n.t('orgSwitcher.matches', { count })
          : this.i18n.t('orgSwitcher.count', { count }),
    );
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.switchFailure = null;
    this.open = true;
    this.active = -1;
    this.announceCount();
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    // Before the list has loaded there is nothing to move through yet.
    const count = this.organisations.status === TaskStatus.COMPLETE ? this.filteredFor().length : 0;
    const last = count - 1;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) this.openList(this.active);
        else if (!this.open) this.openList(count ? 0 : -1);
        else if (count) this.active = this.active >= last ? 0 : this.active + 1;
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (event.altKey) this.closeList();
        else if (!this.open) this.openList(last);
        else if (count) this.active = this.active <= 0 ? last : this.active - 1;
        break;
      case 'Home':
      case 'End':
        // While the list is open these move through it; closed, they move the text cursor.
        if (this.open && count) {
          event.preventDefault();
          this.active = event.key === 'Home' ? 0 : last;
        }
        break;
      case 'Enter': {
        if (!this.open) break;
        const options = this.filteredFor();
        const chosen = this.active >= 0 ? options[this.active] : options.length === 1 ? options[0] : undefined;
        event.preventDefault();
        if (chosen) void this.choose(chosen);
        break;
      }
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          event.stopPropagation();
          this.closeList();
        } else if (this.query !== null || this.switchFailure) {
          event.preventDefault();
          event.stopPropagation();
          this.query = null;
          this.switchFailure = null;
        }
        break;
      case 'Tab':
        this.closeList();
        break;
    }
  }

  /** The filtered list for the current text, even before the next render has recomputed it. */
  private filteredFor(): Organisation[] {
    const text = this.query ?? '';
    if (this.filteredFrom?.organisations === this.list && this.filteredFrom.query === text) return this.filtered;
    return filterOrganisations(this.list, text);
  }

  private onInputClick(): void {
    if (!this.open) this.openList();
  }

  private onToggle(): void {
    if (this.open) this.closeList();
    else this.openList();
    this.input?.focus();
  }

  /** Showing the current organisation: select it, so typing replaces it with a search. */
  private onFocus(): void {
    if (this.query === null) this.input?.select();
  }

  private onBlur(): void {
    this.closeList();
    // The header shows the current organisation when the user leaves it, unless a refusal is explained.
    if (this.variant === 'header' && !this.switchFailure) this.query = null;
  }

  /**
   * The open popup lives in the top layer (a manual popover), so a page header with
   * `overflow: hidden` cannot clip it. It is placed under the input, follows it while the page
   * scrolls, and opens towards the other side where it would leave the viewport (a header switcher
   * near the right edge). Without popover support it stays in the page, under the input.
   */
  private readonly placePopup = (): void => {
    const popup = this.renderRoot.querySelector<HTMLElement>('.popup');
    const control = this.renderRoot.querySelector<HTMLElement>('.control');
    const open = this.open && this.isConnected;
    // Adding a listener twice or removing one that is not there does nothing: no state to keep.
    for (const type of ['scroll', 'resize']) {
      if (open) window.addEventListener(type, this.placePopup, { capture: true, passive: true });
      else window.removeEventListener(type, this.placePopup, { capture: true });
    }
    if (!popup || !control || !('showPopover' in popup)) return;
    if (!open) {
      if (popup.matches(':popover-open')) popup.hidePopover();
      return;
    }
    if (!popup.matches(':popover-open')) popup.showPopover();
    const box = control.getBoundingClientRect();
    // A custom property, not an inline width: an integrator's `::part(popup)` width still wins.
    popup.style.setProperty('--_input-width', `${box.width}px`);
    const width = popup.offsetWidth;
    const rtl = getComputedStyle(control).direction === 'rtl';
    const viewport = document.documentElement.clientWidth;
    const fits = rtl ? box.right - width >= 0 : box.left + width <= viewport;
    const left = rtl === fits ? box.right - width : box.left;
    // Still too wide (a phone): 8 px from the screen's edges.
    popup.style.left = `${Math.max(8, Math.min(left, viewport - width - 8))}px`;
    popup.style.top = `${box.bottom}px`;
  };

  // --- Talking to the adapter -----------------------------------------------------------------

  /**
   * Switches to `organisation`. Re-choosing the current one only closes the list. One switch at a
   * time, so each one emits exactly one `portaal-org-change`.
   */
  private async choose(organisation: Organisation, automatic = false): Promise<void> {
    const adapter = this.portaal.adapter;
    const session = this.session;
    if (!adapter || !session || this.switchingId) return;
    const previousId = session.currentOrganisationId;
    this.closeList();
    if (organisation.id === previousId) {
      this.query = null;
      this.switchFailure = null;
      return;
    }
    this.switchingId = organisation.id;
    this.automatic = automatic;
    this.switchFailure = null;
    if (!automatic) void announce(this.i18n.t('orgSwitcher.switching', { name: organisation.name }));
    try {
      let next = await adapter.organisations.select(organisation.id);
      if (this.remember && !previousId && !automatic) next = await this.rememberDefault(adapter, organisation, next);
      if (!this.withProvider) this.ownSession = next;
      this.query = null;
      emit<OrgChangeDetail>(this, 'portaal-org-change', { id: organisation.id, previousId, session: next });
      void announce(this.i18n.t('orgSwitcher.switched', { name: organisation.name }));
    } catch (error) {
      if (!isAbortError(error)) this.switchFailure = { name: organisation.name, error };
    } finally {
      this.switchingId = null;
      this.automatic = false;
    }
  }

  /** "Remember my choice": the switch has happened; a failure here only costs the default. */
  private async rememberDefault(adapter: Adapter, organisation: Organisation, session: Session): Promise<Session> {
    try {
      return await adapter.organisations.setDefault(organisation.id);
    } catch (error) {
      this.defaultError = error;
      void announce(this.i18n.t('orgSwitcher.default.failed', { reason: this.i18n.error(error) }), 'assertive');
      return session;
    }
  }

  private async setDefault(id: string | null): Promise<void> {
    const adapter = this.portaal.adapter;
    if (!adapter || !this.session || this.defaultBusy) return;
    this.defaultBusy = true;
    this.defaultError = null;
    const name = this.list.find((organisation) => organisation.id === id)?.name ?? '';
    try {
      const next = await adapter.organisations.setDefault(id);
      if (!this.withProvider) this.ownSession = next;
      emit<SessionChangeDetail>(this, 'portaal-session-update', { session: next });
      this.focusDefaultAction = this.variant === 'page';
      void announce(id ? this.i18n.t('orgSwitcher.default.saved', { name }) : this.i18n.t('orgSwitcher.default.cleared'));
    } catch (error) {
      this.defaultError = error;
    } finally {
      this.defaultBusy = false;
    }
  }
}
