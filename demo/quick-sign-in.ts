import type { Adapter, Session } from '@portaal/core';
import type { DemoAccount, MockBackend } from '@portaal/mock';

/**
 * Signs a demo account in through the adapter, reading the second factor the way its owner would:
 * the authenticator app's current code, or the code from the (mock) mailbox. Accounts that still
 * have to enrol postpone when they may; enrolment itself belongs to <portaal-login>.
 */
export async function quickSignIn(adapter: Adapter, backend: MockBackend, account: DemoAccount): Promise<Session> {
  const result = await adapter.auth.login(account.email, account.password);
  if (result.kind === 'session') return result.session;
  if (result.kind === 'enrolment-required') {
    return adapter.auth.postponeEnrolment(result.enrolment.challengeId);
  }
  const { challengeId, methods } = result.challenge;
  if (methods.includes('totp')) {
    const code = await backend.debugTotpCode(account.email);
    if (code) return adapter.auth.verifySecondFactor(challengeId, code, 'totp');
  }
  await adapter.auth.sendEmailCode(challengeId);
  const code = backend.debugLastEmail(account.email, 'email-code')?.code ?? '';
  return adapter.auth.verifySecondFactor(challengeId, code, 'email');
}
