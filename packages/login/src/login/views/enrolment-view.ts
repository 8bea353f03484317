import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, type EnrolmentStart, type SecondFactorMethod } from '@portaal/core';
import { groupKey } from '../../internal/code.js';
import { codeForm, emailCodeIntro, resendRow, type CodeFormProps, type EmailCodeStatus } from './code-view.js';
import { codeTips, heading, linkButton, lockMessage, messageBox, type Ui } from './parts.js';

export interface EnrolmentProps extends Omit<CodeFormProps, 'submitLabel'> {
  methods: readonly SecondFactorMethod[];
  /** What the back end answered to `startEnrolment`; null while it is on its way. */
  start: EnrolmentStart | null;
  /** ISO moment until which the user may still postpone; null when enrolment is required now. */
  postponableUntil: string | null;
  email: EmailCodeStatus;
  formError: string;
  /** The request that starts the enrolment failed: offer to try again. */
  onRetryStart: (() => void) | null;
  tipsOpen: boolean;
  supportHref: string;
  lockSeconds: number;
  lockEnded: boolean;
  copyStatus: 'idle' | 'copied' | 'failed';
  onCopy: () => void;
  onPostpone: () => void;
  onResend: () => void;
  onSwitch: (method: SecondFactorMethod) => void;
  onRestart: () => void;
}

/**
 * First login: set up a second factor. For an authenticator app: install, scan (or type the key),
 * confirm with a first code; the factor is active only once that code is accepted.
 */
export function enrolmentView(ui: Ui, props: EnrolmentProps): TemplateResult {
  const totp = props.method === 'totp';
  const other: SecondFactorMethod = totp ? 'email' : 'totp';
  const form = codeForm(ui, { ...props, submitLabel: ui.t('login.enrol.activate') });
  return html`
    ${heading(ui, ui.t('login.enrol.title'))}
    <p class="intro" part="intro">${ui.t('login.enrol.intro')}</p>
    ${props.postponableUntil
      ? messageBox(
          'info',
          html`<p>${ui.t('login.enrol.postpone.until', { date: formatDate(props.postponableUntil, ui.locale) })}</p>
            <portaal-button id="postpone" part="postpone" size="sm" ?disabled=${ui.busy} @click=${props.onPostpone}
              >${ui.t('login.enrol.postpone')}</portaal-button
            >`,
          { part: 'reminder' },
        )
      : nothing}
    ${lockMessage(ui, props.lockSeconds, props.lockEnded)}
    ${props.formError
      ? messageBox(
          'danger',
          html`${props.formError}
          ${props.onRetryStart ? html` ${linkButton(ui.t('action.retry'), props.onRetryStart, { id: 'retry' })}` : nothing}`,
          { role: 'alert', part: 'alert' },
        )
      : nothing}
    ${props.start === null && !props.formError ? html`<p class="intro" role="status">${ui.t('login.enrol.starting')}</p>` : nothing}
    ${props.start?.method === 'totp' ? totpSteps(ui, props, props.start.secret, props.start.otpauthUri, form) : nothing}
    ${props.start?.method === 'email'
      ? html`${emailCodeIntro(ui, props.email)}
          <p class="intro">${ui.t('login.enrol.email.intro')}</p>
          ${form} ${resendRow(ui, props.email, props.locked, props.onResend)} ${codeTips(ui, 'email', props.tipsOpen, props.supportHref)}`
      : nothing}
    <div class="links" part="links">
      ${props.methods.includes(other)
        ? linkButton(ui.t(totp ? 'login.enrol.useEmail' : 'login.enrol.useTotp'), () => props.onSwitch(other), {
            disabled: props.locked || ui.busy,
            id: 'switch',
          })
        : nothing}
      ${linkButton(ui.t('login.restart'), props.onRestart, { id: 'restart' })}
    </div>
  `;
}

function totpSteps(ui: Ui, props: EnrolmentProps, secret: string, uri: string, form: TemplateResult): TemplateResult {
  const copyMessage =
    props.copyStatus === 'copied' ? ui.t('login.enrol.copied') : props.copyStatus === 'failed' ? ui.t('login.enrol.copyFailed') : '';
  return html`<ol class="steps" part="steps">
      <li>${ui.t('login.enrol.step.app')}</li>
      <li>
        <p>${ui.t('login.enrol.step.scan')}</p>
        <div class="scan">
          <portaal-qr-code part="qr" .value=${uri} label=${ui.t('login.enrol.qr.label')}></portaal-qr-code>
          <div class="manual" part="manual">
            <p class="manual-title">${ui.t('login.enrol.manual.title')}</p>
            <p class="hint">${ui.t('login.enrol.manual.intro')}</p>
            <p class="key-row">
              <span class="visually-hidden">${ui.t('login.enrol.key')}: </span>
              <code class="key" part="key" id="key">${groupKey(secret)}</code>
            </p>
            <portaal-button size="sm" id="copy" part="copy" @click=${props.onCopy}>${ui.t('login.enrol.copy')}</portaal-button>
            <span class="copy-status ${props.copyStatus}" role="status">${copyMessage}</span>
          </div>
        </div>
      </li>
      <li>
        <p>${ui.t('login.enrol.step.code')}</p>
        ${form}
      </li>
    </ol>
    ${codeTips(ui, 'totp', props.tipsOpen, props.supportHref)}`;
}
