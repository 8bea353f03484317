/**
 * Log in, second factor, enrolment, password reset and the idle session. The rules a real insurer
 * back end applies: the same answer for unknown e-mails and wrong passwords, codes that work once,
 * a lockout after five wrong codes.
 */
import { PortaalError } from '@portaal/core';
import type { AuthAdapter, EmailCodeSent, EnrolmentStart, LoginResult, SecondFactorMethod, Session } from '@portaal/core';
import {
  constantTimeEqualText,
  hashPassword,
  isSixDigitCode,
  newTotpSecret,
  otpauthUri,
  randomSixDigitCode,
  randomToken,
  verifyPassword,
  verifyTotp,
} from '../credentials.js';
import { foldText } from '../query.js';
import type { BackendState, Challenge, UserRecord } from '../state.js';

export const MAX_FAILED_CODES = 5;
export const LOCKOUT_SECONDS = 300;
export const EMAIL_CODE_VALID_SECONDS = 600;
export const EMAIL_CODE_RESEND_SECONDS = 30;
const CHALLENGE_VALID_SECONDS = 900;
const RESET_TOKEN_VALID_SECONDS = 3600;

/** Message keys the login element translates. */
export type PasswordProblem = 'too_short' | 'too_long' | 'contains_email' | 'too_simple' | 'same_as_current';

export function passwordProblems(password: string, email: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < 12) problems.push('too_short');
  if (password.length > 128) problems.push('too_long');
  const folded = foldText(password);
  const localPart = foldText(email.split('@')[0] ?? '');
  if (folded.includes(foldText(email)) || (localPart.length >= 3 && folded.includes(localPart))) problems.push('contains_email');
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length;
  if (classes < 3) problems.push('too_simple');
  return problems;
}

