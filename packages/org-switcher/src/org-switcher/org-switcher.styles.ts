import { focusRing, hostStyles, spinnerStyles, visuallyHidden } from '@portaal/core';
import { css } from 'lit';

/** Shared by both variants and by <portaal-org-details>: notices, spinners, tags and the organisation's name block. */
export const orgCommonStyles = css`
  :host {
    display: block;
    color: var(--portaal-color-text);
    font-size: var(--portaal-font-size-md);
  }

  p {
    margin: 0;
  }

  .icon {
    flex: 0 0 auto;
    width: 1.25rem;
    height: 1.25rem;
  }

  .loading {
    display: flex;
    align-items: center;
    gap: var(--portaal-space-2);
    color: var(--portaal-color-text-muted);
  }

  .notice {
    display: flex;
    align-items: flex-start;
    gap: var(--portaal-space-3);
    padding: var(--portaal-space-3) var(--portaal-space-4);
    border-radius: var(--portaal-radius-md);
    border-inline-start: 4px solid currentColor;
  }
  .notice p {
    color: var(--portaal-color-text);
  }
  .notice.warning {
    background: var(--portaal-color-warning-subtle);
    color: var(--portaal-color-warning);
  }
  .notice.error {
    background: var(--portaal-color-danger-subtle);
    color: var(--portaal-color-danger);
  }
  .notice.error > div {
    display: grid;
    justify-items: start;
    gap: var(--portaal-space-2);
  }
  .notice .icon {
    margin-top: 0.125rem;
  }

  /* Live region for switching and refusals: always present (so changes are announced), boxed only when it says something. */
  .status {
    display: flex;
    align-items: flex-start;
    gap: var(--portaal-space-2);
    font-size: var(--portaal-font-size-sm);
  }
  .status:has(p) {
    padding: var(--portaal-space-2) var(--portaal-space-3);
    border-radius: var(--portaal-radius-md);
    background: var(--portaal-color-surface-subtle);
    color: var(--portaal-color-text-muted);
  }
  .status.failed:has(p) {
    background: var(--portaal-color-danger-subtle);
    color: var(--portaal-color-danger);
    font-weight: var(--portaal-font-weight-medium);
  }
  .status .icon {
    width: 1.1rem;
    height: 1.1rem;
    margin-top: 0.1rem;
  }

  /* Name, number and tags of one organisation (list buttons and combobox options). */
  .org {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    min-width: 0;
    flex: 1 1 auto;
    text-align: start;
  }
  .name {
    font-weight: var(--portaal-font-weight-bold);
    overflow-wrap: anywhere;
    /* A 200-character name stays readable without pushing everything else away. */
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
  }
  .meta {
    color: var(--portaal-color-text-muted);
    font-size: var(--portaal-font-size-sm);
    overflow-wrap: anywhere;
  }
  .number {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portaal-space-1);
    margin-top: var(--portaal-space-1);
  }
  .tag {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    padding: 0 var(--portaal-space-2);
    border-radius: var(--portaal-radius-pill);
    background: var(--portaal-color-neutral-subtle);
    color: var(--portaal-color-text);
    font-size: var(--portaal-font-size-sm);
    font-weight: var(--portaal-font-weight-medium);
    line-height: 1.5rem;
  }
  .tag-current {
    background: var(--portaal-color-success-subtle);
    color: var(--portaal-color-success);
  }
  .tag-default {
    background: var(--portaal-color-info-subtle);
    color: var(--portaal-color-info);
  }
  .tag .icon {
    width: 0.875rem;
    height: 0.875rem;
  }

  @media (forced-colors: active) {
    .tag,
    .notice,
    .status:has(p) {
      border: 1px solid CanvasText;
    }
  }
`;

