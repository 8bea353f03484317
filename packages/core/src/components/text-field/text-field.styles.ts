import { css } from 'lit';
import { focusRing } from '../shared-styles.js';

export const textFieldStyles = css`
  :host {
    display: block;
    color: var(--portaal-color-text);
    font-size: var(--portaal-font-size-md);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: var(--portaal-space-1);
  }

  label {
    font-weight: var(--portaal-font-weight-medium);
  }
  .required {
    margin-inline-start: 0.125em;
    color: var(--portaal-color-danger);
  }

  .control {
    position: relative;
    display: flex;
    align-items: stretch;
    min-height: var(--portaal-control-height-md);
    background: var(--portaal-color-surface-raised);
    border: 1px solid var(--portaal-color-border-strong);
    border-radius: var(--portaal-radius-md);
    transition: border-color var(--portaal-motion-duration);
  }
  .control:hover {
    border-color: var(--portaal-color-text-muted);
  }
  /* The ring goes around the whole control, so it also encloses the password toggle. */
  .control:has(input:focus-visible) {
    ${focusRing}
  }
  :host(:state(invalid)) .control {
    border-color: var(--portaal-color-danger);
    box-shadow: inset 0 0 0 1px var(--portaal-color-danger);
  }
  :host([disabled]) .control {
    background: var(--portaal-color-neutral-subtle);
    border-color: var(--portaal-color-border);
  }
  /* Read-only: still focusable and selectable, but visibly not an input box to type in. */
  :host([readonly]) .control {
    background: var(--portaal-color-surface-subtle);
    border-color: var(--portaal-color-border);
  }

  input {
    flex: 1 1 auto;
    min-width: 0;
    margin: 0;
    padding: var(--portaal-space-2) var(--portaal-space-3);
    border: 0;
    border-radius: inherit;
    background: transparent;
    color: inherit;
    font: inherit;
    outline: none;
  }
  input::placeholder {
    color: var(--portaal-color-text-muted);
    opacity: 1;
  }
  input:disabled {
    color: var(--portaal-color-text-muted);
    cursor: not-allowed;
  }

  .toggle {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    flex: 0 0 auto;
    min-width: var(--portaal-control-height-md);
    margin: 0;
    padding: 0 var(--portaal-space-2);
    border: 0;
    border-inline-start: 1px solid var(--portaal-color-border);
    border-radius: 0 var(--portaal-radius-md) var(--portaal-radius-md) 0;
    background: transparent;
    color: var(--portaal-color-text-muted);
    cursor: pointer;
  }
  .toggle:hover {
    color: var(--portaal-color-text);
    background: var(--portaal-color-surface-subtle);
  }
  .toggle:focus-visible {
    ${focusRing}
    outline-offset: -4px;
  }
  .toggle svg {
    width: 1.25rem;
    height: 1.25rem;
  }

  .help {
    color: var(--portaal-color-text-muted);
    font-size: var(--portaal-font-size-sm);
  }

  .error {
    display: flex;
    align-items: flex-start;
    gap: var(--portaal-space-1);
    color: var(--portaal-color-danger);
    font-size: var(--portaal-font-size-sm);
    font-weight: var(--portaal-font-weight-medium);
  }
  .error svg {
    flex: 0 0 auto;
    width: 1.1em;
    height: 1.1em;
    margin-top: 0.15em;
  }

  @media (forced-colors: active) {
    .control {
      border-color: FieldText;
    }
    :host(:state(invalid)) .control {
      border-width: 2px;
    }
  }
`;
