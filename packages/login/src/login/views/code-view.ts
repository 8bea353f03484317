import { html, nothing, type TemplateResult } from 'lit';
import type { SecondFactorMethod } from '@portaal/core';
import {
  codeField,
  codeTips,
  heading,
  linkButton,
  lockMessage,
  messageBox,
  withCountdown,
  type CodeFieldOptions,
  type Ui,
} from './parts.js';

/** The code form shared by the second-factor step and the confirmation of an enrolment. */
export interface CodeFormProps extends Omit<CodeFieldOptions, 'help' | 'disabled'> {
  method: SecondFactorMethod;
  submitLabel: string;
  locked: boolean;
  onSubmit: (event: SubmitEvent) => void;
}

export function codeForm(ui: Ui, props: CodeFormProps): TemplateResult {
  return html`<form part="form" novalidate @submit=${props.onSubmit}>
    ${codeField(ui, {
      ...props,
      help: ui.t(props.method === 'totp' ? 'login.code.help.totp' : 'login.code.help.email'),
      disabled: props.locked,
    })}
    <div class="actions">
      <portaal-button class="submit" part="submit" type="submit" variant="primary" ?loading=${ui.busy} ?disabled=${props.locked}
        >${props.submitLabel}</portaal-button
      >
    </div>
  </form>`;
}

/** Where an e-mailed code stands: being sent, sent (until when), or expired. */
export interface EmailCodeStatus {
  /** Masked address, null while the code is on its way. */
  sentTo: string | null;
  /** When the code stops working, if the back end told. */
  expiresAt: number | null;
  expired: boolean;
  resendSeconds: number;
}

export function emailCodeIntro(ui: Ui, status: EmailCodeStatus): TemplateResult {
  if (status.sentTo === null) return html`<p class="intro" part="intro" role="status">${ui.t('login.email.sending')}</p>`;
  if (status.expired) return messageBox('warning', ui.t('login.email.expired'), { part: 'intro' });
  const time = status.expiresAt === null ? '' : new Intl.DateTimeFormat(ui.locale, { hour: '2-digit', minute: '2-digit' }).format(status.expiresAt);
  const address = status.sentTo;
  // The address in bold: split the sentence around it rather than building markup from text.
  const marker = '\u0000';
  const sentence = time ? ui.t('login.email.sent', { address: marker, time }) : ui.t('login.email.sentShort', { address: marker });
  const [before = '', after = ''] = sentence.split(marker);
  return html`<p class="intro" part="intro">${before}<strong class="address">${address}</strong>${after}</p>`;
}

/** "Send a new code", disabled with a visible countdown until the back end allows another one. */
export function resendRow(ui: Ui, status: EmailCodeStatus, locked: boolean, onResend: () => void): TemplateResult {
  const waiting = status.resendSeconds > 0;
  return html`<div class="resend" part="resend">
    ${linkButton(ui.t('login.email.resend'), onResend, { disabled: waiting || locked || status.sentTo === null || ui.busy, id: 'resend' })}
    ${waiting ? html`<span class="hint">${withCountdown(ui, 'login.email.resendWait', status.resendSeconds)}</span>` : nothing}
  </div>`;
}

export interface SecondFactorProps extends CodeFormProps {
  methods: readonly SecondFactorMethod[];
  email: EmailCodeStatus;
  formError: string;
  tipsOpen: boolean;
  supportHref: string;
  lockSeconds: number;
  lockEnded: boolean;
  onResend: () => void;
  onSwitch: (method: SecondFactorMethod) => void;
  onRestart: () => void;
}

/** The second factor at login: a code from the authenticator app, or one sent by e-mail. */
export function secondFactorView(ui: Ui, props: SecondFactorProps): TemplateResult {
  const totp = props.method === 'totp';
  const other: SecondFactorMethod = totp ? 'email' : 'totp';
  return html`
    ${heading(ui, ui.t(totp ? 'login.totp.title' : 'login.email.title'))}
    ${totp ? html`<p class="intro" part="intro">${ui.t('login.totp.intro')}</p>` : emailCodeIntro(ui, props.email)}
    ${lockMessage(ui, props.lockSeconds, props.lockEnded)}
    ${props.formError ? messageBox('danger', props.formError, { role: 'alert', part: 'alert' }) : nothing}
    ${codeForm(ui, props)} ${totp ? nothing : resendRow(ui, props.email, props.locked, props.onResend)}
    ${codeTips(ui, props.method, props.tipsOpen, props.supportHref)}
    <div class="links" part="links">
      ${props.methods.includes(other)
        ? linkButton(ui.t(totp ? 'login.totp.useEmail' : 'login.email.useTotp'), () => props.onSwitch(other), {
            disabled: props.locked,
            id: 'switch',
          })
        : nothing}
      ${linkButton(ui.t('login.restart'), props.onRestart, { id: 'restart' })}
    </div>
  `;
}