/** Page variant: intro, a list of buttons, and the default profile group. */
const page = css`
  .base.page {
    display: grid;
    gap: var(--portaal-space-4);
    min-width: 0;
  }
  .intro,
  .empty-account {
    color: var(--portaal-color-text);
  }

  .skeleton {
    display: grid;
    gap: var(--portaal-space-2);
  }
  .bone {
    display: block;
    height: 4.5rem;
    border-radius: var(--portaal-radius-md);
    background: var(--portaal-color-neutral-subtle);
    animation: pulse 1.6s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }

  .cards {
    display: grid;
    gap: var(--portaal-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    display: flex;
    align-items: center;
    gap: var(--portaal-space-3);
    width: 100%;
    min-height: var(--portaal-control-height-lg);
    margin: 0;
    padding: var(--portaal-space-3) var(--portaal-space-4);
    border: 1px solid var(--portaal-color-border-strong);
    border-radius: var(--portaal-radius-md);
    background: var(--portaal-color-surface-raised);
    color: inherit;
    font: inherit;
    cursor: pointer;
    transition-property: background-color, border-color;
    transition-duration: var(--portaal-motion-duration);
  }
  .card:hover {
    background: var(--portaal-color-surface-subtle);
    border-color: var(--portaal-color-text-muted);
  }
  .card:focus-visible {
    ${focusRing}
  }
  .card[aria-current='true'] {
    border-color: var(--portaal-color-primary);
    box-shadow: inset 3px 0 0 var(--portaal-color-primary);
  }
  .card[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  .card > .icon {
    color: var(--portaal-color-text-muted);
  }
  .card[aria-current='true'] > .icon {
    color: var(--portaal-color-primary);
  }
  :host(:dir(rtl)) .next {
    transform: scaleX(-1);
  }

  .default {
    display: grid;
    gap: var(--portaal-space-2);
    padding-top: var(--portaal-space-4);
    border-top: 1px solid var(--portaal-color-border);
  }
  .default-title {
    display: flex;
    align-items: center;
    gap: var(--portaal-space-2);
    font-weight: var(--portaal-font-weight-bold);
  }
  .default-title .icon {
    color: var(--portaal-color-primary);
  }
  .default-text {
    overflow-wrap: anywhere;
  }
  .default-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portaal-space-2);
    margin-top: var(--portaal-space-1);
  }
  .default-actions portaal-button {
    max-width: 100%;
  }
  .default-actions portaal-button::part(label) {
    overflow-wrap: anywhere;
  }
  .default-error {
    display: flex;
    align-items: flex-start;
    gap: var(--portaal-space-2);
    color: var(--portaal-color-danger);
    font-size: var(--portaal-font-size-sm);
    font-weight: var(--portaal-font-weight-medium);
  }

  .remember {
    display: flex;
    align-items: flex-start;
    gap: var(--portaal-space-2);
    cursor: pointer;
  }
  .remember input {
    flex: 0 0 auto;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.125rem 0 0;
    accent-color: var(--portaal-color-primary);
    cursor: pointer;
  }
  .remember input:focus-visible {
    ${focusRing}
  }

  @media (max-width: 30rem) {
    .card {
      padding: var(--portaal-space-2) var(--portaal-space-3);
    }
  }
`;

/** The combobox: label, input with search icon and toggle, and the popup under it. */
const combobox = css`
  .field {
    display: grid;
    gap: var(--portaal-space-1);
    min-width: 0;
  }
  .label {
    font-weight: var(--portaal-font-weight-medium);
  }
  .hint {
    color: var(--portaal-color-text-muted);
    font-size: var(--portaal-font-size-sm);
  }
  .anchor {
    position: relative;
    min-width: 0;
  }

  .control {
    display: flex;
    align-items: center;
    min-height: var(--portaal-control-height-md);
    padding-inline-start: var(--portaal-space-3);
    background: var(--portaal-color-surface-raised);
    border: 1px solid var(--portaal-color-border-strong);
    border-radius: var(--portaal-radius-md);
    transition: border-color var(--portaal-motion-duration);
  }
  .control:hover {
    border-color: var(--portaal-color-text-muted);
  }
  .control:has(input:focus-visible) {
    ${focusRing}
  }
  .control > .icon {
    color: var(--portaal-color-text-muted);
  }
  input {
    flex: 1 1 auto;
    min-width: 0;
    margin: 0;
    padding: var(--portaal-space-2);
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    text-overflow: ellipsis;
    outline: none;
  }
  input::placeholder {
    color: var(--portaal-color-text-muted);
    opacity: 1;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    flex: 0 0 auto;
    align-self: stretch;
    min-width: var(--portaal-control-height-md);
    margin: 0;
    padding: 0;
    border: 0;
    border-inline-start: 1px solid var(--portaal-color-border);
    border-start-end-radius: var(--portaal-radius-md);
    border-end-end-radius: var(--portaal-radius-md);
    background: transparent;
    color: var(--portaal-color-text-muted);
    cursor: pointer;
  }
  .toggle:hover {
    background: var(--portaal-color-surface-subtle);
    color: var(--portaal-color-text);
  }
  .toggle .icon {
    transition: transform var(--portaal-motion-duration);
  }
  .toggle[aria-expanded='true'] .icon {
    transform: rotate(180deg);
  }

  .popup {
    position: absolute;
    z-index: 20;
    top: calc(100% + var(--portaal-space-1));
    inset-inline-start: 0;
    width: 100%;
    max-width: calc(100vw - 2 * var(--portaal-space-3));
    margin: 0;
    padding: 0;
    overflow: hidden;
    color: inherit;
    background: var(--portaal-color-surface-raised);
    border: 1px solid var(--portaal-color-border);
    border-radius: var(--portaal-radius-md);
    box-shadow: var(--portaal-shadow-raised);
  }
  .popup[hidden] {
    display: none;
  }
  /* Open, in the top layer: placed under the input by placePopup(). */
  .popup:popover-open {
    position: fixed;
    inset: auto;
    width: var(--_input-width);
    margin-top: var(--portaal-space-1);
  }

  .popup-count {
    padding: var(--portaal-space-2) var(--portaal-space-4) 0;
    color: var(--portaal-color-text-muted);
    font-size: var(--portaal-font-size-sm);
  }
  [role='listbox'] {
    max-height: min(22rem, 60vh);
    margin: 0;
    padding: var(--portaal-space-1);
    overflow-y: auto;
    overscroll-behavior: contain;
    list-style: none;
  }
  [role='listbox'][hidden] {
    display: none;
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--portaal-space-3);
    padding: var(--portaal-space-2) var(--portaal-space-3);
    border-radius: var(--portaal-radius-sm);
    cursor: pointer;
  }
  .option:hover {
    background: var(--portaal-color-surface-subtle);
  }
  /* The option the arrow keys reached: DOM focus stays in the input, so this is the focus indicator. */
  .option.active {
    background: var(--portaal-color-info-subtle);
    outline: var(--portaal-focus-ring-width) solid var(--portaal-color-focus-ring);
    outline-offset: calc(-1 * var(--portaal-focus-ring-width));
  }
  .option .mark {
    display: inline-flex;
    flex: 0 0 1.25rem;
    color: var(--portaal-color-primary);
  }

  .popup-state {
    padding: var(--portaal-space-3) var(--portaal-space-4);
  }
  .popup-state .notice {
    padding: 0;
    background: transparent;
    border: 0;
  }
  .empty-title {
    font-weight: var(--portaal-font-weight-medium);
    overflow-wrap: anywhere;
  }
  .empty-help {
    margin-top: var(--portaal-space-1);
    color: var(--portaal-color-text-muted);
    font-size: var(--portaal-font-size-sm);
  }

  @media (forced-colors: active) {
    .control,
    .popup {
      border-color: CanvasText;
    }
    .option.active {
      outline-color: Highlight;
    }
  }
`;

