import { css } from 'lit';

/** Colours only through `--portaal-*` tokens, so light, dark and an integrator's brand all apply. */
export const dataTableStyles = css`
  :host {
    --_row-height: var(--portaal-data-table-row-height, 2.75rem);
    display: block;
    box-sizing: border-box;
    min-width: 0;
    color: var(--portaal-color-text);
    font-family: var(--portaal-font-family);
    font-size: var(--portaal-font-size-md);
    line-height: var(--portaal-line-height);
  }
  .probe {
    position: absolute;
    visibility: hidden;
    width: 1px;
    height: var(--_row-height);
    pointer-events: none;
  }

  /* Toolbar: the using element's filters, then search. */
  .toolbar,
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--portaal-space-3) var(--portaal-space-4);
  }
  .toolbar {
    margin-bottom: var(--portaal-space-3);
  }
  .filters {
    flex: 1 1 auto;
    min-width: 0;
  }
  .search {
    flex: 1 1 14rem;
    max-width: 22rem;
    min-width: min(100%, 12rem);
  }

  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--portaal-space-2) var(--portaal-space-3);
    min-height: var(--portaal-control-height-sm);
    margin-bottom: var(--portaal-space-2);
    font-size: var(--portaal-font-size-sm);
  }
  .count {
    color: var(--portaal-color-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .selected-count {
    font-weight: var(--portaal-font-weight-bold);
  }
  .export {
    margin-inline-start: auto;
  }
  .export svg {
    width: 1.1em;
    height: 1.1em;
  }

  /* The grid: a scrolling box, a sticky header, a body as tall as all rows, a window of rows in it. */
  .scroller {
    position: relative;
    max-height: var(--portaal-data-table-height, 34rem);
    overflow: auto;
    overscroll-behavior: contain;
    border: 1px solid var(--portaal-color-border);
    border-radius: var(--portaal-radius-md);
    background: var(--portaal-color-surface);
  }
  .grid {
    min-width: var(--_min-width, 100%);
  }
  .row {
    --_row-bg: var(--portaal-color-surface);
    display: grid;
    grid-template-columns: var(--_tracks);
    height: var(--_row-height);
    border-bottom: 1px solid var(--portaal-color-border);
    background: var(--_row-bg);
  }
  /* What changes in a row while scrolling stays inside it: the browser lays out only that row. */
  :host(:not([narrow])) .body .row {
    contain: strict;
  }
  .body {
    contain: layout style;
  }
  .head {
    position: sticky;
    top: 0;
    z-index: 1;
  }
  .header {
    --_row-bg: var(--portaal-color-surface-subtle);
    height: auto;
    min-height: var(--_row-height);
    border-bottom-color: var(--portaal-color-border-strong);
    font-size: var(--portaal-font-size-sm);
    font-weight: var(--portaal-font-weight-bold);
  }
  .body {
    position: relative;
  }
  .window {
    will-change: transform;
  }
  .row:not(.header):hover {
    --_row-bg: var(--portaal-color-surface-subtle);
  }
  .row.selected {
    --_row-bg: var(--portaal-color-info-subtle);
  }
  /* Too many columns to fit: the grid scrolls sideways, the checkbox and the row's name stay. */
  :host(:not([narrow])) :is(.cell.select, .cell.row-header) {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_row-bg);
  }
  :host(:not([narrow])) .cell.row-header {
    border-inline-end: 1px solid var(--portaal-color-border);
  }
  :host([selectable]:not([narrow])) .cell.row-header {
    inset-inline-start: 3rem;
  }

  .cell {
    display: block;
    min-width: 0;
    padding: 0 var(--portaal-space-3);
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    line-height: calc(var(--_row-height) - 1px);
  }
  .header .cell {
    display: flex;
    align-items: center;
    line-height: 1.25;
    white-space: normal;
  }
  .cell:focus-visible,
  .cell [data-focus]:focus-visible,
  .action-button:focus-visible {
    outline: var(--portaal-focus-ring-width) solid var(--portaal-color-focus-ring);
    outline-offset: calc(-1 * var(--portaal-focus-ring-width));
  }
  .cell.number,
  .cell.money {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .header .cell.number,
  .header .cell.money {
    justify-content: flex-end;
  }
  .body .row-header {
    font-weight: var(--portaal-font-weight-medium);
  }
  .cell.status .badge {
    max-width: 100%;
    vertical-align: middle;
  }
  .cell.select {
    display: flex;
    align-items: center;
    justify-content: center;
    padding: 0;
  }
  .check {
    width: 1.125rem;
    height: 1.125rem;
    margin: 0;
    accent-color: var(--portaal-color-primary);
    cursor: pointer;
  }
  .check:focus-visible {
    outline-offset: var(--portaal-focus-ring-offset);
  }
  .check-label {
    display: none;
  }
  .cell.action {
    display: flex;
    align-items: center;
    gap: var(--portaal-space-2);
  }

  /* Sortable headers: the whole cell is the button. */
  .header .cell.sortable {
    padding: 0;
  }
  .sort {
    display: flex;
    flex: 1 1 auto;
    align-items: center;
    gap: var(--portaal-space-1);
    align-self: stretch;
    min-width: 0;
    padding: var(--portaal-space-2) var(--portaal-space-3);
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .sort:hover {
    background: var(--portaal-color-neutral-subtle);
  }
  /* Numbers align right: the sort mark goes before the label, so labels line up with the figures. */
  .number .sort,
  .money .sort {
    flex-direction: row-reverse;
    justify-content: flex-start;
    text-align: end;
  }
  /* Labels wrap between words, and inside long compounds where the browser can hyphenate the
     page's language (Hauptfälligkeit); a word still too long ends in an ellipsis. */
  .header .label {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    hyphens: auto;
  }
  .indicator {
    display: inline-flex;
    flex: none;
    align-items: center;
    gap: 1px;
    color: var(--portaal-color-text-muted);
  }
  .indicator svg {
    width: 0.75rem;
    height: 0.75rem;
    fill: currentColor;
    opacity: 0.45;
  }
  .indicator:is(.asc, .desc) {
    color: var(--portaal-color-primary);
  }
  .indicator:is(.asc, .desc) svg {
    opacity: 1;
  }
  .indicator.asc svg path {
    d: path('M6 2.5 9.5 7h-7z');
  }
  .indicator.desc svg path {
    d: path('M6 9.5 2.5 5h7z');
  }
  .priority {
    min-width: 1rem;
    padding: 0 0.2rem;
    border-radius: var(--portaal-radius-pill);
    background: var(--portaal-color-primary);
    color: var(--portaal-color-on-primary);
    font-size: 0.7rem;
    line-height: 1rem;
    text-align: center;
  }

  /* Small native controls: the cells' buttons and the "go to row" form. */
  .action-button,
  .go,
  .go-to-row input {
    min-height: var(--portaal-control-height-sm);
    padding: 0 var(--portaal-space-3);
    border: 1px solid var(--portaal-color-border-strong);
    border-radius: var(--portaal-radius-md);
    background: var(--portaal-color-surface-raised);
    color: var(--portaal-color-text);
    font: inherit;
    font-size: var(--portaal-font-size-sm);
    line-height: 1.2;
  }
  .action-button,
  .go {
    font-weight: var(--portaal-font-weight-medium);
    cursor: pointer;
  }
  .action-button {
    color: var(--portaal-color-primary);
  }
  .action-button:hover,
  .go:hover {
    background: var(--portaal-color-surface-subtle);
  }
  .go-to-row input {
    width: 7rem;
  }
  .go-to-row input:focus-visible,
  .go:focus-visible {
    outline: var(--portaal-focus-ring-width) solid var(--portaal-color-focus-ring);
    outline-offset: var(--portaal-focus-ring-offset);
  }

  .skeleton {
    display: inline-block;
    width: 70%;
    height: 0.75rem;
    border-radius: var(--portaal-radius-sm);
    background: var(--portaal-color-neutral-subtle);
    vertical-align: middle;
    animation: pulse 1.2s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }

  /* States: loading, nothing yet, no results, error. */
  .state {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--portaal-space-3);
    padding: var(--portaal-space-6) var(--portaal-space-5);
    text-align: center;
  }
  .state .message {
    max-width: 36rem;
    margin: 0;
  }
  .state .message strong {
    display: block;
  }
  .state .icon {
    width: 2rem;
    height: 2rem;
    color: var(--portaal-color-text-muted);
  }
  .state.error .icon {
    color: var(--portaal-color-danger);
  }
  .state.loading {
    align-items: stretch;
    padding: 0;
  }
  .state.loading .message {
    align-self: center;
    padding: var(--portaal-space-3);
    color: var(--portaal-color-text-muted);
  }
  .skeleton-row {
    display: grid;
    grid-template-columns: var(--_tracks);
    align-items: center;
    height: var(--_row-height);
    border-bottom: 1px solid var(--portaal-color-border);
  }
  .skeleton-row > span {
    padding: 0 var(--portaal-space-3);
  }
  :host([narrow]) .skeleton-row {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    justify-content: center;
    gap: var(--portaal-space-2);
    height: 7rem;
    margin-bottom: var(--portaal-space-3);
    border: 1px solid var(--portaal-color-border);
    border-radius: var(--portaal-radius-lg);
  }
  :host([narrow]) .skeleton-row > span:nth-child(n + 4) {
    display: none;
  }

  .footer {
    contain: layout style;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--portaal-space-2) var(--portaal-space-4);
    margin-top: var(--portaal-space-2);
    font-size: var(--portaal-font-size-sm);
  }
  .range {
    color: var(--portaal-color-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .go-to-row {
    display: inline-flex;
    align-items: center;
    gap: var(--portaal-space-2);
    margin-inline-start: auto;
  }
  /* Narrow: every row a card, a page at a time; the header becomes a row of sort buttons. */
  :host([narrow]) .search,
  .filters-toggle {
    flex: 1 1 100%;
    min-width: 0;
    max-width: none;
  }
  .filters-toggle > summary {
    display: inline-flex;
    align-items: center;
    min-height: var(--portaal-control-height-sm);
    padding: 0 var(--portaal-space-3);
    border: 1px solid var(--portaal-color-border-strong);
    border-radius: var(--portaal-radius-md);
    background: var(--portaal-color-surface-raised);
    font-weight: var(--portaal-font-weight-medium);
    cursor: pointer;
  }
  .filters-toggle > summary:focus-visible {
    outline: var(--portaal-focus-ring-width) solid var(--portaal-color-focus-ring);
    outline-offset: var(--portaal-focus-ring-offset);
  }
  .filters-toggle > summary::after {
    content: '';
    width: 0.4em;
    height: 0.4em;
    margin: -0.2em 0 0 var(--portaal-space-2);
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: rotate(45deg);
  }
  .filters-toggle[open] > summary {
    margin-bottom: var(--portaal-space-3);
  }
  .filters-toggle[open] > summary::after {
    margin-top: 0.2em;
    transform: rotate(-135deg);
  }
  :host([narrow]) .row:not(.header) .cell.empty {
    display: none;
  }
  :host([narrow]) .scroller {
    max-height: none;
    overflow: visible;
    border: 0;
    background: transparent;
  }
  :host([narrow]) .grid {
    min-width: 0;
  }
  :host([narrow]) .head {
    position: static;
  }
  :host([narrow]) .header {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portaal-space-2);
    min-height: 0;
    margin-bottom: var(--portaal-space-3);
    background: transparent;
    border: 0;
  }
  :host([narrow]) .header .cell {
    padding: 0;
    border: 1px solid var(--portaal-color-border-strong);
    border-radius: var(--portaal-radius-pill);
    background: var(--portaal-color-surface-raised);
  }
  :host([narrow]) .header .cell:not(.sortable):not(.select) {
    display: none;
  }
  /* "Select all" first, then "Sort by" and the columns as chips. */
  :host([narrow]) .header .cell.select {
    order: -1;
    flex: 1 1 100%;
    justify-content: flex-start;
    gap: var(--portaal-space-2);
    /* Room inside the scroller, which clips, for the checkbox's edge and its focus ring. */
    padding: var(--portaal-space-1);
    border: 0;
    background: transparent;
    font-weight: var(--portaal-font-weight-medium);
  }
  :host([narrow]) .check-label {
    display: inline;
    cursor: pointer;
  }
  :host([narrow]) .header::before {
    content: attr(data-sort-label) / '';
    align-self: center;
    color: var(--portaal-color-text-muted);
    font-weight: var(--portaal-font-weight-medium);
  }
  /* Compact chips: the six sort keys of a policy list take two lines on a phone, not three. */
  :host([narrow]) .sort {
    min-height: 2rem;
    padding: 0 var(--portaal-space-2) 0 var(--portaal-space-3);
    border-radius: inherit;
    font-weight: var(--portaal-font-weight-medium);
  }
  :host([narrow]) .number .sort,
  :host([narrow]) .money .sort {
    flex-direction: row;
  }
  :host([narrow]) .row:not(.header) {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--portaal-space-1);
    height: auto;
    margin-bottom: var(--portaal-space-3);
    padding: var(--portaal-space-3) var(--portaal-space-4);
    border: 1px solid var(--portaal-color-border);
    border-radius: var(--portaal-radius-lg);
    background: var(--portaal-color-surface-raised);
  }
  :host([narrow][selectable]) .row:not(.header) {
    padding-inline-end: calc(var(--portaal-space-4) + 2.5rem);
  }
  :host([narrow]) .row:not(.header) .cell {
    display: grid;
    grid-template-columns: minmax(6rem, 38%) minmax(0, 1fr);
    gap: var(--portaal-space-3);
    padding: 0;
    overflow: visible;
    white-space: normal;
    overflow-wrap: anywhere;
    line-height: 1.4;
    text-align: start;
  }
  :host([narrow]) .row:not(.header) .cell::before {
    content: attr(data-label) / '';
    color: var(--portaal-color-text-muted);
    font-size: var(--portaal-font-size-sm);
  }
  :host([narrow]) .row:not(.header) .cell.row-header {
    display: block;
    font-weight: var(--portaal-font-weight-bold);
  }
  :host([narrow]) .row:not(.header) .cell.row-header::before,
  :host([narrow]) .row:not(.header) .cell.select::before,
  :host([narrow]) .row:not(.header) .cell.action::before {
    content: none;
  }
  :host([narrow]) .row:not(.header) .cell.select {
    position: absolute;
    top: var(--portaal-space-2);
    inset-inline-end: var(--portaal-space-2);
    display: flex;
    width: 2.5rem;
    height: 2.5rem;
  }
  :host([narrow]) .row:not(.header) .cell.action {
    display: flex;
    flex-wrap: wrap;
    margin-top: var(--portaal-space-2);
  }
  :host([narrow]) .window {
    will-change: auto;
  }
  :host([narrow]) .footer {
    justify-content: space-between;
  }

  @media (forced-colors: active) {
    .row.selected {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    .priority {
      border: 1px solid CanvasText;
    }
  }
`;