/** `a•••@example.be`: enough for the user to recognise the address, not to read it. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}•••@${domain}`;
}

export class AuthArea implements AuthAdapter {
  readonly #state: BackendState;

  constructor(state: BackendState) {
    this.#state = state;
  }

  async login(email: string, password: string): Promise<LoginResult> {
    const state = this.#state;
    const user = state.usersByEmail.get(email.trim().toLowerCase());
    // Unknown addresses cost a hash too, so timing does not tell them apart.
    const valid = await verifyPassword(password, await (user?.passwordHash ?? state.decoyHash));
    if (!user || !valid) throw new PortaalError('invalid_credentials', 'unknown e-mail or wrong password');
    this.#assertNotLocked(user);
    state.session = null; // a new login replaces whoever was logged in in this tab
    const enrol = user.secondFactors.length === 0;
    const challenge: Challenge = {
      id: randomToken(16),
      userId: user.id,
      kind: enrol ? 'enrolment' : 'second-factor',
      methods: enrol ? ['totp', 'email'] : [...user.secondFactors],
      expiresAt: state.now() + CHALLENGE_VALID_SECONDS * 1000,
      emailCode: null,
      enrolment: null,
    };
    state.challenges.set(challenge.id, challenge);
    if (!enrol) return { kind: 'second-factor', challenge: { challengeId: challenge.id, methods: [...challenge.methods] } };
    const deadline = this.#postponableUntil(user);
    return {
      kind: 'enrolment-required',
      enrolment: {
        challengeId: challenge.id,
        methods: [...challenge.methods],
        postponableUntil: deadline === null ? null : new Date(deadline).toISOString(),
      },
    };
  }

  async verifySecondFactor(challengeId: string, code: string, method: SecondFactorMethod): Promise<Session> {
    const { challenge, user } = this.#challenge(challengeId);
    if (challenge.kind === 'enrolment') throw new PortaalError('enrolment_required', 'set up a second factor first');
    if (!challenge.methods.includes(method)) {
      throw new PortaalError('validation', 'method not available', { fieldErrors: { method: ['not_allowed'] } });
    }
    this.#assertNotLocked(user);
    const valid = method === 'totp' ? await this.#acceptTotp(user, user.totpSecret, code) : this.#acceptEmailCode(challenge, code);
    if (!valid) throw this.#wrongCode(user);
    return this.#complete(challenge, user);
  }

  async sendEmailCode(challengeId: string): Promise<EmailCodeSent> {
    const { challenge, user } = this.#challenge(challengeId);
    const allowed = challenge.kind === 'enrolment' ? challenge.enrolment?.method === 'email' : challenge.methods.includes('email');
    if (!allowed) throw new PortaalError('validation', 'no e-mail code for this login', { fieldErrors: { method: ['not_allowed'] } });
    this.#assertNotLocked(user);
    return this.#sendCode(challenge, user, false);
  }

  async startEnrolment(challengeId: string, method: SecondFactorMethod): Promise<EnrolmentStart> {
    const { challenge, user } = this.#challenge(challengeId);
    if (challenge.kind !== 'enrolment') throw new PortaalError('forbidden', 'this login needs no enrolment');
    if (!challenge.methods.includes(method)) {
      throw new PortaalError('validation', 'method not available', { fieldErrors: { method: ['not_allowed'] } });
    }
    if (method === 'totp') {
      const secret = newTotpSecret();
      challenge.enrolment = { method: 'totp', secret };
      return { method: 'totp', secret, otpauthUri: otpauthUri(user.email, secret) };
    }
    challenge.enrolment = { method: 'email' };
    return { method: 'email', ...this.#sendCode(challenge, user, true) };
  }

  async confirmEnrolment(challengeId: string, code: string): Promise<Session> {
    const { challenge, user } = this.#challenge(challengeId);
    const enrolment = challenge.enrolment;
    if (challenge.kind !== 'enrolment' || enrolment === null) {
      throw new PortaalError('validation', 'start the enrolment first', { fieldErrors: { code: ['enrolment_not_started'] } });
    }
    this.#assertNotLocked(user);
    const secret = enrolment.method === 'totp' ? enrolment.secret : null;
    const valid = secret !== null ? await this.#acceptTotp(user, secret, code) : this.#acceptEmailCode(challenge, code);
    if (!valid) throw this.#wrongCode(user);
    // The factor becomes active only now; the step just used stays spent (no replay at the next login).
    if (secret !== null) user.totpSecret = secret;
    user.secondFactors = [...new Set([...user.secondFactors, enrolment.method])];
    user.enrolmentDeadline = null;
    return this.#complete(challenge, user);
  }

  async postponeEnrolment(challengeId: string): Promise<Session> {
    const { challenge, user } = this.#challenge(challengeId);
    if (challenge.kind !== 'enrolment') throw new PortaalError('forbidden', 'this login needs no enrolment');
    if (this.#postponableUntil(user) === null) throw new PortaalError('enrolment_required', 'enrolment can no longer be postponed');
    return this.#complete(challenge, user);
  }

  async requestPasswordReset(email: string): Promise<void> {
    const state = this.#state;
    const user = state.usersByEmail.get(email.trim().toLowerCase());
    if (!user) return; // same answer as for a known address: nothing tells them apart
    for (const [token, entry] of state.resetTokens) if (entry.userId === user.id) state.resetTokens.delete(token);
    const token = randomToken();
    state.resetTokens.set(token, { userId: user.id, expiresAt: state.now() + RESET_TOKEN_VALID_SECONDS * 1000 });
    const link = `/reset-password?token=${encodeURIComponent(token)}`;
    state.sendEmail({
      to: user.email,
      kind: 'password-reset',
      subject: 'Portaal: set a new password',
      body: `Open this link within an hour to choose a new password: ${link}`,
      token,
      link,
    });
  }

  async resetPassword(token: string, newPassword: string): Promise<void> {
    const state = this.#state;
    const entry = state.resetTokens.get(token);
    const user = entry ? state.users.get(entry.userId) : undefined;
    if (!entry || !user || state.now() > entry.expiresAt) throw new PortaalError('not_found', 'unknown or expired reset link');
    const problems = passwordProblems(newPassword, user.email);
    if (problems.length === 0 && (await verifyPassword(newPassword, await user.passwordHash))) problems.push('same_as_current');
    if (problems.length > 0) throw new PortaalError('validation', 'password rejected', { fieldErrors: { newPassword: problems } });
    user.passwordHash = Promise.resolve(await hashPassword(newPassword, state.passwordIterations));
    state.resetTokens.delete(token);
    if (state.session?.userId === user.id) state.session = null;
  }

  async logout(): Promise<void> {
    this.#state.session = null;
  }

  /** Reading the session does not count as activity (an idle timer may poll it). */
  async getSession(): Promise<Session | null> {
    return this.#state.liveSession() ? this.#state.sessionView() : null;
  }

  async touch(): Promise<Session> {
    const { session } = this.#state.requireSession();
    session.lastActivity = this.#state.now();
    return this.#state.sessionView();
  }

  // --- helpers ----------------------------------------------------------------------------------

  #challenge(challengeId: string): { challenge: Challenge; user: UserRecord } {
    const challenge = this.#state.challenges.get(challengeId);
    const user = challenge ? this.#state.users.get(challenge.userId) : undefined;
    if (!challenge || !user || this.#state.now() > challenge.expiresAt) {
      throw new PortaalError('unauthenticated', 'login expired, start again');
    }
    return { challenge, user };
  }

  #complete(challenge: Challenge, user: UserRecord): Session {
    this.#state.challenges.delete(challenge.id);
    user.failedCodes = 0;
    return this.#state.startSession(user);
  }

  #postponableUntil(user: UserRecord): number | null {
    return user.enrolmentDeadline !== null && user.enrolmentDeadline > this.#state.now() ? user.enrolmentDeadline : null;
  }

  #assertNotLocked(user: UserRecord): void {
    const remaining = user.lockedUntil - this.#state.now();
    if (remaining > 0) throw new PortaalError('locked', 'too many wrong codes', { retryAfter: Math.ceil(remaining / 1000) });
  }

  #wrongCode(user: UserRecord): PortaalError {
    user.failedCodes += 1;
    if (user.failedCodes >= MAX_FAILED_CODES) {
      user.failedCodes = 0;
      user.lockedUntil = this.#state.now() + LOCKOUT_SECONDS * 1000;
      return new PortaalError('locked', 'too many wrong codes', { retryAfter: LOCKOUT_SECONDS });
    }
    return new PortaalError('invalid_code', 'wrong or expired code', { attemptsLeft: MAX_FAILED_CODES - user.failedCodes });
  }

  async #acceptTotp(user: UserRecord, secret: string | null, code: string): Promise<boolean> {
    if (secret === null) return false;
    const result = await verifyTotp(secret, code, this.#state.now(), user.lastTotpStep);
    if (!result.valid) return false;
    user.lastTotpStep = result.timeStep;
    return true;
  }

  #acceptEmailCode(challenge: Challenge, code: string): boolean {
    const sent = challenge.emailCode;
    if (!sent || !isSixDigitCode(code) || this.#state.now() > sent.expiresAt) return false;
    if (!constantTimeEqualText(code, sent.code)) return false;
    challenge.emailCode = null; // a code works once
    return true;
  }

  /** Sends a fresh code (the previous one stops working), unless one went out less than 30 s ago. */
  #sendCode(challenge: Challenge, user: UserRecord, force: boolean): EmailCodeSent {
    const state = this.#state;
    const now = state.now();
    const previous = challenge.emailCode;
    if (!force && previous && now - previous.sentAt < EMAIL_CODE_RESEND_SECONDS * 1000) {
      const wait = Math.ceil((previous.sentAt + EMAIL_CODE_RESEND_SECONDS * 1000 - now) / 1000);
      return { sentTo: maskEmail(user.email), resendAfterSeconds: wait, expiresAt: new Date(previous.expiresAt).toISOString() };
    }
    const code = randomSixDigitCode();
    const expiresAt = now + EMAIL_CODE_VALID_SECONDS * 1000;
    challenge.emailCode = { code, sentAt: now, expiresAt };
    state.sendEmail({
      to: user.email,
      kind: 'email-code',
      subject: 'Portaal: your login code',
      body: `Your Portaal code is ${code}. It is valid for 10 minutes.`,
      code,
    });
    return { sentTo: maskEmail(user.email), resendAfterSeconds: EMAIL_CODE_RESEND_SECONDS, expiresAt: new Date(expiresAt).toISOString() };
  }
}
