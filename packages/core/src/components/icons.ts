/**
 * The status icons every element shares (message boxes, field errors, busy states). Decorative:
 * hidden from assistive technology, because the text next to them says the same thing.
 */
import { html, svg, type TemplateResult } from 'lit';

const STATUS_PATHS = {
  info: svg`<path d="M10 1.5a8.5 8.5 0 1 1 0 17 8.5 8.5 0 0 1 0-17Zm0 7a1 1 0 0 0-1 1v4.5a1 1 0 1 0 2 0V9.5a1 1 0 0 0-1-1Zm0-3.25a1.15 1.15 0 1 0 0 2.3 1.15 1.15 0 0 0 0-2.3Z"></path>`,
  warning: svg`<path d="M8.7 2.3a1.5 1.5 0 0 1 2.6 0l7.2 13a1.5 1.5 0 0 1-1.3 2.2H2.8a1.5 1.5 0 0 1-1.3-2.2l7.2-13ZM10 13.25a1.1 1.1 0 1 0 0 2.2 1.1 1.1 0 0 0 0-2.2ZM10 6.5a1 1 0 0 0-1 1.05l.25 4a.75.75 0 0 0 1.5 0l.25-4A1 1 0 0 0 10 6.5Z"></path>`,
  danger: svg`<path d="M10 1.5a8.5 8.5 0 1 1 0 17 8.5 8.5 0 0 1 0-17Zm0 11.25a1.1 1.1 0 1 0 0 2.2 1.1 1.1 0 0 0 0-2.2ZM10 5a1 1 0 0 0-1 1.05l.3 5.2a.7.7 0 0 0 1.4 0l.3-5.2A1 1 0 0 0 10 5Z"></path>`,
  success: svg`<path d="M10 1.5a8.5 8.5 0 1 1 0 17 8.5 8.5 0 0 1 0-17Zm3.7 5.3a.9.9 0 0 0-1.27.08L8.9 10.9 7.5 9.5a.9.9 0 1 0-1.27 1.27l2.1 2.1a.9.9 0 0 0 1.32-.05l4.13-4.75a.9.9 0 0 0-.08-1.27Z"></path>`,
};

export type StatusIconName = keyof typeof STATUS_PATHS;

/** A filled 20×20 status icon in the current text colour. */
export function statusIcon(name: StatusIconName, className = ''): TemplateResult {
  return html`<svg class=${className} viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">${STATUS_PATHS[name]}</svg>`;
}

/** The busy indicator: a ring with a turning quarter (the turning is the caller's CSS). */
export function spinnerIcon(className = ''): TemplateResult {
  return html`<svg class="spin ${className}" viewBox="0 0 24 24" fill="none" aria-hidden="true">
    <circle cx="12" cy="12" r="9" stroke="currentColor" stroke-opacity="0.3" stroke-width="3"></circle>
    <path d="M21 12a9 9 0 0 0-9-9" stroke="currentColor" stroke-width="3" stroke-linecap="round"></path>
  </svg>`;
}
