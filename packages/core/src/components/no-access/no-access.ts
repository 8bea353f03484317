import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { MenuItem } from '../../contract/schemas.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { registerTokens } from '../../theme/tokens.js';
import { hostStyles } from '../shared-styles.js';
import { noAccessStyles } from './no-access.styles.js';

/**
 * What an element shows instead of data when the user's membership does not permit its menu item
 * (a restricted user on "Policies"): a calm, translated explanation, never an error and never data.
 *
 *   if (!this.portaal.permits('policies')) return html`<portaal-no-access item="policies"></portaal-no-access>`;
 *
 * The organisation's name comes from the nearest <portaal-provider>, unless `organisation` is set.
 *
 * @slot - an optional action under the text (a link back to an allowed page).
 * @csspart panel - the box.
 * @csspart icon
 * @csspart title - "No access".
 * @csspart message - which item, for which organisation.
 * @csspart help - who to ask.
 */
export class PortaalNoAccess extends LitElement {
  static override styles = [hostStyles, noAccessStyles];

  /** The menu item the user may not open; its translated name appears in the message. */
  @property({ reflect: true }) accessor item: MenuItem | '' = '';
  /** The organisation's name; by default the provider's current organisation. */
  @property() accessor organisation = '';

  private readonly i18n = new LocalizeController(this);

  constructor() {
    super();
    registerTokens();
  }

  protected override render() {
    const organisation = this.organisation || this.i18n.context?.organisation?.name || '';
    const item = this.item ? this.i18n.t(`menu.${this.item}`) : '';
    const message = !item
      ? ''
      : organisation
        ? this.i18n.t('noAccess.item', { item, organisation })
        : this.i18n.t('noAccess.itemOnly', { item });
    return html`<div class="panel" part="panel">
      <svg class="icon" part="icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true">
        <rect x="4.5" y="10.5" width="15" height="10" rx="2"></rect>
        <path d="M8 10.5V7.5a4 4 0 0 1 8 0v3"></path>
        <path d="M12 14.5v2"></path>
      </svg>
      <div class="text">
        <p class="title" part="title">${this.i18n.t('noAccess.title')}</p>
        ${message ? html`<p class="message" part="message" dir="auto">${message}</p>` : nothing}
        <p class="help" part="help">${this.i18n.t('noAccess.help')}</p>
        <slot></slot>
      </div>
    </div>`;
  }
}
