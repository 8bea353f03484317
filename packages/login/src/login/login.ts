import { LitElement, html, type PropertyValues, type ReactiveElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  visuallyHidden,
  LocalizeController,
  PortaalConsumer,
  announce,
  emit,
  registerTokens,
  toPortaalError,
  type Adapter,
  type EmailCodeSent,
  type EnrolmentStart,
  type PortaalError,
  type PortaalTextField,
  type SecondFactorMethod,
  type Session,
} from '@portaal/core';
import { systemClock, type Clock } from '../internal/clock.js';
import { isCompleteCode, normaliseCode } from '../internal/code.js';
import { Countdown } from '../internal/countdown.js';
import { formatCountdown } from '../internal/duration.js';
import { ensureLoginMessages } from '../messages.js';
import { secondFactorView, type EmailCodeStatus } from './views/code-view.js';
import { credentialsView } from './views/credentials-view.js';
import { enrolmentView } from './views/enrolment-view.js';
import { messageBox, type Ui } from './views/parts.js';
import { checkPasswordRules, resetDoneView, resetFormView, resetInvalidView, resetRequestView, resetSentView } from './views/reset-views.js';
import { loginStyles } from './login.styles.js';

/** The step the element shows; reflected to the read-only `step` attribute for styling. */
export type LoginStep =
  | 'credentials'
  | 'second-factor'
  | 'enrolment'
  | 'reset-request'
  | 'reset-sent'
  | 'reset-form'
  | 'reset-invalid'
  | 'reset-done'
  | 'done';

/** Why the user sees the login (again); set it from `portaal-session-expired` / `portaal-logout`. */
export type LoginNotice = '' | 'session-expired' | 'logged-out';

export interface LoginSuccessDetail {
  session: Session;
}

export type PasswordResetDetail = Record<string, never>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portaal-login-success': CustomEvent<LoginSuccessDetail>;
    'portaal-password-reset': CustomEvent<PasswordResetDetail>;
  }
}

interface Challenge {
  id: string;
  methods: SecondFactorMethod[];
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: PortaalError };

/**
 * Logs a user in: e-mail and password, then a code from an authenticator app or one sent by
 * e-mail; sets up that second factor at the first login (QR code, or e-mail); resets a forgotten
 * password. Every step is a native form (Enter submits, password managers fill it in), focus moves
 * to each new step, and errors are announced and tied to their field while the input is kept.
 *
 * On success it fires `portaal-login-success` with the session; the provider above picks it up.
 * No password, code or key stays in the element afterwards.
 *
 * @event portaal-login-success - detail `{ session }`.
 * @event portaal-password-reset - a new password was saved (the user logs in with it next); drop
 *   the reset token from the page's URL.
 * @slot brand - a logo or portal name above each step.
 * @csspart card - the box around everything.
 * @csspart heading - each step's heading.
 * @csspart intro - the sentence under it.
 * @csspart form
 * @csspart submit - the primary button of each step.
 * @csspart links - the secondary actions under the form.
 * @csspart link - one of those actions.
 * @csspart message - info and error boxes; also `alert`, `notice`, `lock`, `reminder`.
 * @csspart tips - "Code not working?" help; `support` is its contact link.
 * @csspart resend - the "send a new code" row.
 * @csspart steps - the enrolment steps.
 * @csspart qr - the QR code (a `<portaal-qr-code>`).
 * @csspart manual - the key for manual entry, with its copy button (`key`, `copy`).
 * @csspart postpone - "Set up later".
 * @csspart rules - the password rules.
 * @csspart done - "You are logged in".
 */
export class PortaalLogin extends LitElement {
  static override styles = [visuallyHidden, loginStyles];

  /** The back end; the provider's is used when this is not set. */
  @property({ attribute: false }) accessor adapter: Adapter | null = null;
  /** The token from a password-reset link: shows the "choose a new password" step. */
  @property({ attribute: 'reset-token' }) accessor resetToken = '';
  /** A notice above the login form: `session-expired` or `logged-out`. */
  @property() accessor notice: LoginNotice = '';
  /** Where "Contact support" points in the code help; no link without it. */
  @property({ attribute: 'support-href' }) accessor supportHref = '';
  /** The level of the step headings, to fit the page's outline (1–4). */
  @property({ attribute: 'heading-level', type: Number }) accessor headingLevel: 1 | 2 | 3 | 4 = 2;
  /** Time source for countdowns; tests and stories inject one. */
  @property({ attribute: false }) accessor clock: Clock = systemClock;

