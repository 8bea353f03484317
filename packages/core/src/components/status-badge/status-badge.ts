import { LitElement, html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ClaimStatus, DeclarationStatus, PolicyStatus } from '../../contract/schemas.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { registerTokens } from '../../theme/tokens.js';
import { hostStyles } from '../shared-styles.js';
import { statusBadgeHostStyles, statusBadgeStyles } from './status-badge.styles.js';

export { statusBadgeStyles };

export type StatusKind = 'policy' | 'claim' | 'declaration';
export type StatusTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/**
 * How each status reads at a glance. `warning` means the user has something to do
 * (a claim awaiting their information, a suspended policy); `danger` a negative outcome.
 */
const TONES: {
  policy: Record<PolicyStatus, StatusTone>;
  claim: Record<ClaimStatus, StatusTone>;
  declaration: Record<DeclarationStatus, StatusTone>;
} = {
  policy: { pending: 'info', active: 'success', suspended: 'warning', cancelled: 'neutral', expired: 'neutral' },
  claim: {
    declared: 'info',
    'in-progress': 'info',
    'awaiting-information': 'warning',
    settled: 'success',
    rejected: 'danger',
    closed: 'neutral',
  },
  declaration: { draft: 'neutral', sent: 'info', processing: 'info', processed: 'success', cancelled: 'neutral' },
};

/** The tone of a status; `neutral` for a status this version does not know. */
export function statusTone(kind: StatusKind, status: string): StatusTone {
  return (TONES[kind] as Record<string, StatusTone> | undefined)?.[status] ?? 'neutral';
}

/** A different shape per tone, so the badge never relies on colour alone. */
const ICONS: Record<StatusTone, SVGTemplateResult> = {
  neutral: svg`<circle cx="8" cy="8" r="3.5" fill="currentColor"></circle>`,
  info: svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"></circle><path d="M8 4.75V8.25l2.25 1.5" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round"></path>`,
  success: svg`<circle cx="8" cy="8" r="7" fill="currentColor"></circle><path d="m4.75 8.25 2.25 2.25 4.25-4.5" fill="none" stroke="var(--portaal-color-success-subtle)" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"></path>`,
  warning: svg`<path d="M8 1.25 15.25 14H.75L8 1.25Z" fill="currentColor"></path><path d="M8 6v3.5" stroke="var(--portaal-color-warning-subtle)" stroke-width="1.75" stroke-linecap="round"></path><circle cx="8" cy="11.75" r="1" fill="var(--portaal-color-warning-subtle)"></circle>`,
  danger: svg`<rect x="1.5" y="1.5" width="13" height="13" rx="3" fill="currentColor"></rect><path d="m5.5 5.5 5 5m0-5-5 5" stroke="var(--portaal-color-danger-subtle)" stroke-width="1.75" stroke-linecap="round"></path>`,
};

/**
 * The badge's markup: for containers that show many badges (a table with thousands of rows renders
 * them without an element, and so without a shadow root, per cell). Style it with
 * `statusBadgeStyles`. `label` is the translated status.
 */
export function statusBadgeTemplate(tone: StatusTone, label: string): TemplateResult {
  return html`<span class="badge ${tone}" part="badge"
    ><svg part="icon" viewBox="0 0 16 16" aria-hidden="true">${ICONS[tone]}</svg
    ><span class="label" part="label">${label}</span></span
  >`;
}

/**
 * The translated label of a policy, claim or declaration status, with a tone colour and a shape.
 * Tables render many of these: it is a cheap element with no state of its own.
 *
 * @csspart badge - the pill.
 * @csspart icon
 * @csspart label
 */
export class PortaalStatusBadge extends LitElement {
  static override styles = [hostStyles, statusBadgeHostStyles, statusBadgeStyles];

  @property({ reflect: true }) accessor kind: StatusKind = 'policy';
  @property({ reflect: true }) accessor status = '';

  private readonly i18n = new LocalizeController(this);

  constructor() {
    super();
    registerTokens();
  }

  get tone(): StatusTone {
    return statusTone(this.kind, this.status);
  }

  protected override render() {
    const tone = this.tone;
    const key = `status.${this.kind}.${this.status}`;
    const label = this.i18n.t(key);
    return statusBadgeTemplate(tone, label === key ? this.status : label);
  }
}
