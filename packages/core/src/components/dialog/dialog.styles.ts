import { css } from 'lit';
import { focusRing } from '../shared-styles.js';

export const dialogStyles = css`
  :host {
    display: contents;
  }

  dialog {
    box-sizing: border-box;
    width: min(34rem, calc(100vw - 2rem));
    max-width: none;
    max-height: calc(100dvh - 2rem);
    margin: auto;
    padding: 0;
    overflow: hidden;
    border: 1px solid var(--portaal-color-border);
    border-radius: var(--portaal-radius-lg);
    background: var(--portaal-color-surface-raised);
    color: var(--portaal-color-text);
    box-shadow: var(--portaal-shadow-raised);
    font-family: var(--portaal-font-family);
    font-size: var(--portaal-font-size-md);
    line-height: var(--portaal-line-height);
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
    opacity: 1;
    transform: none;
    transition:
      opacity var(--portaal-motion-duration) ease-out,
      transform var(--portaal-motion-duration) ease-out;
  }
  @starting-style {
    dialog[open] {
      opacity: 0;
      transform: translateY(0.5rem);
    }
  }
  /* Focus rests on the dialog only when nothing inside can take it; it is a container, not a control. */
  dialog:focus-visible {
    outline: none;
  }
  dialog::backdrop {
    background: var(--portaal-color-backdrop);
  }

  .header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--portaal-space-3);
    padding: var(--portaal-space-4) var(--portaal-space-4) var(--portaal-space-2) var(--portaal-space-5);
  }
  .title {
    margin: 0;
    padding-top: var(--portaal-space-1);
    font-size: var(--portaal-font-size-lg);
    font-weight: var(--portaal-font-weight-bold);
    line-height: 1.3;
  }

  .close {
    display: inline-flex;
    flex: 0 0 auto;
    align-items: center;
    justify-content: center;
    width: var(--portaal-control-height-md);
    height: var(--portaal-control-height-md);
    margin: 0;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--portaal-radius-md);
    background: transparent;
    color: var(--portaal-color-text-muted);
    cursor: pointer;
    transition: background-color var(--portaal-motion-duration);
  }
  .close:hover {
    background: var(--portaal-color-surface-subtle);
    color: var(--portaal-color-text);
  }
  .close:focus-visible {
    ${focusRing}
  }
  .close svg {
    width: 1.25rem;
    height: 1.25rem;
  }

  .body {
    flex: 1 1 auto;
    overflow: auto;
    padding: 0 var(--portaal-space-5) var(--portaal-space-5);
  }
  /* Room for the focus ring of a control at the edge of a scrolling body. */
  .body ::slotted(:first-child) {
    margin-top: var(--portaal-space-1);
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--portaal-space-2);
    padding: var(--portaal-space-3) var(--portaal-space-5);
    border-top: 1px solid var(--portaal-color-border);
    background: var(--portaal-color-surface-raised);
  }
  .footer[hidden] {
    display: none;
  }

  @media (forced-colors: active) {
    dialog {
      border-color: CanvasText;
    }
  }
`;