  @state() private accessor view: LoginStep = 'credentials';
  @state() private accessor busy = false;
  @state() private accessor email = '';
  @state() private accessor password = '';
  @state() private accessor code = '';
  @state() private accessor newPassword = '';
  @state() private accessor emailError = '';
  @state() private accessor passwordError = '';
  @state() private accessor codeError = '';
  @state() private accessor newPasswordError = '';
  @state() private accessor formError = '';
  @state() private accessor challenge: Challenge | null = null;
  @state() private accessor method: SecondFactorMethod = 'totp';
  @state() private accessor sentTo: string | null = null;
  @state() private accessor codeExpiresAt: number | null = null;
  @state() private accessor postponableUntil: string | null = null;
  @state() private accessor enrolmentStart: EnrolmentStart | null = null;
  @state() private accessor enrolmentStartFailed = false;
  @state() private accessor tipsOpen = false;
  @state() private accessor lockEnded = false;
  @state() private accessor copyStatus: 'idle' | 'copied' | 'failed' = 'idle';
  @state() private accessor resetSentTo = '';

  private readonly portaal = new PortaalConsumer(this);
  private readonly i18n = new LocalizeController(this);
  private readonly lock = new Countdown(this, () => this.clock, () => this.onLockOver());
  private readonly resend = new Countdown(this, () => this.clock);
  private readonly codeExpiry = new Countdown(this, () => this.clock, undefined, { ticks: false });

  /** Bumped at every step change: answers to requests of an earlier step are dropped. */
  private generation = 0;
  /** The last complete code submitted by typing or pasting, so it is submitted only once. */
  private autoSubmitted = '';
  private focusTarget: { selector: string; select: boolean } | null = null;
  private focusing: Promise<void> = Promise.resolve();

  constructor() {
    super();
    registerTokens();
    ensureLoginMessages();
  }

  /** The step shown now. */
  get step(): LoginStep {
    return this.view;
  }

  /** Back to the first step, keeping the e-mail address (e.g. after a logout). */
  restart(): void {
    this.clearSecrets();
    this.go('credentials', '#heading');
  }

