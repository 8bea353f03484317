/**
 * The "direct" adapter: the back end in the same page, without HTTP. Faults look like what fetch
 * and a REST adapter would produce, so elements meet the same errors as in production.
 */
import { PortaalError } from '@portaal/core';
import type { Adapter } from '@portaal/core';
import type { AdapterMethod, MockBackend } from './backend.js';
import { throwIfAborted } from './delay.js';

/** A body that fits no schema of the contract. */
const MALFORMED = Object.freeze({ malformed: true });

export function createMockAdapter(backend: MockBackend): Adapter {
  async function call<T>(method: AdapterMethod, run: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const fault = await backend.enter(method, signal);
    if (fault === 'network') throw new TypeError('Failed to fetch');
    if (fault === 'server') throw new PortaalError('server', 'Internal Server Error', { status: 500 });
    if (fault === 'malformed') return MALFORMED as unknown as T;
    try {
      const result = await run();
      throwIfAborted(signal); // cancelled while the back end was working: the caller no longer wants it
      return result;
    } finally {
      backend.leave();
    }
  }

  const { auth, organisations, policies, claims, declarations } = backend;
  return {
    auth: {
      login: (email, password) => call('auth.login', () => auth.login(email, password)),
      verifySecondFactor: (challengeId, code, method) =>
        call('auth.verifySecondFactor', () => auth.verifySecondFactor(challengeId, code, method)),
      sendEmailCode: (challengeId) => call('auth.sendEmailCode', () => auth.sendEmailCode(challengeId)),
      startEnrolment: (challengeId, method) => call('auth.startEnrolment', () => auth.startEnrolment(challengeId, method)),
      confirmEnrolment: (challengeId, code) => call('auth.confirmEnrolment', () => auth.confirmEnrolment(challengeId, code)),
      postponeEnrolment: (challengeId) => call('auth.postponeEnrolment', () => auth.postponeEnrolment(challengeId)),
      requestPasswordReset: (email) => call('auth.requestPasswordReset', () => auth.requestPasswordReset(email)),
      resetPassword: (token, newPassword) => call('auth.resetPassword', () => auth.resetPassword(token, newPassword)),
      logout: () => call('auth.logout', () => auth.logout()),
      getSession: (options) => call('auth.getSession', () => auth.getSession(), options?.signal),
      touch: () => call('auth.touch', () => auth.touch()),
    },
    organisations: {
      list: (options) => call('organisations.list', () => organisations.list(), options?.signal),
      get: (id, options) => call('organisations.get', () => organisations.get(id), options?.signal),
      select: (id) => call('organisations.select', () => organisations.select(id)),
      setDefault: (id) => call('organisations.setDefault', () => organisations.setDefault(id)),
    },
    policies: {
      list: (query, options) => call('policies.list', () => policies.list(query), options?.signal),
      documents: (policyId, options) => call('policies.documents', () => policies.documents(policyId), options?.signal),
      download: (documentId, options) => call('policies.download', () => policies.download(documentId), options?.signal),
    },
    claims: {
      list: (query, options) => call('claims.list', () => claims.list(query), options?.signal),
      get: (id, options) => call('claims.get', () => claims.get(id), options?.signal),
      documents: (claimId, options) => call('claims.documents', () => claims.documents(claimId), options?.signal),
      download: (documentId, options) => call('claims.download', () => claims.download(documentId), options?.signal),
      messages: (claimId, options) => call('claims.messages', () => claims.messages(claimId), options?.signal),
      sendMessage: (claimId, body, files) => call('claims.sendMessage', () => claims.sendMessage(claimId, body, files)),
      requestInformation: (claimId, question) =>
        call('claims.requestInformation', () => claims.requestInformation(claimId, question)),
    },
    declarations: {
      list: (options) => call('declarations.list', () => declarations.list(), options?.signal),
      get: (id, options) => call('declarations.get', () => declarations.get(id), options?.signal),
      saveDraft: (input, expectedVersion) => call('declarations.saveDraft', () => declarations.saveDraft(input, expectedVersion)),
      submit: (input, idempotencyKey) => call('declarations.submit', () => declarations.submit(input, idempotencyKey)),
      cancel: (id) => call('declarations.cancel', () => declarations.cancel(id)),
      reopen: (id) => call('declarations.reopen', () => declarations.reopen(id)),
      // The upload watches its own signal (it reports progress while running).
      uploadAttachment: (file, options) =>
        call('declarations.uploadAttachment', () => declarations.uploadAttachment(file, options), options?.signal),
      summaryPdf: (id, options) => call('declarations.summaryPdf', () => declarations.summaryPdf(id, options), options?.signal),
    },
  };
}
