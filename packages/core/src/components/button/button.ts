import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { registerTokens } from '../../theme/tokens.js';
import { spinnerIcon } from '../icons.js';
import { announce } from '../live-announcer/announce.js';
import { hostStyles, spinnerStyles } from '../shared-styles.js';
import { buttonStyles } from './button.styles.js';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';
export type ButtonSize = 'sm' | 'md' | 'lg';
export type ButtonType = 'button' | 'submit' | 'reset';

/**
 * A button. Renders a native <button> inside, so keyboard, focus and role come for free.
 *
 * Form-associated: `type="submit"` inside a light-DOM <form> submits it through
 * `form.requestSubmit()` (constraint validation and the `submit` event included);
 * `type="reset"` resets it. A disabled <fieldset> disables it.
 *
 * While `loading`, the button keeps its width and focus, is `aria-busy`, ignores clicks, and
 * "Loading…" is announced to screen readers.
 *
 * @slot - the label.
 * @slot start - an icon before the label.
 * @slot end - an icon after the label.
 * @csspart button - the native button.
 * @csspart label - the wrapper around the slots.
 * @csspart spinner - the loading indicator.
 */
export class PortaalButton extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [hostStyles, spinnerStyles, buttonStyles];

  @property({ reflect: true }) accessor variant: ButtonVariant = 'secondary';
  @property({ reflect: true }) accessor size: ButtonSize = 'md';
  @property({ type: Boolean, reflect: true }) accessor disabled = false;
  @property({ type: Boolean, reflect: true }) accessor loading = false;
  @property() accessor type: ButtonType = 'button';
  /** Accessible name for an icon-only button; visible text needs no label. */
  @property() accessor label = '';

  /** Set by an ancestor <fieldset disabled>. */
  @state() private accessor formDisabled = false;

  private readonly internals: ElementInternals;
  private readonly i18n = new LocalizeController(this);

  constructor() {
    super();
    registerTokens();
    this.internals = this.attachInternals();
    // Capture on the host runs before any listener an integrator puts on this element or above
    // it in the bubble phase, so a busy or disabled button never triggers their handlers.
    this.addEventListener('click', this.guardClick, { capture: true });
  }

  /** The form this button submits or resets, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('loading') && this.loading && changed.get('loading') === false) {
      void announce(this.i18n.t('state.loading'));
    }
  }

  protected override render() {
    const disabled = this.disabled || this.formDisabled;
    return html`
      <button
        part="button"
        class="button"
        type="button"
        ?disabled=${disabled}
        aria-disabled=${this.loading ? 'true' : nothing}
        aria-busy=${this.loading ? 'true' : nothing}
        aria-label=${this.label || nothing}
        @click=${this.activate}
      >
        <span class="content" part="label"><slot name="start"></slot><slot></slot><slot name="end"></slot></span>
        ${this.loading
          ? html`<span class="spinner" part="spinner" aria-hidden="true">
              ${spinnerIcon()}
            </span>`
          : nothing}
      </button>
    `;
  }

  private readonly guardClick = (event: Event): void => {
    if (this.loading || this.disabled || this.formDisabled) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };

  private activate(): void {
    const form = this.internals.form;
    if (!form) return;
    if (this.type === 'submit') form.requestSubmit();
    else if (this.type === 'reset') form.reset();
  }
}
