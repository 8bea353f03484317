import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { emit } from '../../internal/emit.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { registerTokens } from '../../theme/tokens.js';
import { statusIcon } from '../icons.js';
import { hostStyles, visuallyHidden } from '../shared-styles.js';
import { textFieldStyles } from './text-field.styles.js';

export type TextFieldType = 'text' | 'email' | 'password' | 'tel' | 'url' | 'search' | 'number';

export interface TextFieldInputDetail {
  value: string;
  name: string;
}

interface Validation {
  flags: ValidityStateFlags;
  message: string;
}
const VALID: Validation = { flags: {}, message: '' };

let probe: HTMLInputElement | null = null;
/** Asks a detached native input whether `value` fits `type` (e-mail, url), the browser's own rules. */
function typeMismatch(type: TextFieldType, value: string): boolean {
  if (type !== 'email' && type !== 'url') return false;
  probe ??= document.createElement('input');
  probe.type = type;
  probe.value = value;
  return probe.validity.typeMismatch;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portaal-input': CustomEvent<TextFieldInputDetail>;
  }
}

/**
 * A labelled text input that takes part in a light-DOM <form> like a native one (name, value,
 * validity, reset, disabled fieldset).
 *
 * Label, input, help and error live in one shadow root, so `for`, `aria-describedby` and
 * `aria-invalid` all resolve. `error` (already translated by the caller) is shown with an icon and
 * makes the field invalid; the user's input is kept. Built-in checks (required, e-mail shape,
 * length) use translated messages and show once a submit attempt found the field invalid.
 *
 * Enter submits the surrounding form, as it does in a native form.
 *
 * @event portaal-input - on every keystroke; detail `{ value, name }`.
 * @event change - re-dispatched from the inner input when the user commits a change.
 * @csspart label
 * @csspart control - the box around input and password toggle.
 * @csspart input - the native input.
 * @csspart toggle - the show/hide password button.
 * @csspart help
 * @csspart error
 */