  /** Also waits until focus has moved to the new step. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await this.focusing;
    return result;
  }

  /** The login's texts load per language: wait for them rather than show keys or another language. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.i18n.whenReady(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('resetToken')) {
      if (this.resetToken) this.go('reset-form', this.hasUpdated ? '#new-password' : null);
      else if (changed.get('resetToken') && (this.view === 'reset-form' || this.view === 'reset-invalid')) this.go('credentials', '#heading');
    }
  }

  protected override updated(): void {
    if (this.getAttribute('step') !== this.view) this.setAttribute('step', this.view);
    const target = this.focusTarget;
    if (target) {
      this.focusTarget = null;
      this.focusing = this.moveFocus(target.selector, target.select);
    }
  }

  protected override render() {
    return html`<div class="card" part="card">
      <slot name="brand"></slot>
      ${this.renderStep()}
    </div>`;
  }

  private renderStep() {
    const ui: Ui = {
      t: (key, params) => this.i18n.t(key, params),
      locale: this.i18n.locale,
      headingLevel: [1, 2, 3, 4].includes(Number(this.headingLevel)) ? this.headingLevel : 2,
      busy: this.busy,
    };
    switch (this.view) {
      case 'credentials':
        return credentialsView(ui, {
          email: this.email,
          password: this.password,
          emailError: this.emailError,
          passwordError: this.passwordError,
          formError: this.formError,
          notice: this.notice ? ui.t(`login.notice.${this.notice}`) : '',
          lockSeconds: this.lock.remaining,
          lockEnded: this.lockEnded,
          onEmail: (value) => {
            this.email = value;
            this.emailError = '';
          },
          onPassword: (value) => {
            this.password = value;
            this.passwordError = '';
          },
          onSubmit: (event) => void this.submitCredentials(event),
          onForgot: () => this.go('reset-request', '#reset-email'),
        });
      case 'second-factor':
        return secondFactorView(ui, {
          ...this.codeProps(),
          methods: this.challenge?.methods ?? [],
          submitLabel: ui.t('login.code.submit'),
          onSwitch: (method) => this.switchSecondFactor(method),
        });
      case 'enrolment':
        return enrolmentView(ui, {
          ...this.codeProps(),
          methods: this.challenge?.methods ?? [],
          start: this.enrolmentStart,
          postponableUntil: this.postponable() ? this.postponableUntil : null,
          onRetryStart: this.enrolmentStartFailed ? () => void this.beginEnrolment() : null,
          copyStatus: this.copyStatus,
          onCopy: () => void this.copyKey(),
          onPostpone: () => void this.postpone(),
          onSwitch: (method) => {
            this.method = method;
            void this.beginEnrolment();
          },
        });
      case 'reset-request':
        return resetRequestView(ui, {
          email: this.email,
          emailError: this.emailError,
          formError: this.formError,
          onEmail: (value) => {
            this.email = value;
            this.emailError = '';
          },
          onSubmit: (event) => void this.submitResetRequest(event),
          onBack: () => this.go('credentials', '#heading'),
        });
      case 'reset-sent':
        return resetSentView(
          ui,
          this.resetSentTo,
          () => this.go('credentials', '#heading'),
          () => this.go('reset-request', '#reset-email'),
        );
      case 'reset-form':
        return resetFormView(ui, {
          password: this.newPassword,
          error: this.newPasswordError,
          formError: this.formError,
          onPassword: (value) => {
            this.newPassword = value;
            this.newPasswordError = '';
          },
          onSubmit: (event) => void this.submitNewPassword(event),
          onBack: () => this.leaveReset('credentials'),
        });
      case 'reset-invalid':
        return resetInvalidView(
          ui,
          () => this.leaveReset('reset-request'),
          () => this.leaveReset('credentials'),
        );
      case 'reset-done':
        return resetDoneView(ui, () => this.leaveReset('credentials'));
      case 'done':
        return html`<div id="done" class="done" part="done" tabindex="-1">
          ${messageBox('success', ui.t('login.success'), { role: 'status' })}
        </div>`;
    }
  }

  /** What the code steps (second factor and enrolment) share. */
  private codeProps() {
    const status: EmailCodeStatus = {
      sentTo: this.sentTo,
      expiresAt: this.codeExpiresAt,
      expired: this.codeExpiresAt !== null && !this.codeExpiry.running,
      resendSeconds: this.resend.remaining,
    };
    return {
      method: this.method,
      value: this.code,
      error: this.codeError,
      locked: this.lock.running,
      lockSeconds: this.lock.remaining,
      lockEnded: this.lockEnded,
      formError: this.formError,
      tipsOpen: this.tipsOpen,
      supportHref: this.supportHref,
      email: status,
      onInput: (event: CustomEvent<{ value: string }>) => this.takeCode(event.currentTarget as PortaalTextField, event.detail.value),
      onPaste: (event: ClipboardEvent) => this.pasteCode(event),
      onSubmit: (event: SubmitEvent) => {
        event.preventDefault();
        void this.submitCode();
      },
      onResend: () => void this.sendEmailCode(true),
      onRestart: () => this.restart(),
    };
  }

  // --- Steps ------------------------------------------------------------------------------------

