import { html, nothing, svg, type TemplateResult } from 'lit';
import { emailField, heading, linkButton, messageBox, type Ui } from './parts.js';

export interface ResetRequestProps {
  email: string;
  emailError: string;
  formError: string;
  onEmail: (value: string) => void;
  onSubmit: (event: SubmitEvent) => void;
  onBack: () => void;
}

/** "Forgot password": the answer never tells whether the address is known. */
export function resetRequestView(ui: Ui, props: ResetRequestProps): TemplateResult {
  return html`
    ${heading(ui, ui.t('login.reset.request.title'))}
    <p class="intro" part="intro">${ui.t('login.reset.request.intro')}</p>
    ${props.formError ? messageBox('danger', props.formError, { role: 'alert', part: 'alert' }) : nothing}
    <form part="form" novalidate @submit=${props.onSubmit}>
      ${emailField(ui, 'reset-email', props.email, props.emailError, props.onEmail)}
      <div class="actions">
        <portaal-button class="submit" part="submit" type="submit" variant="primary" ?loading=${ui.busy}
          >${ui.t('login.reset.request.submit')}</portaal-button
        >
      </div>
    </form>
    <div class="links" part="links">${linkButton(ui.t('login.restart'), props.onBack, { id: 'restart' })}</div>
  `;
}

export function resetSentView(ui: Ui, email: string, onBack: () => void, onAgain: () => void): TemplateResult {
  const marker = '\u0000';
  const [before = '', after = ''] = ui.t('login.reset.sent.body', { address: marker }).split(marker);
  return html`
    ${heading(ui, ui.t('login.reset.sent.title'))}
    <p class="intro" part="intro">${before}<strong class="address">${email}</strong>${after}</p>
    <p class="hint">${ui.t('login.reset.sent.spam')}</p>
    <div class="actions">
      <portaal-button id="back" part="submit" variant="primary" @click=${onBack}>${ui.t('login.restart')}</portaal-button>
    </div>
    <div class="links" part="links">${linkButton(ui.t('login.reset.sent.again'), onAgain, { id: 'again' })}</div>
  `;
}

export interface PasswordRules {
  length: boolean;
  variety: boolean;
}

/** The rules the browser can check while the user types; the back end has the final word. */
export function checkPasswordRules(password: string): PasswordRules {
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length;
  return { length: password.length >= 12, variety: classes >= 3 };
}

export interface ResetFormProps {
  password: string;
  error: string;
  formError: string;
  onPassword: (value: string) => void;
  onSubmit: (event: SubmitEvent) => void;
  onBack: () => void;
}

const MET = svg`<path d="M10 1.5a8.5 8.5 0 1 1 0 17 8.5 8.5 0 0 1 0-17Zm3.7 5.3a.9.9 0 0 0-1.27.08L8.9 10.9 7.5 9.5a.9.9 0 1 0-1.27 1.27l2.1 2.1a.9.9 0 0 0 1.32-.05l4.13-4.75a.9.9 0 0 0-.08-1.27Z" fill="currentColor"></path>`;
const UNMET = svg`<circle cx="10" cy="10" r="7.5" fill="none" stroke="currentColor" stroke-width="1.6"></circle>`;

/**
 * The new password, with its rules ticked off as the user types. No second "repeat" field: the
 * show-password toggle lets the user check what they typed, which catches typos better.
 */
export function resetFormView(ui: Ui, props: ResetFormProps): TemplateResult {
  const rules = checkPasswordRules(props.password);
  const rule = (met: boolean, key: 'login.password.rule.length' | 'login.password.rule.variety') =>
    html`<li class=${met ? 'met' : 'unmet'}>
      <svg viewBox="0 0 20 20" aria-hidden="true">${met ? MET : UNMET}</svg>
      <span>${ui.t(key)}<span class="visually-hidden"> (${ui.t(met ? 'login.password.rule.met' : 'login.password.rule.unmet')})</span></span>
    </li>`;
  return html`
    ${heading(ui, ui.t('login.reset.form.title'))}
    <p class="intro" part="intro">${ui.t('login.reset.form.intro')}</p>
    ${props.formError ? messageBox('danger', props.formError, { role: 'alert', part: 'alert' }) : nothing}
    <form part="form" novalidate @submit=${props.onSubmit}>
      <portaal-text-field
        id="new-password"
        name="new-password"
        type="password"
        label=${ui.t('login.reset.newPassword')}
        help=${ui.t('login.reset.rules.help')}
        autocomplete="new-password"
        .value=${props.password}
        error=${props.error}
        @portaal-input=${(e: CustomEvent<{ value: string }>) => props.onPassword(e.detail.value)}
      ></portaal-text-field>
      <div class="rules" part="rules">
        <p class="rules-title" id="rules-title">${ui.t('login.reset.rules.title')}</p>
        <ul aria-labelledby="rules-title">
          ${rule(rules.length, 'login.password.rule.length')} ${rule(rules.variety, 'login.password.rule.variety')}
        </ul>
        <p class="hint">${ui.t('login.password.rule.note')}</p>
      </div>
      <div class="actions">
        <portaal-button class="submit" part="submit" type="submit" variant="primary" ?loading=${ui.busy}
          >${ui.t('login.reset.form.submit')}</portaal-button
        >
      </div>
    </form>
    <div class="links" part="links">${linkButton(ui.t('login.restart'), props.onBack, { id: 'restart' })}</div>
  `;
}

export function resetInvalidView(ui: Ui, onRequestNew: () => void, onBack: () => void): TemplateResult {
  return html`
    ${heading(ui, ui.t('login.reset.invalid.title'))}
    ${messageBox('warning', ui.t('login.reset.invalid.body'), { part: 'alert' })}
    <div class="actions">
      <portaal-button id="request-new" part="submit" variant="primary" @click=${onRequestNew}>${ui.t('login.reset.requestNew')}</portaal-button>
    </div>
    <div class="links" part="links">${linkButton(ui.t('login.restart'), onBack, { id: 'restart' })}</div>
  `;
}

export function resetDoneView(ui: Ui, onLogin: () => void): TemplateResult {
  return html`
    ${heading(ui, ui.t('login.reset.done.title'))}
    ${messageBox('success', ui.t('login.reset.done.body'), { part: 'intro' })}
    <div class="actions">
      <portaal-button id="to-login" part="submit" variant="primary" @click=${onLogin}>${ui.t('login.reset.done.login')}</portaal-button>
    </div>
  `;
}
