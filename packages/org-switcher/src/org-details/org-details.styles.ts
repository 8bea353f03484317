import { focusRing, hostStyles, spinnerStyles, visuallyHidden } from '@portaal/core';
import { css } from 'lit';
import { orgCommonStyles } from '../org-switcher/org-switcher.styles.js';

const styles = css`
  .base {
    display: grid;
    gap: var(--portaal-space-4);
    min-width: 0;
  }

  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
    gap: var(--portaal-space-4);
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: var(--portaal-space-3);
    min-width: 0;
    padding: var(--portaal-space-4) var(--portaal-space-5);
    background: var(--portaal-color-surface-raised);
    border: 1px solid var(--portaal-color-border);
    border-radius: var(--portaal-radius-lg);
    /* A 200-character name without spaces wraps instead of widening the card. */
    overflow-wrap: anywhere;
  }

  .heading {
    margin: 0;
    font-size: var(--portaal-font-size-md);
    font-weight: var(--portaal-font-weight-bold);
    line-height: 1.3;
  }

  dl {
    display: grid;
    gap: var(--portaal-space-3);
    margin: 0;
  }
  dt {
    color: var(--portaal-color-text-muted);
    font-size: var(--portaal-font-size-sm);
  }
  dd {
    margin: 0;
  }
  .org-name {
    font-size: var(--portaal-font-size-lg);
    font-weight: var(--portaal-font-weight-bold);
    line-height: 1.3;
  }
  .number {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .access {
    display: inline-block;
    padding: 0 var(--portaal-space-2);
    border-radius: var(--portaal-radius-pill);
    font-size: var(--portaal-font-size-sm);
    font-weight: var(--portaal-font-weight-medium);
    line-height: 1.5rem;
  }
  .access.full {
    background: var(--portaal-color-success-subtle);
    color: var(--portaal-color-success);
  }
  .access.restricted {
    background: var(--portaal-color-warning-subtle);
    color: var(--portaal-color-warning);
  }

  .entries {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .entries > li {
    display: grid;
    gap: 0.125rem;
    padding-block: var(--portaal-space-3);
    border-top: 1px solid var(--portaal-color-border);
  }
  .entries > li:first-child {
    padding-top: 0;
    border-top: 0;
  }
  .entries > li:last-child {
    padding-bottom: 0;
  }
  .entry {
    display: grid;
    gap: 0.125rem;
  }

  .kind {
    color: var(--portaal-color-text-muted);
    font-size: var(--portaal-font-size-sm);
    font-weight: var(--portaal-font-weight-medium);
  }
  .lines span {
    display: block;
  }
  .person {
    font-weight: var(--portaal-font-weight-medium);
  }
  .muted {
    color: var(--portaal-color-text-muted);
    font-size: var(--portaal-font-size-sm);
  }

  .reach {
    display: grid;
    gap: 0.125rem;
    margin: var(--portaal-space-1) 0 0;
    padding: 0;
    list-style: none;
  }
  .reach li {
    display: flex;
    align-items: flex-start;
    gap: var(--portaal-space-2);
    min-width: 0;
  }
  .icon {
    flex: 0 0 auto;
    width: 1.125rem;
    height: 1.125rem;
    margin-top: 0.2rem;
    color: var(--portaal-color-text-muted);
  }
  a {
    color: var(--portaal-color-primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    min-width: 0;
    border-radius: var(--portaal-radius-sm);
  }
  a:hover {
    color: var(--portaal-color-primary-hover);
    text-decoration-thickness: 2px;
  }
  a:focus-visible {
    ${focusRing}
  }

  .outdated {
    color: var(--portaal-color-text-muted);
    font-size: var(--portaal-font-size-sm);
  }

  .status {
    color: var(--portaal-color-text-muted);
  }
  .empty {
    padding: var(--portaal-space-4) var(--portaal-space-5);
    background: var(--portaal-color-surface-subtle);
    border: 1px solid var(--portaal-color-border);
    border-radius: var(--portaal-radius-lg);
    color: var(--portaal-color-text);
  }

  .skeleton .card {
    gap: var(--portaal-space-2);
  }
  .bone {
    display: block;
    height: 0.875rem;
    width: 80%;
    border-radius: var(--portaal-radius-sm);
    background: var(--portaal-color-neutral-subtle);
    animation: pulse 1.6s ease-in-out infinite;
  }
  .bone:nth-child(odd) {
    width: 60%;
  }
  .bone.title {
    width: 40%;
    height: 1.125rem;
    margin-bottom: var(--portaal-space-2);
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
    .spinner {
      animation-duration: 2.4s;
    }
  }

  .error {
    display: flex;
    align-items: flex-start;
    gap: var(--portaal-space-3);
    padding: var(--portaal-space-3) var(--portaal-space-4);
    border-radius: var(--portaal-radius-md);
    border-inline-start: 4px solid var(--portaal-color-danger);
    background: var(--portaal-color-danger-subtle);
  }
  .error > .icon {
    margin-top: 0.125rem;
    color: var(--portaal-color-danger);
  }
  .error > div {
    display: grid;
    justify-items: start;
    gap: var(--portaal-space-2);
  }

  @media (max-width: 30rem) {
    .card {
      padding: var(--portaal-space-3) var(--portaal-space-4);
    }
  }

  @media (forced-colors: active) {
    .card,
    .error,
    .access {
      border: 1px solid CanvasText;
    }
  }
`;

export const orgDetailsStyles = [hostStyles, visuallyHidden, spinnerStyles, orgCommonStyles, styles];