  private async submitCredentials(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy || this.lock.running) return;
    const email = this.email.trim();
    const emailField = this.renderRoot.querySelector<PortaalTextField>('#email');
    this.emailError = this.emailProblem(email, emailField);
    this.passwordError = this.password ? '' : this.i18n.t('field.error.required');
    if (this.emailError || this.passwordError) {
      this.focusAfterUpdate(this.emailError ? '#email' : '#password');
      return;
    }
    this.lockEnded = false;
    const outcome = await this.call((adapter) => adapter.auth.login(email, this.password));
    if (!outcome) return;
    if (!outcome.ok) {
      const { error } = outcome;
      if (error.code === 'invalid_credentials') {
        // One message for both fields: it must not tell which of the two was wrong.
        this.passwordError = this.i18n.error(error);
        void announce(this.passwordError, 'assertive');
        this.focusAfterUpdate('#password', true);
      } else {
        this.handleError(error);
      }
      return;
    }
    const result = outcome.value;
    // The password has done its job; it does not stay in memory for the next steps.
    this.password = '';
    if (result.kind === 'session') {
      this.succeed(result.session);
    } else if (result.kind === 'second-factor') {
      this.challenge = { id: result.challenge.challengeId, methods: [...result.challenge.methods] };
      this.enterSecondFactor(result.challenge.methods[0] ?? 'totp');
    } else {
      this.challenge = { id: result.enrolment.challengeId, methods: [...result.enrolment.methods] };
      this.postponableUntil = result.enrolment.postponableUntil;
      this.go('enrolment', '#heading');
      this.method = result.enrolment.methods.includes('totp') ? 'totp' : 'email';
      void this.beginEnrolment();
    }
  }

  private enterSecondFactor(method: SecondFactorMethod): void {
    this.go('second-factor', '#code');
    this.method = method;
    if (method === 'email') void this.sendEmailCode(false);
  }

  private switchSecondFactor(method: SecondFactorMethod): void {
    this.resetCode();
    this.formError = '';
    this.method = method;
    this.focusAfterUpdate('#code');
    // A code sent earlier in this login still works; only the first switch sends one.
    if (method === 'email' && this.sentTo === null) void this.sendEmailCode(false);
  }

  private async sendEmailCode(again: boolean): Promise<void> {
    const challenge = this.challenge;
    if (!challenge || this.busy) return;
    if (!again) this.sentTo = null;
    const outcome = await this.call((adapter) => adapter.auth.sendEmailCode(challenge.id));
    if (!outcome) return;
    if (!outcome.ok) {
      this.handleError(outcome.error);
      return;
    }
    this.applyEmailSent(outcome.value);
    if (again) {
      this.resetCode();
      void announce(this.i18n.t('login.email.resent', { address: outcome.value.sentTo }));
      this.focusAfterUpdate('#code');
    }
  }

  private applyEmailSent(sent: EmailCodeSent): void {
    const now = this.clock.now();
    this.sentTo = sent.sentTo;
    this.codeExpiresAt = Date.parse(sent.expiresAt);
    this.codeExpiry.start(this.codeExpiresAt);
    this.resend.start(now + sent.resendAfterSeconds * 1000);
  }

  /** Asks the back end for what the chosen method needs: a secret and QR code, or an e-mailed code. */
  private async beginEnrolment(): Promise<void> {
    const challenge = this.challenge;
    if (!challenge || this.busy) return;
    const method = this.method;
    this.enrolmentStart = null;
    this.enrolmentStartFailed = false;
    this.copyStatus = 'idle';
    this.resetCode();
    this.sentTo = null;
    this.codeExpiresAt = null;
    this.codeExpiry.stop();
    const outcome = await this.call((adapter) => adapter.auth.startEnrolment(challenge.id, method));
    if (!outcome) return;
    if (!outcome.ok) {
      this.enrolmentStartFailed = outcome.error.code !== 'locked' && outcome.error.code !== 'unauthenticated';
      this.handleError(outcome.error);
      return;
    }
    this.enrolmentStart = outcome.value;
    if (outcome.value.method === 'email') {
      this.applyEmailSent(outcome.value);
      this.focusAfterUpdate('#code');
    }
  }

  private async postpone(): Promise<void> {
    const challenge = this.challenge;
    if (!challenge || this.busy) return;
    const outcome = await this.call((adapter) => adapter.auth.postponeEnrolment(challenge.id));
    if (!outcome) return;
    if (outcome.ok) {
      this.succeed(outcome.value);
      return;
    }
    if (outcome.error.code === 'enrolment_required') this.postponableUntil = null; // the deadline passed meanwhile
    this.handleError(outcome.error);
  }

  private async submitCode(): Promise<void> {
    const challenge = this.challenge;
    if (!challenge || this.busy || this.lock.running) return;
    if (!isCompleteCode(this.code)) {
      this.codeError = this.i18n.t('login.code.incomplete');
      void announce(this.codeError, 'assertive');
      this.focusAfterUpdate('#code');
      return;
    }
    const code = this.code;
    const method = this.method;
    const enrolling = this.view === 'enrolment';
    this.lockEnded = false;
    const outcome = await this.call((adapter) =>
      enrolling ? adapter.auth.confirmEnrolment(challenge.id, code) : adapter.auth.verifySecondFactor(challenge.id, code, method),
    );
    if (!outcome) return;
    if (outcome.ok) {
      this.succeed(outcome.value);
      return;
    }
    const { error } = outcome;
    if (error.code === 'invalid_code') {
      this.codeError = this.i18n.error(error);
      this.tipsOpen = true;
      void announce(this.codeError, 'assertive');
      // Kept and selected: typing the next code replaces it.
      this.focusAfterUpdate('#code', true);
      return;
    }
    this.handleError(error);
  }

  private async copyKey(): Promise<void> {
    const start = this.enrolmentStart;
    if (start?.method !== 'totp') return;
    try {
      await navigator.clipboard.writeText(start.secret);
      this.copyStatus = 'copied';
    } catch {
      this.copyStatus = 'failed';
      // Make copying by hand one keystroke away.
      const key = this.renderRoot.querySelector('#key');
      if (key) getSelection()?.selectAllChildren(key);
    }
  }

  private async submitResetRequest(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const email = this.email.trim();
    this.emailError = this.emailProblem(email, this.renderRoot.querySelector<PortaalTextField>('#reset-email'));
    if (this.emailError) {
      this.focusAfterUpdate('#reset-email');
      return;
    }
    const outcome = await this.call((adapter) => adapter.auth.requestPasswordReset(email));
    if (!outcome) return;
    if (!outcome.ok) {
      this.handleError(outcome.error);
      return;
    }
    this.resetSentTo = email;
    this.go('reset-sent', '#heading');
  }

  private async submitNewPassword(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const password = this.newPassword;
    const rules = checkPasswordRules(password);
    if (!rules.length || !rules.variety) {
      this.newPasswordError = this.i18n.t('login.password.error.rules');
      void announce(this.newPasswordError, 'assertive');
      this.focusAfterUpdate('#new-password');
      return;
    }
    const token = this.resetToken;
    const outcome = await this.call((adapter) => adapter.auth.resetPassword(token, password));
    if (!outcome) return;
    if (outcome.ok) {
      this.newPassword = '';
      this.go('reset-done', '#heading');
      // No automatic login: the user logs in with the new password, which also tests it.
      emit<PasswordResetDetail>(this, 'portaal-password-reset', {});
      return;
    }
    const { error } = outcome;
    if (error.code === 'not_found') {
      this.newPassword = '';
      this.go('reset-invalid', '#heading');
    } else if (error.code === 'validation' && error.fieldErrors?.newPassword?.length) {
      this.newPasswordError = error.fieldErrors.newPassword.map((problem) => this.passwordProblem(problem)).join(' ');
      void announce(this.newPasswordError, 'assertive');
      this.focusAfterUpdate('#new-password', true);
    } else {
      this.handleError(error);
    }
  }

  private leaveReset(to: 'credentials' | 'reset-request'): void {
    this.newPassword = '';
    this.resetToken = '';
    this.go(to, to === 'credentials' ? '#heading' : '#reset-email');
  }

  private succeed(session: Session): void {
    this.clearSecrets();
    this.go('done', '#done');
    emit<LoginSuccessDetail>(this, 'portaal-login-success', { session });
  }

  // --- Helpers ----------------------------------------------------------------------------------

  /** Calls the adapter with the busy state set; null when there is no adapter or the step moved on. */
  private async call<T>(request: (adapter: Adapter) => Promise<T>): Promise<Outcome<T> | null> {
    const adapter = this.portaal.adapter;
    if (!adapter) {
      console.warn('Portaal: <portaal-login> has no adapter; set .adapter or put it inside <portaal-provider>.');
      this.formError = this.i18n.t('error.server');
      return null;
    }
    const generation = this.generation;
    this.busy = true;
    this.formError = '';
    try {
      const value = await request(adapter);
      return generation === this.generation ? { ok: true, value } : null;
    } catch (error) {
      return generation === this.generation ? { ok: false, error: toPortaalError(error) } : null;
    } finally {
      if (generation === this.generation) this.busy = false;
    }
  }

  /** Errors any step can meet: a lockout, a login that took too long, the network, the server. */
  private handleError(error: PortaalError): void {
    if (error.code === 'locked') {
      this.lockFor(error.retryAfter ?? 60);
    } else if (error.code === 'unauthenticated' && this.challenge) {
      this.clearSecrets();
      this.go('credentials', '#heading');
      this.formError = this.i18n.t('login.challengeExpired');
    } else {
      this.formError = this.i18n.error(error);
    }
  }

  private lockFor(seconds: number): void {
    this.lockEnded = false;
    this.lock.start(this.clock.now() + seconds * 1000);
    const { spoken } = formatCountdown(seconds, this.i18n.locale);
    void announce(`${this.i18n.t('login.locked.title')}. ${this.i18n.t('login.locked.wait', { time: spoken })}`, 'assertive');
    // The code field is disabled now; focus would otherwise fall back to the page.
    this.focusAfterUpdate('#lock');
  }

  private onLockOver(): void {
    this.lockEnded = true;
    void announce(this.i18n.t('login.locked.over'));
  }

  private postponable(): boolean {
    return this.postponableUntil !== null && Date.parse(this.postponableUntil) > this.clock.now();
  }

  private emailProblem(email: string, field: PortaalTextField | null): string {
    if (!email) return this.i18n.t('field.error.required');
    if (field?.validity.typeMismatch) return this.i18n.t('field.error.email');
    return '';
  }

  private passwordProblem(problem: string): string {
    const key = `login.password.error.${problem}`;
    const message = this.i18n.t(key);
    return message === key ? problem : message; // a server text we have no translation for
  }

  /** Typed or filled in: keep the digits; the sixth one submits, once. */
  private takeCode(field: PortaalTextField, raw: string): void {
    const code = normaliseCode(raw);
    if (field.value !== code) field.value = code;
    if (code !== this.code) this.codeError = '';
    this.code = code;
    if (!isCompleteCode(code)) {
      this.autoSubmitted = '';
      return;
    }
    if (code !== this.autoSubmitted) {
      this.autoSubmitted = code;
      void this.submitCode();
    }
  }

  /** `123 456`, `123-456`, ` 123456 ` all paste as `123456`, wherever the caret is. */
  private pasteCode(event: ClipboardEvent): void {
    const input = event.composedPath()[0];
    const field = event.currentTarget as PortaalTextField;
    if (!(input instanceof HTMLInputElement)) return;
    event.preventDefault();
    const pasted = event.clipboardData?.getData('text') ?? '';
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? start;
    // A paste is a new attempt, even of the same code (the user may have fixed their clock).
    this.autoSubmitted = '';
    this.takeCode(field, input.value.slice(0, start) + pasted + input.value.slice(end));
  }

  private resetCode(): void {
    this.code = '';
    this.codeError = '';
    this.autoSubmitted = '';
    this.tipsOpen = false;
  }

  /** Nothing secret survives a finished or abandoned login: password, code, enrolment key. */
  private clearSecrets(): void {
    this.password = '';
    this.resetCode();
    this.enrolmentStart = null;
    this.challenge = null;
    this.sentTo = null;
    this.codeExpiresAt = null;
    this.copyStatus = 'idle';
    this.resend.stop();
    this.codeExpiry.stop();
  }

  private go(view: LoginStep, focus: string | null): void {
    this.generation++;
    this.busy = false;
    this.view = view;
    this.formError = '';
    this.emailError = '';
    this.passwordError = '';
    this.newPasswordError = '';
    if (focus) this.focusAfterUpdate(focus);
  }

  private focusAfterUpdate(selector: string, select = false): void {
    this.focusTarget = { selector, select };
    this.requestUpdate();
  }

  private async moveFocus(selector: string, select: boolean): Promise<void> {
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    if (!target) return;
    const pending = (target as Partial<ReactiveElement>).updateComplete;
    if (pending) await pending;
    target.focus();
    if (select && 'select' in target && typeof target.select === 'function') (target as PortaalTextField).select();
  }
}
