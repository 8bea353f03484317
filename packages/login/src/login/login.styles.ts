import { css } from 'lit';

const focusRing = css`
  outline: var(--portaal-focus-ring-width) solid var(--portaal-color-focus-ring);
  outline-offset: var(--portaal-focus-ring-offset);
`;

export const loginStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: var(--portaal-login-max-width, 28rem);
    container-type: inline-size;
    color: var(--portaal-color-text);
    font-family: var(--portaal-font-family);
    font-size: var(--portaal-font-size-md);
    line-height: var(--portaal-line-height);
  }
  :host([hidden]) {
    display: none;
  }
  /* Enrolment puts the QR code beside the key: it gets more room. */
  :host([step='enrolment']) {
    max-inline-size: var(--portaal-login-max-width-wide, 36rem);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: var(--portaal-space-4);
    padding: var(--portaal-space-6);
    background: var(--portaal-color-surface-raised);
    border: 1px solid var(--portaal-color-border);
    border-radius: var(--portaal-radius-lg);
  }
  @container (max-width: 26rem) {
    .card {
      padding: var(--portaal-space-5) var(--portaal-space-4);
    }
  }

  p {
    margin: 0;
  }
  .heading {
    margin: 0;
    font-size: var(--portaal-font-size-xl);
    font-weight: var(--portaal-font-weight-bold);
    line-height: 1.25;
    overflow-wrap: break-word;
  }
  /* Focus lands on headings by script, to tell screen readers where they are; no ring needed. */
  .heading:focus,
  .done:focus {
    outline: none;
  }
  .intro {
    color: var(--portaal-color-text-muted);
  }
  .address {
    color: var(--portaal-color-text);
    font-weight: var(--portaal-font-weight-medium);
    overflow-wrap: anywhere;
  }
  .hint {
    color: var(--portaal-color-text-muted);
    font-size: var(--portaal-font-size-sm);
  }

  form {
    display: flex;
    flex-direction: column;
    gap: var(--portaal-space-4);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portaal-space-3);
  }
  .actions > portaal-button {
    flex: 1 1 10rem;
  }

  portaal-text-field.code::part(input) {
    font-size: var(--portaal-font-size-lg);
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.3em;
  }

  .links {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--portaal-space-2);
    padding-top: var(--portaal-space-4);
    border-top: 1px solid var(--portaal-color-border);
  }
  .link {
    display: inline;
    min-block-size: 1.5rem;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: var(--portaal-radius-sm);
    background: none;
    color: var(--portaal-color-primary);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .link:hover {
    color: var(--portaal-color-primary-hover);
    text-decoration-thickness: 2px;
  }
  .link:focus-visible,
  a:focus-visible,
  summary:focus-visible,
  .message:focus-visible {
    ${focusRing}
  }
  .link:disabled {
    color: var(--portaal-color-text-muted);
    text-decoration: none;
    cursor: not-allowed;
  }
  a {
    color: var(--portaal-color-primary);
    text-underline-offset: 0.15em;
  }

  .message {
    display: flex;
    align-items: flex-start;
    gap: var(--portaal-space-2);
    padding: var(--portaal-space-3);
    border: 1px solid transparent;
    border-radius: var(--portaal-radius-md);
    color: var(--portaal-color-text);
  }
  .message:focus {
    outline: none;
  }
  .message > svg {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin-block-start: 0.125rem;
  }
  .message-text {
    min-inline-size: 0;
    overflow-wrap: break-word;
  }
  .message-text > strong:first-child {
    display: block;
  }
  .message.info {
    background: var(--portaal-color-info-subtle);
    border-color: var(--portaal-color-info);
  }
  .message.info > svg {
    color: var(--portaal-color-info);
  }
  .message.warning {
    background: var(--portaal-color-warning-subtle);
    border-color: var(--portaal-color-warning);
  }
  .message.warning > svg {
    color: var(--portaal-color-warning);
  }
  .message.danger {
    background: var(--portaal-color-danger-subtle);
    border-color: var(--portaal-color-danger);
  }
  .message.danger > svg {
    color: var(--portaal-color-danger);
  }
  .message.success {
    background: var(--portaal-color-success-subtle);
    border-color: var(--portaal-color-success);
  }
  .message.success > svg {
    color: var(--portaal-color-success);
  }
  .message .link {
    margin-inline-start: var(--portaal-space-1);
  }
  .message-text > p + portaal-button {
    margin-block-start: var(--portaal-space-2);
  }

  .countdown {
    font-variant-numeric: tabular-nums;
    font-weight: var(--portaal-font-weight-bold);
  }

  .resend {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--portaal-space-1) var(--portaal-space-3);
  }

  .tips {
    font-size: var(--portaal-font-size-sm);
  }
  .tips summary {
    inline-size: fit-content;
    border-radius: var(--portaal-radius-sm);
    color: var(--portaal-color-primary);
    font-weight: var(--portaal-font-weight-medium);
    cursor: pointer;
  }
  .tips ul {
    display: grid;
    gap: var(--portaal-space-1);
    margin: var(--portaal-space-2) 0 0;
    padding-inline-start: var(--portaal-space-5);
  }
  .tips p {
    margin-block-start: var(--portaal-space-2);
  }

  /* Enrolment: numbered steps, the QR code beside the key for manual entry. */
  .steps {
    display: grid;
    /* minmax: a long word or the key must wrap, not widen the column past the card. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--portaal-space-5);
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: step;
  }
  .steps > li {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--portaal-space-3);
    padding-inline-start: 2.5rem;
    counter-increment: step;
  }
  .steps > li::before {
    content: counter(step);
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0;
    display: grid;
    place-items: center;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    border-radius: var(--portaal-radius-pill);
    background: var(--portaal-color-info-subtle);
    color: var(--portaal-color-info);
    font-size: var(--portaal-font-size-sm);
    font-weight: var(--portaal-font-weight-bold);
    line-height: 1;
  }
  .scan {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--portaal-space-4);
  }
  portaal-qr-code {
    flex: none;
    --portaal-qr-size: 10rem;
    border: 1px solid var(--portaal-color-border);
    border-radius: var(--portaal-radius-md);
  }
  .manual {
    display: flex;
    flex: 1 1 10rem;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--portaal-space-2);
    min-inline-size: 0;
  }
  .manual-title {
    font-weight: var(--portaal-font-weight-medium);
  }
  .key-row {
    max-inline-size: 100%;
  }
  .key {
    display: inline-block;
    padding: var(--portaal-space-1) var(--portaal-space-2);
    border-radius: var(--portaal-radius-sm);
    background: var(--portaal-color-surface-subtle);
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: var(--portaal-font-size-md);
    letter-spacing: 0.04em;
    overflow-wrap: anywhere;
    user-select: all;
  }
  .copy-status {
    font-size: var(--portaal-font-size-sm);
  }
  .copy-status.copied {
    color: var(--portaal-color-success);
  }
  .copy-status.failed {
    color: var(--portaal-color-danger);
  }
  @container (max-width: 17rem) {
    .steps > li {
      padding-inline-start: 0;
      padding-block-start: 2.25rem;
    }
  }

  /*
   * The rules as the field's description, for screen readers as they enter the field; on screen
   * the checklist below says the same, ticked off while typing.
   */
  #new-password::part(help) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Password rules, ticked off while typing. */
  .rules {
    display: grid;
    gap: var(--portaal-space-1);
    font-size: var(--portaal-font-size-sm);
  }
  .rules-title {
    font-weight: var(--portaal-font-weight-medium);
  }
  .rules ul {
    display: grid;
    gap: var(--portaal-space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .rules li {
    display: flex;
    align-items: flex-start;
    gap: var(--portaal-space-2);
    color: var(--portaal-color-text-muted);
  }
  .rules li.met {
    color: var(--portaal-color-success);
  }
  .rules li svg {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    margin-block-start: 0.2em;
  }


  @media (forced-colors: active) {
    .message {
      border-color: CanvasText;
    }
    .link:disabled {
      color: GrayText;
    }
  }
`;
