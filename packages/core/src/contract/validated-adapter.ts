/**
 * Wraps an adapter so that every result is parsed with the contract's schemas before an element
 * sees it. A response that does not fit becomes an `invalid_response` error (shown, never a crash),
 * and whatever else the adapter throws becomes a PortaalError.
 */
import { z } from 'zod';
import type { Adapter } from './adapter.js';
import { PortaalError, isAbortError, toPortaalError } from './errors.js';
import {
  AttachmentSchema,
  ClaimMessageSchema,
  ClaimSchema,
  DeclarationSchema,
  DocumentSchema,
  EmailCodeSentSchema,
  EnrolmentStartSchema,
  LoginResultSchema,
  OrganisationSchema,
  PolicySchema,
  SessionSchema,
  pageSchema,
} from './schemas.js';

const VALIDATED = Symbol.for('portaal.validated-adapter');
const blob = z.instanceof(Blob);
const nothing = z.undefined().or(z.null()).transform(() => undefined);

/** The schema each method's result must satisfy. */
const resultSchemas = {
  auth: {
    login: LoginResultSchema,
    verifySecondFactor: SessionSchema,
    sendEmailCode: EmailCodeSentSchema,
    startEnrolment: EnrolmentStartSchema,
    confirmEnrolment: SessionSchema,
    postponeEnrolment: SessionSchema,
    requestPasswordReset: nothing,
    resetPassword: nothing,
    logout: nothing,
    getSession: SessionSchema.nullable(),
    touch: SessionSchema,
  },
  organisations: {
    list: z.array(OrganisationSchema),
    get: OrganisationSchema,
    select: SessionSchema,
    setDefault: SessionSchema,
  },
  policies: {
    list: pageSchema(PolicySchema),
    documents: z.array(DocumentSchema),
    download: blob,
  },
  claims: {
    list: pageSchema(ClaimSchema),
    get: ClaimSchema,
    documents: z.array(DocumentSchema),
    download: blob,
    messages: z.array(ClaimMessageSchema),
    sendMessage: ClaimMessageSchema,
    requestInformation: ClaimMessageSchema,
  },
  declarations: {
    list: z.array(DeclarationSchema),
    get: DeclarationSchema,
    saveDraft: DeclarationSchema,
    submit: DeclarationSchema,
    cancel: DeclarationSchema,
    reopen: DeclarationSchema,
    uploadAttachment: AttachmentSchema,
    summaryPdf: blob,
  },
} satisfies { [G in keyof Adapter]: { [M in keyof Adapter[G]]: z.ZodType } };

/** Parses `value` with `schema`, or throws `invalid_response` naming where it went wrong. */
export function parseResponse<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const path = first?.path.join('.') || '(root)';
  throw new PortaalError('invalid_response', `${where}: ${path}: ${first?.message ?? 'invalid'}`, {
    cause: result.error,
  });
}

function wrapGroup<G extends keyof Adapter>(group: G, target: Adapter[G]): Adapter[G] {
  const schemas = resultSchemas[group] as Record<string, z.ZodType>;
  const wrapped: Record<string, unknown> = {};
  for (const [method, schema] of Object.entries(schemas)) {
    wrapped[method] = async (...args: unknown[]) => {
      // Looked up at call time: an adapter may leave out areas its portal does not offer.
      const fn = (target as unknown as Record<string, ((...a: unknown[]) => Promise<unknown>) | undefined> | undefined)?.[method];
      if (typeof fn !== 'function') throw new PortaalError('server', `adapter has no ${group}.${method}`);
      let value: unknown;
      try {
        value = await fn.apply(target, args);
      } catch (error) {
        if (isAbortError(error)) throw error;
        throw toPortaalError(error);
      }
      return parseResponse(schema, value, `${group}.${method}`);
    };
  }
  return wrapped as unknown as Adapter[G];
}

/** Idempotent: wrapping an already validated adapter returns it unchanged. */
export function validatedAdapter(adapter: Adapter): Adapter {
  if ((adapter as { [VALIDATED]?: true })[VALIDATED]) return adapter;
  const result: Adapter = {
    auth: wrapGroup('auth', adapter.auth),
    organisations: wrapGroup('organisations', adapter.organisations),
    policies: wrapGroup('policies', adapter.policies),
    claims: wrapGroup('claims', adapter.claims),
    declarations: wrapGroup('declarations', adapter.declarations),
  };
  Object.defineProperty(result, VALIDATED, { value: true });
  return result;
}
