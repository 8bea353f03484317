import { css } from 'lit';
import { focusRing } from '../shared-styles.js';

export const buttonStyles = css`
  :host {
    display: inline-flex;
    vertical-align: middle;
  }

  .button {
    position: relative;
    display: inline-flex;
    flex: 1 1 auto;
    align-items: center;
    justify-content: center;
    min-height: var(--portaal-control-height-md);
    margin: 0;
    padding: 0 var(--portaal-space-4);
    /* Transparent, not none: forced-colors mode paints it, so the button keeps an outline there. */
    border: 1px solid transparent;
    border-radius: var(--portaal-radius-md);
    font: inherit;
    font-size: var(--portaal-font-size-md);
    font-weight: var(--portaal-font-weight-medium);
    line-height: 1.25;
    text-align: center;
    cursor: pointer;
    transition-property: background-color, border-color, color;
    transition-duration: var(--portaal-motion-duration);
    -webkit-tap-highlight-color: transparent;
  }
  .button:focus-visible {
    ${focusRing}
  }

  .content {
    display: inline-flex;
    align-items: center;
    gap: var(--portaal-space-2);
  }

  :host([size='sm']) .button {
    min-height: var(--portaal-control-height-sm);
    padding: 0 var(--portaal-space-3);
    font-size: var(--portaal-font-size-sm);
  }
  :host([size='lg']) .button {
    min-height: var(--portaal-control-height-lg);
    padding: 0 var(--portaal-space-5);
  }

  .button {
    background: var(--portaal-color-surface-raised);
    border-color: var(--portaal-color-border-strong);
    color: var(--portaal-color-text);
  }
  .button:hover {
    background: var(--portaal-color-surface-subtle);
  }
  :host([variant='primary']) .button {
    background: var(--portaal-color-primary);
    border-color: var(--portaal-color-primary);
    color: var(--portaal-color-on-primary);
  }
  :host([variant='primary']) .button:hover {
    background: var(--portaal-color-primary-hover);
    border-color: var(--portaal-color-primary-hover);
  }
  :host([variant='danger']) .button {
    background: var(--portaal-color-danger);
    border-color: var(--portaal-color-danger);
    color: var(--portaal-color-on-danger);
  }
  :host([variant='danger']) .button:hover {
    background: var(--portaal-color-danger-hover);
    border-color: var(--portaal-color-danger-hover);
  }
  :host([variant='ghost']) .button {
    background: transparent;
    border-color: transparent;
    color: var(--portaal-color-primary);
  }
  :host([variant='ghost']) .button:hover {
    background: var(--portaal-color-surface-subtle);
  }

  /* Disabled: the same muted look for every variant (WCAG exempts it from contrast, we still keep 4.5:1). */
  /* [variant] is always reflected: this matches the variant rules' specificity, and comes later. */
  :host([variant]) .button:disabled,
  :host([variant]) .button:disabled:hover {
    background: var(--portaal-color-neutral-subtle);
    border-color: transparent;
    color: var(--portaal-color-text-muted);
    cursor: not-allowed;
  }

  /*
   * Loading: the label stays so the button keeps its width and its accessible name (opacity, not
   * visibility, which would drop the name); the spinner sits on top.
   */
  :host([loading]) .button {
    cursor: progress;
  }
  :host([loading]) .content {
    opacity: 0;
  }
  .spinner {
    position: absolute;
    inset: 0;
    display: flex;
    align-items: center;
    justify-content: center;
  }
  .spinner svg {
    width: 1.25em;
    height: 1.25em;
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button:disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
