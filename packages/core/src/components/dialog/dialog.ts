import { LitElement, html, type PropertyValues, type ReactiveElement } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { emit } from '../../internal/emit.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { registerTokens } from '../../theme/tokens.js';
import { pushAnnouncerContainer, removeAnnouncerContainer } from '../live-announcer/announce.js';
import { hostStyles } from '../shared-styles.js';
import { dialogStyles } from './dialog.styles.js';

export type DialogCloseReason = 'escape' | 'close-button';

export interface DialogCloseDetail {
  reason: DialogCloseReason;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portaal-dialog-close': CustomEvent<DialogCloseDetail>;
  }
}

const FOCUSABLE =
  'a[href], area[href], button, input:not([type="hidden"]), select, textarea, iframe, summary, [contenteditable]:not([contenteditable="false"]), [tabindex]:not([tabindex="-1"])';

/** The focused element, looking inside shadow roots (document.activeElement stops at the host). */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * Focuses the first element under `roots` that accepts focus. Trying beats guessing: disabled,
 * hidden and delegatesFocus hosts (our own buttons and fields) are all handled by the browser.
 * A Lit element that has not rendered yet (dialog and content created in one go) is awaited first.
 */
async function focusFirst(roots: readonly Element[], stillOpen: () => boolean): Promise<boolean> {
  for (const root of roots) {
    const candidates = [root, ...root.querySelectorAll('*')].filter(
      (el): el is HTMLElement =>
        el instanceof HTMLElement && (el.matches(FOCUSABLE) || Boolean(el.shadowRoot?.delegatesFocus)),
    );
    for (const candidate of candidates) {
      const pending = (candidate as Partial<ReactiveElement>).updateComplete;
      if (pending) await pending;
      if (!stillOpen()) return true; // closed meanwhile: leave focus alone
      candidate.focus();
      const active = deepActiveElement();
      if (active && (active === candidate || candidate.shadowRoot?.contains(active))) return true;
    }
  }
  return false;
}

/**
 * A modal dialog on the native <dialog> (`showModal()`): the page behind is inert, the backdrop
 * dims it, and the browser keeps focus inside.
 *
 * On open, focus goes to an `[autofocus]` element, else the first focusable element of the
 * content or footer, else the dialog itself; on close it returns to whatever had focus before.
 * Escape and the close button emit a cancelable `portaal-dialog-close`: prevent it to keep the
 * dialog open (e.g. to confirm discarding changes). Setting `open = false` closes without event.
 *
 * @slot - the content.
 * @slot footer - actions, usually <portaal-button>s; the primary one last.
 * @event portaal-dialog-close - the user asks to close; detail `{ reason }`, cancelable.
 * @csspart dialog - the native dialog (size, padding).
 * @csspart header
 * @csspart title
 * @csspart close - the close button.
 * @csspart body
 * @csspart footer
 */
export class PortaalDialog extends LitElement {
  static override styles = [hostStyles, dialogStyles];

  @property({ type: Boolean, reflect: true }) accessor open = false;
  /** The heading; it also names the dialog for screen readers. */
  @property() accessor label = '';

  @state() private accessor hasFooter = false;
  @query('dialog') private accessor dialog!: HTMLDialogElement | null;

  private readonly i18n = new LocalizeController(this);
  private returnFocus: HTMLElement | null = null;
  private focusing: Promise<void> = Promise.resolve();

  constructor() {
    super();
    registerTokens();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the DOM while open: the browser closed the native dialog, open it again.
    if (this.hasUpdated && this.open) void this.updateComplete.then(() => this.show());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.dialog) removeAnnouncerContainer(this.dialog);
  }

  /** Also waits until focus is placed inside a dialog that just opened. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await this.focusing;
    return result;
  }

  /**
   * Opened at its first render, the dialog would hear of its footer only at `slotchange`, after
   * focus was placed: the footer would still be hidden and its buttons could not take focus.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open && !this.hasFooter) this.hasFooter = this.querySelector(':scope > [slot="footer"]') !== null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open) this.show();
    else if (changed.get('open') === true) this.hide();
  }

  protected override render() {
    return html`
      <dialog
        part="dialog"
        tabindex="-1"
        aria-labelledby="title"
        @cancel=${this.onCancel}
        @close=${this.onNativeClose}
      >
        <div class="header" part="header">
          <h2 id="title" class="title" part="title">${this.label}</h2>
          <button
            class="close"
            part="close"
            type="button"
            aria-label=${this.i18n.t('action.close')}
            @click=${() => this.requestClose('close-button')}
          >
            <svg viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true">
              <path d="m5 5 10 10M15 5 5 15"></path>
            </svg>
          </button>
        </div>
        <div class="body" part="body"><slot></slot></div>
        <div class="footer" part="footer" ?hidden=${!this.hasFooter}>
          <slot name="footer" @slotchange=${this.onFooterChange}></slot>
        </div>
      </dialog>
    `;
  }

  private show(): void {
    const dialog = this.dialog;
    if (!dialog || !this.isConnected) return;
    if (!dialog.open) {
      const active = deepActiveElement();
      // Never "return" focus into the dialog itself (re-opened while focus was inside).
      this.returnFocus = active && !this.contains(active) && !this.shadowRoot?.contains(active) ? active : null;
      dialog.showModal();
    }
    pushAnnouncerContainer(dialog);
    this.focusing = this.focusInitial(dialog);
  }

  private hide(): void {
    const dialog = this.dialog;
    if (dialog) {
      removeAnnouncerContainer(dialog);
      if (dialog.open) dialog.close();
    }
    const target = this.returnFocus;
    this.returnFocus = null;
    if (target?.isConnected) target.focus();
  }

  private async focusInitial(dialog: HTMLDialogElement): Promise<void> {
    const assigned = (name?: string) =>
      (this.shadowRoot?.querySelector<HTMLSlotElement>(name ? `slot[name="${name}"]` : 'slot:not([name])')?.assignedElements({
        flatten: true,
      }) ?? []) as Element[];
    const content = [...assigned(), ...assigned('footer')];
    const autofocus = content.flatMap((el) => [el, ...el.querySelectorAll('[autofocus]')]).filter((el) => el.hasAttribute('autofocus'));
    const stillOpen = () => dialog.open;
    if ((await focusFirst(autofocus, stillOpen)) || (await focusFirst(content, stillOpen))) return;
    if (dialog.open) dialog.focus();
  }

  /**
   * Escape: the browser would close at once; route it through our cancelable event instead.
   * Without a user activation since the last one (a second Escape in a row, or a dialog opened by
   * script) the browser makes `cancel` uncancelable: then we only report it, and it closes.
   */
  private onCancel(event: Event): void {
    if (!event.cancelable) {
      emit<DialogCloseDetail>(this, 'portaal-dialog-close', { reason: 'escape' });
      return; // onNativeClose syncs `open`
    }
    event.preventDefault();
    this.requestClose('escape');
  }

  /** The native dialog closed by other means (a form with method=dialog, a forced Escape). */
  private onNativeClose(): void {
    if (this.open) this.open = false;
  }

  private requestClose(reason: DialogCloseReason): void {
    const allowed = emit<DialogCloseDetail>(this, 'portaal-dialog-close', { reason }, { cancelable: true });
    if (allowed) this.open = false;
  }

  private onFooterChange(event: Event): void {
    this.hasFooter = (event.target as HTMLSlotElement).assignedNodes({ flatten: true }).length > 0;
  }
}
