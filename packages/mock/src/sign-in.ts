import type { Adapter, Session } from '@portaal/core';
import { demoAccount, type DemoAccountKey } from './accounts.js';
import type { MockBackend } from './backend.js';

/**
 * Logs a demo account in through `adapter`, the way its owner would: the password, then the code
 * their authenticator app shows (or the one in the mock mailbox). A testing and story aid; accounts
 * that still have to enrol go through <portaal-login> instead.
 */
export async function signInDemoAccount(backend: MockBackend, adapter: Adapter, key: DemoAccountKey): Promise<Session> {
  const { email, password } = demoAccount(key);
  const result = await adapter.auth.login(email, password);
  if (result.kind === 'session') return result.session;
  if (result.kind === 'enrolment-required') throw new Error(`${key} must enrol first: use <portaal-login>`);
  const { challengeId, methods } = result.challenge;
  if (methods.includes('totp')) return adapter.auth.verifySecondFactor(challengeId, (await backend.debugTotpCode(email)) ?? '', 'totp');
  await adapter.auth.sendEmailCode(challengeId);
  return adapter.auth.verifySecondFactor(challengeId, backend.debugLastEmail(email, 'email-code')?.code ?? '', 'email');
}
