import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import type * as QrCodeLibrary from 'qrcode';
import { property, state } from 'lit/decorators.js';
import { LocalizeController, registerTokens } from '@portaal/core';
import { ensureLoginMessages } from '../messages.js';
import { qrCodeStyles } from './qr-code.styles.js';

/** The module matrix of a QR code: `size` × `size`, 1 for a dark module. */
export interface QrMatrix {
  size: number;
  data: ArrayLike<number>;
}

type QrCodeModule = typeof QrCodeLibrary;

/**
 * qrcode is only needed on the enrolment step, so it is fetched the first time a code is drawn.
 * The CommonJS module arrives as a namespace (Vite) or as its default export (other bundlers).
 */
let loading: Promise<QrCodeModule> | null = null;
function loadQrCode(): Promise<QrCodeModule> {
  loading ??= import('qrcode').then((loaded) => (loaded as QrCodeModule & { default?: QrCodeModule }).default ?? loaded);
  // A failed download may succeed the next time the element asks.
  loading.catch(() => (loading = null));
  return loading;
}

/** White space around the code, in modules; scanners need 4. */
const QUIET_ZONE = 4;

/**
 * Draws `value` as a QR code, as an SVG of its own (no image, no markup string): crisp at any
 * size and printable. Dark modules on a light background in both themes, because many scanners
 * cannot read an inverted code.
 *
 * @csspart svg - the drawn code.
 * @csspart placeholder - shown while the QR library loads, or when it could not.
 */
export class PortaalQrCode extends LitElement {
  static override styles = qrCodeStyles;

  /** The text to encode, e.g. an `otpauth://totp/…` URI. */
  @property() accessor value = '';
  /** Accessible name of the image. */
  @property() accessor label = '';

  @state() private accessor matrix: QrMatrix | null = null;
  @state() private accessor failed = false;

  private readonly i18n = new LocalizeController(this);

  constructor() {
    super();
    registerTokens();
    ensureLoginMessages();
  }

  /** The modules currently drawn (null while loading). */
  get modules(): QrMatrix | null {
    return this.matrix;
  }

  /** The placeholder's texts load per language: wait for them rather than show keys or another language. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.i18n.whenReady(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value')) void this.encode(this.value);
  }

  private async encode(value: string): Promise<void> {
    this.matrix = null;
    this.failed = false;
    if (!value) return;
    try {
      const qr = await loadQrCode();
      if (value !== this.value) return; // changed while loading
      const { size, data } = qr.create(value, { errorCorrectionLevel: 'M' }).modules;
      this.matrix = { size, data };
      this.dispatchEvent(new Event('load'));
    } catch {
      if (value === this.value) this.failed = true;
    }
  }

  protected override render() {
    const matrix = this.matrix;
    if (!matrix) {
      return html`<div class="placeholder" part="placeholder" role="status">
        ${this.value ? this.i18n.t(this.failed ? 'login.enrol.qr.failed' : 'login.enrol.qr.loading') : nothing}
      </div>`;
    }
    const full = matrix.size + 2 * QUIET_ZONE;
    return html`<svg
      part="svg"
      viewBox="0 0 ${full} ${full}"
      role="img"
      aria-label=${this.label || this.i18n.t('login.enrol.qr.label')}
      shape-rendering="crispEdges"
    >
      ${svg`<rect class="background" width=${full} height=${full}></rect><path class="modules" d=${modulePath(matrix)}></path>`}
    </svg>`;
  }
}

/** One square per dark module, in a single path: light for the browser, exact for a scanner. */
export function modulePath({ size, data }: QrMatrix): string {
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (data[row * size + col]) parts.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return parts.join('');
}
