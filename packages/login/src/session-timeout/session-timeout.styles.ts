import { css } from 'lit';

export const sessionTimeoutStyles = css`
  :host {
    display: contents;
  }
  .body {
    margin: 0;
  }
  .countdown {
    font-variant-numeric: tabular-nums;
    font-weight: var(--portaal-font-weight-bold);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
