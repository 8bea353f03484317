import { css } from 'lit';

export const noAccessStyles = css`
  :host {
    display: block;
    color: var(--portaal-color-text);
    font-size: var(--portaal-font-size-md);
  }

  .panel {
    display: flex;
    align-items: flex-start;
    gap: var(--portaal-space-4);
    padding: var(--portaal-space-5);
    background: var(--portaal-color-surface-subtle);
    border: 1px solid var(--portaal-color-border);
    border-radius: var(--portaal-radius-lg);
  }

  .icon {
    flex: 0 0 auto;
    width: 2.5rem;
    height: 2.5rem;
    padding: 0.5rem;
    border-radius: var(--portaal-radius-pill);
    background: var(--portaal-color-neutral-subtle);
    color: var(--portaal-color-text-muted);
  }

  .text {
    min-width: 0;
    overflow-wrap: anywhere;
  }

  p {
    margin: 0;
  }
  .title {
    font-size: var(--portaal-font-size-lg);
    font-weight: var(--portaal-font-weight-bold);
    line-height: 1.3;
  }
  .message {
    margin-top: var(--portaal-space-1);
  }
  .help {
    margin-top: var(--portaal-space-2);
    color: var(--portaal-color-text-muted);
    font-size: var(--portaal-font-size-sm);
  }
  ::slotted(*) {
    margin-top: var(--portaal-space-3);
  }

  @media (max-width: 30rem) {
    .panel {
      flex-direction: column;
      gap: var(--portaal-space-3);
      padding: var(--portaal-space-4);
    }
  }

  @media (forced-colors: active) {
    .panel {
      border-color: CanvasText;
    }
  }
`;
