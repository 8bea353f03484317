import { html, nothing, type TemplateResult } from 'lit';
import { emailField, heading, linkButton, lockMessage, messageBox, type Ui } from './parts.js';

export interface CredentialsProps {
  email: string;
  password: string;
  emailError: string;
  passwordError: string;
  /** An error that belongs to no field (network, server). */
  formError: string;
  /** Why the user is here again ("logged out after inactivity"), already translated. */
  notice: string;
  lockSeconds: number;
  lockEnded: boolean;
  onEmail: (value: string) => void;
  onPassword: (value: string) => void;
  onSubmit: (event: SubmitEvent) => void;
  onForgot: () => void;
}

/**
 * E-mail and password in a real <form>: Enter submits, and `username` / `current-password` let
 * password managers fill it in.
 */
export function credentialsView(ui: Ui, props: CredentialsProps): TemplateResult {
  const locked = props.lockSeconds > 0;
  return html`
    ${heading(ui, ui.t('login.credentials.title'))}
    ${props.notice ? messageBox('info', props.notice, { role: 'status', part: 'notice' }) : nothing}
    ${lockMessage(ui, props.lockSeconds, props.lockEnded)}
    ${props.formError ? messageBox('danger', props.formError, { role: 'alert', part: 'alert' }) : nothing}
    <form part="form" novalidate @submit=${props.onSubmit}>
      ${emailField(ui, 'email', props.email, props.emailError, props.onEmail)}
      <portaal-text-field
        id="password"
        name="password"
        type="password"
        label=${ui.t('login.password')}
        autocomplete="current-password"
        .value=${props.password}
        error=${props.passwordError}
        @portaal-input=${(e: CustomEvent<{ value: string }>) => props.onPassword(e.detail.value)}
      ></portaal-text-field>
      <div class="actions">
        <portaal-button class="submit" part="submit" type="submit" variant="primary" ?loading=${ui.busy} ?disabled=${locked}
          >${ui.t('action.continue')}</portaal-button
        >
      </div>
    </form>
    <div class="links" part="links">${linkButton(ui.t('login.credentials.forgot'), props.onForgot, { id: 'forgot' })}</div>
  `;
}
