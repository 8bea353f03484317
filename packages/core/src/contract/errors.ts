/**
 * One error family for every adapter. Elements switch on `code` to pick a message in the user's
 * language; the extra fields carry what that message needs.
 */
export const ERROR_CODES = [
  'invalid_credentials',
  'invalid_code',
  'locked',
  'enrolment_required',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'validation',
  'network',
  'invalid_response',
  'server',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Field path (e.g. `event.date`) → message keys or server texts. */
export type FieldErrors = Record<string, string[]>;

export interface PortaalErrorDetails {
  /** `locked`: seconds until the user may try again. */
  retryAfter?: number;
  /** `validation`: what is wrong with which field. */
  fieldErrors?: FieldErrors;
  /** `conflict`: the version the server holds now. */
  currentVersion?: number;
  /** `invalid_code`: tries left before a lockout, when the back end tells. */
  attemptsLeft?: number;
  /** HTTP status, when the error came over HTTP. */
  status?: number;
  cause?: unknown;
}

export class PortaalError extends Error {
  override readonly name = 'PortaalError';
  readonly code: ErrorCode;
  readonly retryAfter?: number;
  readonly fieldErrors?: FieldErrors;
  readonly currentVersion?: number;
  readonly attemptsLeft?: number;
  readonly status?: number;

  constructor(code: ErrorCode, message: string = code, details: PortaalErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    if (details.retryAfter !== undefined) this.retryAfter = details.retryAfter;
    if (details.fieldErrors !== undefined) this.fieldErrors = details.fieldErrors;
    if (details.currentVersion !== undefined) this.currentVersion = details.currentVersion;
    if (details.attemptsLeft !== undefined) this.attemptsLeft = details.attemptsLeft;
    if (details.status !== undefined) this.status = details.status;
  }

  /** A plain object for the wire (msw handlers, logs); never contains secrets. */
  toJSON(): { code: ErrorCode; message: string } & Omit<PortaalErrorDetails, 'cause'> {
    const { code, message, retryAfter, fieldErrors, currentVersion, attemptsLeft } = this;
    return { code, message, retryAfter, fieldErrors, currentVersion, attemptsLeft };
  }
}

export function isPortaalError(error: unknown, code?: ErrorCode): error is PortaalError {
  return error instanceof PortaalError && (code === undefined || error.code === code);
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Turns whatever an adapter threw into a PortaalError. A cancelled request stays an AbortError so
 * callers can ignore it; a failed `fetch` (TypeError) is a network error; anything else is a server error.
 */
export function toPortaalError(error: unknown): PortaalError {
  if (error instanceof PortaalError) return error;
  if (error instanceof TypeError) return new PortaalError('network', error.message, { cause: error });
  return new PortaalError('server', error instanceof Error ? error.message : 'unexpected error', { cause: error });
}
