/**
 * Styles every building block shares. Colours only through `--portaal-*` tokens.
 */
import { css } from 'lit';

/**
 * A focus ring that meets 3:1 against the surface around it (the offset leaves a gap of surface
 * colour, so it also shows on a primary button). Use inside a `:focus-visible` rule.
 */
export const focusRing = css`
  outline: var(--portaal-focus-ring-width) solid var(--portaal-color-focus-ring);
  outline-offset: var(--portaal-focus-ring-offset);
`;

/** Hidden on screen, still read by screen readers. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

/**
 * Turns anything with the class `spin` (every `spinnerIcon()` has it). With reduced motion it turns
 * slower rather than stopping, so it still says "busy".
 */
export const spinnerStyles = css`
  .spin {
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spin {
      animation-duration: 2.4s;
    }
  }
`;

/** Base for every host: tokens for type and colour, border-box sizing, reduced motion honoured. */
export const hostStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--portaal-font-family);
    line-height: var(--portaal-line-height);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --portaal-motion-duration: 0s;
    }
  }
`;
