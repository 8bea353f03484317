/**
 * The adapter contract over an insurer's REST API (the routes `@portaal/mock` documents and serves
 * with msw). Wrap it in `validatedAdapter` (the provider does) so answers are checked.
 */
import { isPortaalError } from '@portaal/core';
import type {
  Adapter,
  Attachment,
  Claim,
  ClaimMessage,
  Declaration,
  EmailCodeSent,
  EnrolmentStart,
  LoginResult,
  Organisation,
  Page,
  Policy,
  PortaalDocument,
  Session,
} from '@portaal/core';
import { createHttp } from './http.js';
import type { HttpOptions } from './http.js';
import { withQuery } from './list-query.js';

export type RestAdapterOptions = HttpOptions;

const id = encodeURIComponent;
const ifMatch = (version: number | null): Record<string, string> => (version === null ? {} : { 'If-Match': `"${version}"` });

export function createRestAdapter(options: RestAdapterOptions): Adapter {
  const http = createHttp(options);
  const challenge = (challengeId: string, action: string) => `/auth/challenges/${id(challengeId)}/${action}`;

  return {
    auth: {
      login: (email, password) => http.json<LoginResult>('/auth/login', { method: 'POST', json: { email, password } }),
      verifySecondFactor: (challengeId, code, method) =>
        http.json<Session>(challenge(challengeId, 'verify'), { method: 'POST', json: { code, method } }),
      sendEmailCode: (challengeId) => http.json<EmailCodeSent>(challenge(challengeId, 'email-code'), { method: 'POST' }),
      startEnrolment: (challengeId, method) =>
        http.json<EnrolmentStart>(challenge(challengeId, 'enrolment'), { method: 'POST', json: { method } }),
      confirmEnrolment: (challengeId, code) =>
        http.json<Session>(challenge(challengeId, 'enrolment/confirm'), { method: 'POST', json: { code } }),
      postponeEnrolment: (challengeId) => http.json<Session>(challenge(challengeId, 'enrolment/postpone'), { method: 'POST' }),
      requestPasswordReset: (email) => http.none('/auth/password-reset', { method: 'POST', json: { email } }),
      resetPassword: (token, newPassword) =>
        http.none('/auth/password-reset/confirm', { method: 'POST', json: { token, newPassword } }),
      logout: () => http.none('/auth/logout', { method: 'POST' }),
      // Nobody logged in is an answer here, not an error.
      getSession: async (requestOptions) => {
        try {
          return await http.json<Session>('/session', { signal: requestOptions?.signal });
        } catch (error) {
          if (isPortaalError(error, 'unauthenticated')) return null;
          throw error;
        }
      },
      touch: () => http.json<Session>('/session/touch', { method: 'POST' }),
    },
    organisations: {
      list: (requestOptions) => http.json<Organisation[]>('/organisations', { signal: requestOptions?.signal }),
      get: (organisationId, requestOptions) =>
        http.json<Organisation>(`/organisations/${id(organisationId)}`, { signal: requestOptions?.signal }),
      select: (organisationId) => http.json<Session>('/session/organisation', { method: 'PUT', json: { organisationId } }),
      setDefault: (organisationId) => http.json<Session>('/me/default-organisation', { method: 'PUT', json: { organisationId } }),
    },
    policies: {
      list: (query, requestOptions) => http.json<Page<Policy>>(withQuery('/policies', query), { signal: requestOptions?.signal }),
      documents: (policyId, requestOptions) =>
        http.json<PortaalDocument[]>(`/policies/${id(policyId)}/documents`, { signal: requestOptions?.signal }),
      download: (documentId, requestOptions) => http.blob(`/documents/${id(documentId)}`, { signal: requestOptions?.signal }),
    },
    claims: {
      list: (query, requestOptions) => http.json<Page<Claim>>(withQuery('/claims', query), { signal: requestOptions?.signal }),
      get: (claimId, requestOptions) => http.json<Claim>(`/claims/${id(claimId)}`, { signal: requestOptions?.signal }),
      documents: (claimId, requestOptions) =>
        http.json<PortaalDocument[]>(`/claims/${id(claimId)}/documents`, { signal: requestOptions?.signal }),
      download: (documentId, requestOptions) => http.blob(`/documents/${id(documentId)}`, { signal: requestOptions?.signal }),
      messages: (claimId, requestOptions) =>
        http.json<ClaimMessage[]>(`/claims/${id(claimId)}/messages`, { signal: requestOptions?.signal }),
      sendMessage: (claimId, body, files = []) => {
        const form = new FormData();
        form.append('body', body);
        for (const file of files) form.append('files', file, file.name);
        return http.json<ClaimMessage>(`/claims/${id(claimId)}/messages`, { method: 'POST', form });
      },
      requestInformation: (claimId, question) =>
        http.json<ClaimMessage>(`/claims/${id(claimId)}/information-requests`, { method: 'POST', json: { question } }),
    },
    declarations: {
      list: (requestOptions) => http.json<Declaration[]>('/declarations', { signal: requestOptions?.signal }),
      get: (declarationId, requestOptions) =>
        http.json<Declaration>(`/declarations/${id(declarationId)}`, { signal: requestOptions?.signal }),
      // New drafts are POSTed; updates PUT with the version they started from (If-Match → 409 when stale).
      saveDraft: (input, expectedVersion) =>
        input.id === undefined
          ? http.json<Declaration>('/declarations', { method: 'POST', json: input, headers: ifMatch(expectedVersion) })
          : http.json<Declaration>(`/declarations/${id(input.id)}`, { method: 'PUT', json: input, headers: ifMatch(expectedVersion) }),
      submit: (input, idempotencyKey) =>
        http.json<Declaration>('/declarations/submit', { method: 'POST', json: input, headers: { 'Idempotency-Key': idempotencyKey } }),
      cancel: (declarationId) => http.json<Declaration>(`/declarations/${id(declarationId)}/cancel`, { method: 'POST' }),
      reopen: (declarationId) => http.json<Declaration>(`/declarations/${id(declarationId)}/reopen`, { method: 'POST' }),
      // fetch cannot report upload progress (streamed request bodies are not widely supported), so the
      // whole file is one step: 0 when it starts, 1 when the server has it. XMLHttpRequest could do better.
      uploadAttachment: async (file, uploadOptions = {}) => {
        uploadOptions.onProgress?.(0);
        const form = new FormData();
        form.append('file', file, file.name);
        const attachment = await http.json<Attachment>('/attachments', { method: 'POST', form, signal: uploadOptions.signal });
        uploadOptions.onProgress?.(1);
        return attachment;
      },
      summaryPdf: (declarationId, requestOptions) =>
        http.blob(`/declarations/${id(declarationId)}/summary`, { signal: requestOptions?.signal }),
    },
  };
}
