/**
 * The adapter contract: the one thing an insurer implements to plug its back end into Portaal.
 * Every method rejects with a PortaalError (see errors.ts); reads accept an AbortSignal so an
 * element can cancel what it no longer needs (e.g. after an organisation switch).
 */
import type {
  Attachment,
  Claim,
  ClaimMessage,
  Declaration,
  DeclarationInput,
  EmailCodeSent,
  EnrolmentStart,
  ListQuery,
  LoginResult,
  Organisation,
  Page,
  Policy,
  PortaalDocument,
  SecondFactorMethod,
  Session,
} from './schemas.js';

export interface RequestOptions {
  signal?: AbortSignal;
}

export type PolicySortKey = keyof Policy | 'premium';
export type ClaimSortKey = keyof Claim;

export interface AuthAdapter {
  /** Same `invalid_credentials` for an unknown e-mail and a wrong password. */
  login(email: string, password: string): Promise<LoginResult>;
  /** `invalid_code` (with `attemptsLeft`), or `locked` (with `retryAfter`) after too many. */
  verifySecondFactor(challengeId: string, code: string, method: SecondFactorMethod): Promise<Session>;
  /** Sends a fresh e-mail code; the previous one stops working. */
  sendEmailCode(challengeId: string): Promise<EmailCodeSent>;
  startEnrolment(challengeId: string, method: SecondFactorMethod): Promise<EnrolmentStart>;
  /** The factor becomes active only when this succeeds. */
  confirmEnrolment(challengeId: string, code: string): Promise<Session>;
  /** Allowed only while the enrolment challenge says `postponableUntil` is in the future. */
  postponeEnrolment(challengeId: string): Promise<Session>;
  /** Resolves the same way whether or not the address is known. */
  requestPasswordReset(email: string): Promise<void>;
  /** `validation` when the password breaks the rules, `not_found` for an unknown or expired token. */
  resetPassword(token: string, newPassword: string): Promise<void>;
  logout(): Promise<void>;
  /** The current session, or null when nobody is logged in. */
  getSession(options?: RequestOptions): Promise<Session | null>;
  /** Keeps the session alive (user activity); returns it with a new `expiresAt`. */
  touch(): Promise<Session>;
}

export interface OrganisationsAdapter {
  /** The organisations the logged-in user works for. */
  list(options?: RequestOptions): Promise<Organisation[]>;
  get(id: string, options?: RequestOptions): Promise<Organisation>;
  /** Makes `id` the current organisation of the session. */
  select(id: string): Promise<Session>;
  /** Sets or (with null) clears the organisation loaded automatically at login; kept server side. */
  setDefault(id: string | null): Promise<Session>;
}

export interface PoliciesAdapter {
  /** The current organisation's policies. */
  list(query?: ListQuery<PolicySortKey>, options?: RequestOptions): Promise<Page<Policy>>;
  documents(policyId: string, options?: RequestOptions): Promise<PortaalDocument[]>;
  download(documentId: string, options?: RequestOptions): Promise<Blob>;
}

export interface ClaimsAdapter {
  /** The current organisation's claims. */
  list(query?: ListQuery<ClaimSortKey>, options?: RequestOptions): Promise<Page<Claim>>;
  get(id: string, options?: RequestOptions): Promise<Claim>;
  documents(claimId: string, options?: RequestOptions): Promise<PortaalDocument[]>;
  download(documentId: string, options?: RequestOptions): Promise<Blob>;
  messages(claimId: string, options?: RequestOptions): Promise<ClaimMessage[]>;
  sendMessage(claimId: string, body: string, files?: readonly File[]): Promise<ClaimMessage>;
  requestInformation(claimId: string, question: string): Promise<ClaimMessage>;
}

export interface UploadOptions extends RequestOptions {
  /** Called with 0…1 while the file goes up. */
  onProgress?: (fraction: number) => void;
}

export interface DeclarationsAdapter {
  /** Drafts and sent declarations the insurer has not processed yet, for the current organisation. */
  list(options?: RequestOptions): Promise<Declaration[]>;
  get(id: string, options?: RequestOptions): Promise<Declaration>;
  /**
   * Creates (no id, `expectedVersion` null) or updates a draft. `conflict` with `currentVersion`
   * when someone saved in between.
   */
  saveDraft(declaration: DeclarationInput, expectedVersion: number | null): Promise<Declaration>;
  /** Sending twice with the same key yields the same declaration, never two. */
  submit(declaration: DeclarationInput, idempotencyKey: string): Promise<Declaration>;
  /** Only while sent and not yet processed. */
  cancel(id: string): Promise<Declaration>;
  /** Turns a sent, unprocessed declaration back into a draft so it can be changed. */
  reopen(id: string): Promise<Declaration>;
  uploadAttachment(file: File, options?: UploadOptions): Promise<Attachment>;
  summaryPdf(id: string, options?: RequestOptions): Promise<Blob>;
}

export interface Adapter {
  auth: AuthAdapter;
  organisations: OrganisationsAdapter;
  policies: PoliciesAdapter;
  claims: ClaimsAdapter;
  declarations: DeclarationsAdapter;
}
