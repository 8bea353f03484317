import { css } from 'lit';

export const policyTableStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    min-width: 0;
    container-type: inline-size;
    color: var(--portaal-color-text);
    font-family: var(--portaal-font-family);
    line-height: var(--portaal-line-height);
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--portaal-space-3) var(--portaal-space-4);
  }

  /* Quick filter: three radios drawn as one segmented control. */
  .quick {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  /* Same label style and spacing as <portaal-text-field>, so the search lines up with the filters. */
  .quick legend,
  .select > span {
    display: block;
    margin-bottom: var(--portaal-space-1);
    padding: 0;
    font-size: var(--portaal-font-size-md);
    font-weight: var(--portaal-font-weight-medium);
    line-height: var(--portaal-line-height);
  }
  .segments {
    display: inline-flex;
    flex-wrap: wrap;
    border: 1px solid var(--portaal-color-border-strong);
    border-radius: var(--portaal-radius-md);
    overflow: hidden;
  }
  .segment {
    position: relative;
    display: inline-flex;
  }
  .segment + .segment {
    border-inline-start: 1px solid var(--portaal-color-border-strong);
  }
  .segment input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .segment span {
    display: inline-flex;
    align-items: center;
    min-height: var(--portaal-control-height-md);
    padding: 0 var(--portaal-space-4);
    background: var(--portaal-color-surface-raised);
    color: var(--portaal-color-text);
    font-size: var(--portaal-font-size-sm);
    font-weight: var(--portaal-font-weight-medium);
    white-space: nowrap;
  }
  .segment:hover span {
    background: var(--portaal-color-surface-subtle);
  }
  .segment input:checked + span {
    background: var(--portaal-color-primary);
    color: var(--portaal-color-on-primary);
  }
  .segment input:focus-visible + span {
    outline: var(--portaal-focus-ring-width) solid var(--portaal-color-focus-ring);
    outline-offset: calc(-1 * var(--portaal-focus-ring-width) - 2px);
    box-shadow: inset 0 0 0 2px var(--portaal-color-surface);
  }

  .select {
    display: flex;
    flex-direction: column;
  }
  /* The documents panel needs room for a title, its details and two buttons per line. */
  portaal-dialog::part(dialog) {
    width: min(46rem, calc(100vw - 2rem));
  }
  /* As wide as the longest option, so the chosen one always shows whole ("Toutes les branches"). */
  select {
    box-sizing: border-box;
    min-width: 12rem;
    max-width: 100%;
    min-height: var(--portaal-control-height-md);
    padding: 0 var(--portaal-space-3);
    border: 1px solid var(--portaal-color-border-strong);
    border-radius: var(--portaal-radius-md);
    background: var(--portaal-color-surface-raised);
    color: var(--portaal-color-text);
    font: inherit;
    font-size: var(--portaal-font-size-md);
  }
  select:focus-visible {
    outline: var(--portaal-focus-ring-width) solid var(--portaal-color-focus-ring);
    outline-offset: var(--portaal-focus-ring-offset);
  }

  .not-found {
    margin: 0;
    color: var(--portaal-color-danger);
  }

  /* Narrow: the segments stack, the lists take the full width. */
  @container (max-width: 600px) {
    .filters,
    .quick,
    .select {
      flex: 1 1 100%;
    }
    .segments {
      display: flex;
      flex-direction: column;
    }
    .segment + .segment {
      border-inline-start: 0;
      border-top: 1px solid var(--portaal-color-border-strong);
    }
    .segment span {
      flex: 1;
    }
    select {
      width: 100%;
    }
  }

  @media (forced-colors: active) {
    .segment input:checked + span {
      background: Highlight;
      color: HighlightText;
    }
  }
`;
