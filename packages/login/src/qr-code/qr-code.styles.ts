import { css, unsafeCSS } from 'lit';
import { tokenValues } from '@portaal/core';

/**
 * The code keeps the light theme's text-on-surface colours in every theme: scanners expect dark
 * modules on a light background. An integrator can still restyle it with the two properties.
 */
const light = tokenValues('light');

export const qrCodeStyles = css`
  :host {
    display: inline-block;
    inline-size: var(--portaal-qr-size, 11rem);
    aspect-ratio: 1;
    vertical-align: top;
  }
  :host([hidden]) {
    display: none;
  }
  svg,
  .placeholder {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    border-radius: var(--portaal-radius-md);
  }
  .background {
    fill: var(--portaal-qr-background, ${unsafeCSS(light['color-surface'])});
  }
  .modules {
    fill: var(--portaal-qr-color, ${unsafeCSS(light['color-text'])});
  }
  .placeholder {
    display: grid;
    place-items: center;
    box-sizing: border-box;
    padding: var(--portaal-space-3);
    border: 1px dashed var(--portaal-color-border-strong);
    background: var(--portaal-color-surface-subtle);
    color: var(--portaal-color-text-muted);
    font-size: var(--portaal-font-size-sm);
    text-align: center;
  }
  /* High-contrast modes would recolour the modules; a QR code has to stay dark on light to scan. */
  svg {
    forced-color-adjust: none;
  }
`;
