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
`;
