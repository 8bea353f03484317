/**
 * Pieces every step of <portaal-login> shares: the step heading, messages, link-style actions,
 * the code field and the help under it. Pure functions of what they are given.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { statusIcon, type MessageParams } from '@portaal/core';
import { sentenceWithCountdown } from '../../internal/countdown-text.js';
import type { LoginMessageKey } from '../../messages.js';

/** What every view needs from the element. */
export interface Ui {
  t(key: LoginMessageKey | (string & {}), params?: MessageParams): string;
  locale: string;
  headingLevel: 1 | 2 | 3 | 4;
  /** A request is in flight: submit buttons show it and ignore clicks. */
  busy: boolean;
}

export type Tone = 'info' | 'warning' | 'danger' | 'success';

/** The step's heading; focus moves here when a step has no obvious first field. */
export function heading(ui: Ui, text: string): TemplateResult {
  const attrs = { id: 'heading', part: 'heading' };
  switch (ui.headingLevel) {
    case 1:
      return html`<h1 id=${attrs.id} part=${attrs.part} class="heading" tabindex="-1">${text}</h1>`;
    case 3:
      return html`<h3 id=${attrs.id} part=${attrs.part} class="heading" tabindex="-1">${text}</h3>`;
    case 4:
      return html`<h4 id=${attrs.id} part=${attrs.part} class="heading" tabindex="-1">${text}</h4>`;
    default:
      return html`<h2 id=${attrs.id} part=${attrs.part} class="heading" tabindex="-1">${text}</h2>`;
  }
}


/**
 * A message box with an icon (never colour alone). `role` alert for errors that appear after an
 * action, status for quieter news; none for text that is simply part of the step.
 */
export function messageBox(
  tone: Tone,
  content: unknown,
  options: { role?: 'alert' | 'status'; id?: string; focusable?: boolean; part?: string } = {},
): TemplateResult {
  return html`<div
    class="message ${tone}"
    part=${options.part ?? 'message'}
    id=${ifDefined(options.id)}
    role=${ifDefined(options.role)}
    tabindex=${options.focusable ? '-1' : nothing}
  >
    ${statusIcon(tone)}
    <div class="message-text">${content}</div>
  </div>`;
}

/** An action that stays on this page, styled as a link (it is a button: it does not navigate). */
/** The e-mail address field of the login and the reset forms: `username` so password managers fill it in. */
export function emailField(ui: Ui, id: string, value: string, error: string, onInput: (value: string) => void): TemplateResult {
  return html`<portaal-text-field
    id=${id}
    name="email"
    type="email"
    label=${ui.t('login.email')}
    autocomplete="username"
    .value=${value}
    error=${error}
    @portaal-input=${(e: CustomEvent<{ value: string }>) => onInput(e.detail.value)}
  ></portaal-text-field>`;
}

export function linkButton(text: string, onClick: () => void, options: { disabled?: boolean; id?: string } = {}): TemplateResult {
  return html`<button
    type="button"
    class="link"
    part="link"
    id=${ifDefined(options.id)}
    ?disabled=${options.disabled ?? false}
    @click=${onClick}
  >
    ${text}
  </button>`;
}

/** A sentence with a countdown in it: the message's `{time}` is replaced by the countdown. */
export function withCountdown(ui: Ui, key: LoginMessageKey, seconds: number): TemplateResult {
  return sentenceWithCountdown((time) => ui.t(key, { time }), seconds, ui.locale);
}

export interface CodeFieldOptions {
  value: string;
  help: string;
  error: string;
  disabled: boolean;
  onInput: (event: CustomEvent<{ value: string }>) => void;
  onPaste: (event: ClipboardEvent) => void;
}

/**
 * One input for the whole code: `one-time-code` lets phones offer the code from an SMS or e-mail,
 * `numeric` brings up the number pad, and pasting `123 456` works (the element cleans it up).
 */
export function codeField(ui: Ui, options: CodeFieldOptions): TemplateResult {
  return html`<portaal-text-field
    id="code"
    class="code"
    name="code"
    label=${ui.t('login.code.label')}
    help=${options.help}
    error=${options.error}
    autocomplete="one-time-code"
    inputmode="numeric"
    .value=${options.value}
    ?disabled=${options.disabled}
    @portaal-input=${options.onInput}
    @paste=${options.onPaste}
  ></portaal-text-field>`;
}

/** The help the real portals give when a code is refused, open once something went wrong. */
export function codeTips(ui: Ui, kind: 'totp' | 'email', open: boolean, supportHref: string): TemplateResult {
  const tips: LoginMessageKey[] =
    kind === 'totp'
      ? ['login.code.tip.recent', 'login.code.tip.clock', 'login.code.tip.account', 'login.code.tip.lost']
      : ['login.code.tip.emailRecent', 'login.code.tip.spam'];
  return html`<details class="tips" part="tips" ?open=${open}>
    <summary>${ui.t('login.code.trouble')}</summary>
    <ul>
      ${tips.map((key) => html`<li>${ui.t(key)}</li>`)}
    </ul>
    ${supportHref ? html`<p><a href=${supportHref} part="support">${ui.t('login.support')}</a></p>` : nothing}
  </details>`;
}

/**
 * "Too many attempts" with the time left, then "you can try again". Not a live region: it ticks
 * every second. The element announces it once and moves focus here (the code field is disabled).
 */
export function lockMessage(ui: Ui, secondsLeft: number, justEnded: boolean): TemplateResult | typeof nothing {
  if (secondsLeft > 0) {
    return messageBox(
      'danger',
      html`<strong>${ui.t('login.locked.title')}</strong> ${withCountdown(ui, 'login.locked.wait', secondsLeft)}`,
      { id: 'lock', focusable: true, part: 'lock' },
    );
  }
  if (justEnded) return messageBox('success', ui.t('login.locked.over'), { id: 'lock', focusable: true, part: 'lock' });
  return nothing;
}
