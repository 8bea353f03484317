import { html, type TemplateResult } from 'lit';
import { formatCountdown } from './duration.js';

/** `4:59` to look at, "4 minutes and 59 seconds" for screen readers. */
export function countdownText(seconds: number, locale: string): TemplateResult {
  const { digital, spoken } = formatCountdown(seconds, locale);
  return html`<span class="countdown" aria-hidden="true">${digital}</span><span class="visually-hidden">${spoken}</span>`;
}

/**
 * A translated sentence with a live countdown in it: `sentence(time)` is called with a marker that
 * is then replaced by `countdownText()`, so no markup is ever built from message text.
 */
export function sentenceWithCountdown(sentence: (time: string) => string, seconds: number, locale: string): TemplateResult {
  const marker = '\u0000';
  const [before = '', after = ''] = sentence(marker).split(marker);
  return html`${before}${countdownText(seconds, locale)}${after}`;
}
