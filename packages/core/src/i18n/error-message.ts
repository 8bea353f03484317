/**
 * Turns whatever an adapter call threw into a sentence for the user, picking the most precise
 * message the error allows (`locked` with a wait time, `invalid_code` with attempts left).
 */
import { toPortaalError } from '../contract/errors.js';
import { translate, type MessageParams } from './catalogue.js';

export interface MessageRef {
  key: string;
  params?: MessageParams;
}

/** The catalogue key (and params) for an error; unknown errors become `network` or `server`. */
export function errorMessageRef(error: unknown): MessageRef {
  const { code, retryAfter, attemptsLeft } = toPortaalError(error);
  if (code === 'locked' && retryAfter !== undefined && retryAfter > 0) {
    return retryAfter >= 60
      ? { key: 'error.locked.minutes', params: { count: Math.ceil(retryAfter / 60) } }
      : { key: 'error.locked.seconds', params: { count: Math.ceil(retryAfter) } };
  }
  if (code === 'invalid_code' && attemptsLeft !== undefined && attemptsLeft >= 0) {
    return { key: 'error.invalid_code.attempts', params: { count: attemptsLeft } };
  }
  return { key: `error.${code}` };
}

/** `errorMessage('nl-BE', new PortaalError('network'))` → "Controleer uw verbinding en probeer het opnieuw." */
export function errorMessage(locale: string, error: unknown): string {
  const { key, params } = errorMessageRef(error);
  return translate(locale, key, params);
}