/** Header variant: the combobox and the default toggle on one row. */
const header = css`
  :host([variant='header']) {
    display: inline-block;
    max-width: 100%;
    vertical-align: middle;
  }
  .base.header {
    display: grid;
    gap: var(--portaal-space-2);
    min-width: 0;
  }
  .header-row {
    display: flex;
    align-items: center;
    gap: var(--portaal-space-2);
    min-width: 0;
  }
  .header .field {
    flex: 1 1 auto;
    width: var(--portaal-org-switcher-width, 20rem);
  }
  .header .control {
    min-height: var(--portaal-control-height-md);
  }
  .header .popup {
    width: max(100%, 24rem);
  }
  .header .popup:popover-open {
    width: max(var(--_input-width), 24rem);
  }
  .single {
    font-weight: var(--portaal-font-weight-bold);
    overflow-wrap: anywhere;
  }

  .default-toggle {
    display: inline-flex;
    align-items: center;
    gap: var(--portaal-space-1);
    flex: 0 0 auto;
    min-height: var(--portaal-control-height-md);
    min-width: var(--portaal-control-height-md);
    justify-content: center;
    margin: 0;
    padding: 0 var(--portaal-space-3);
    border: 1px solid var(--portaal-color-border-strong);
    border-radius: var(--portaal-radius-md);
    background: var(--portaal-color-surface-raised);
    color: var(--portaal-color-text);
    font: inherit;
    font-size: var(--portaal-font-size-sm);
    font-weight: var(--portaal-font-weight-medium);
    cursor: pointer;
  }
  .default-toggle:hover {
    background: var(--portaal-color-surface-subtle);
  }
  .default-toggle:focus-visible {
    ${focusRing}
  }
  .default-toggle[aria-pressed='true'] {
    border-color: var(--portaal-color-primary);
    background: var(--portaal-color-info-subtle);
    color: var(--portaal-color-info);
  }
  .default-toggle[aria-disabled='true'] {
    cursor: progress;
  }
  .header-default-error {
    flex-basis: 100%;
  }

  @media (max-width: 40rem) {
    .header .field {
      width: auto;
    }
    /* Narrow: the toggle keeps its star and its name, the word is only read out. */
    .default-short {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
`;

export const orgSwitcherStyles = [hostStyles, visuallyHidden, spinnerStyles, orgCommonStyles, page, combobox, header];