export class PortaalTextField extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [hostStyles, visuallyHidden, textFieldStyles];

  @property() accessor label = '';
  @property() accessor help = '';
  /** A translated message; non-empty makes the field invalid. */
  @property() accessor error = '';
  @property({ type: Boolean, reflect: true }) accessor required = false;
  @property({ reflect: true }) accessor type: TextFieldType = 'text';
  @property({ reflect: true }) accessor name = '';
  /** The current value; the `value` attribute is the default a form reset returns to. */
  @property() accessor value = '';
  @property() accessor autocomplete: string | undefined = undefined;
  @property() accessor inputmode: string | undefined = undefined;
  @property({ type: Number }) accessor maxlength: number | undefined = undefined;
  @property() accessor placeholder: string | undefined = undefined;
  @property({ type: Boolean, reflect: true }) accessor readonly = false;
  @property({ type: Boolean, reflect: true }) accessor disabled = false;

  @state() private accessor passwordVisible = false;
  @state() private accessor formDisabled = false;
  /** Set once a form submit (or reportValidity) found this field invalid. */
  @state() private accessor showValidation = false;

  @query('input') private accessor input!: HTMLInputElement | null;

  private readonly internals: ElementInternals;
  private readonly i18n = new LocalizeController(this);
  private validation: Validation = VALID;

  constructor() {
    super();
    registerTokens();
    this.internals = this.attachInternals();
    this.addEventListener('invalid', () => (this.showValidation = true));
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  override focus(options?: FocusOptions): void {
    if (this.input) this.input.focus(options);
    else super.focus(options);
  }

  select(): void {
    this.input?.select();
  }

  formResetCallback(): void {
    this.value = this.getAttribute('value') ?? '';
    this.showValidation = false;
    this.passwordVisible = false;
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  protected override willUpdate(): void {
    this.validation = this.computeValidity();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('value')) this.internals.setFormValue(this.value);
    const { flags, message } = this.validation;
    // The anchor is where the browser points its bubble and what it focuses on a failed submit.
    if (message) this.internals.setValidity(flags, message, this.input ?? undefined);
    else this.internals.setValidity({});
    this.toggleState('invalid', Boolean(this.error) || (this.showValidation && Boolean(message)));
  }

  protected override render() {
    const isPassword = this.type === 'password';
    const message = this.error || (this.showValidation ? this.validation.message : '');
    const describedBy = [message ? 'error' : '', this.help ? 'help' : ''].filter(Boolean).join(' ');
    return html`
      <div class="field">
        <label part="label" for="input"
          >${this.label}${this.required
            ? html`<span class="required" aria-hidden="true">*</span
                ><span class="visually-hidden"> (${this.i18n.t('field.required')})</span>`
            : nothing}</label
        >
        <div class="control" part="control">
          <input
            id="input"
            part="input"
            .value=${live(this.value)}
            type=${isPassword && this.passwordVisible ? 'text' : this.type}
            name=${this.name || nothing}
            autocomplete=${ifDefined(this.autocomplete as AutoFill | undefined)}
            inputmode=${ifDefined(this.inputmode)}
            maxlength=${ifDefined(this.maxlength)}
            placeholder=${ifDefined(this.placeholder)}
            ?readonly=${this.readonly}
            ?disabled=${this.disabled || this.formDisabled}
            aria-required=${this.required ? 'true' : nothing}
            aria-invalid=${message ? 'true' : 'false'}
            aria-describedby=${describedBy || nothing}
            @input=${this.onInput}
            @change=${this.onChange}
            @keydown=${this.onKeydown}
          />
          ${isPassword ? this.renderToggle() : nothing}
        </div>
        ${message
          ? html`<div id="error" class="error" part="error">
              ${statusIcon('danger')}
              <span><span class="visually-hidden">${this.i18n.t('field.errorPrefix')} </span>${message}</span>
            </div>`
          : nothing}
        ${this.help ? html`<div id="help" class="help" part="help">${this.help}</div>` : nothing}
      </div>
    `;
  }

  private renderToggle() {
    return html`<button
      class="toggle"
      part="toggle"
      type="button"
      aria-label=${this.i18n.t('action.showPassword')}
      aria-pressed=${this.passwordVisible ? 'true' : 'false'}
      aria-controls="input"
      ?disabled=${this.disabled || this.formDisabled}
      @click=${() => (this.passwordVisible = !this.passwordVisible)}
    >
      ${this.passwordVisible
        ? html`<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true">
            <path d="M3 3l18 18M10.6 5.1A9.8 9.8 0 0 1 12 5c5 0 9 4.5 10 7-.4 1-1.3 2.4-2.6 3.7M6.6 6.6C4.4 8 2.8 10.2 2 12c1 2.5 5 7 10 7 1.9 0 3.6-.6 5.1-1.6"></path>
            <path d="M9.9 9.9a3 3 0 0 0 4.2 4.2"></path>
          </svg>`
        : html`<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true">
            <path d="M2 12c1-2.5 5-7 10-7s9 4.5 10 7c-1 2.5-5 7-10 7S3 14.5 2 12Z"></path>
            <circle cx="12" cy="12" r="3"></circle>
          </svg>`}
    </button>`;
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    emit<TextFieldInputDetail>(this, 'portaal-input', { value: this.value, name: this.name });
  }

  /** `change` is not composed, so it would stop at the shadow root: fire it on the host. */
  private onChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Implicit submission: the inner input is not in the form, so the browser won't do it. */
  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing || !this.internals.form) return;
    event.preventDefault();
    this.internals.form.requestSubmit();
  }

  /** Worked out before rendering, so the message shown and the validity reported always agree. */
  private computeValidity(): Validation {
    const t = (key: string, params?: { count: number }) => this.i18n.t(key, params);
    if (this.error) return { flags: { customError: true }, message: this.error };
    if (this.disabled || this.readonly) return VALID;
    if (this.value === '') {
      return this.required ? { flags: { valueMissing: true }, message: t('field.error.required') } : VALID;
    }
    if (typeMismatch(this.type, this.value)) {
      return { flags: { typeMismatch: true }, message: t(this.type === 'email' ? 'field.error.email' : 'field.error.invalid') };
    }
    if (this.maxlength !== undefined && this.value.length > this.maxlength) {
      return { flags: { tooLong: true }, message: t('field.error.tooLong', { count: this.maxlength }) };
    }
    return VALID;
  }

  private toggleState(name: string, on: boolean): void {
    try {
      if (on) this.internals.states.add(name);
      else this.internals.states.delete(name);
    } catch {
      // Browsers without CustomStateSet just lose the styling hook.
    }
  }
}
