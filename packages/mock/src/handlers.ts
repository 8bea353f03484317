/**
 * The mock back end over HTTP, as msw request handlers: the routes a real insurer REST API would
 * offer (documented in this package's README). Use them with msw's `setupWorker` in a page, or with
 * `getResponse(handlers, request)` inside a custom `fetch` in tests.
 */
import { HttpResponse, http } from 'msw';
import type { HttpHandler } from 'msw';
import { PortaalError, isAbortError } from '@portaal/core';
import type { DeclarationInput, ErrorCode, ListQuery, SecondFactorMethod } from '@portaal/core';
import type { AdapterMethod, MockBackend } from './backend.js';
import { fieldError } from './field-error.js';

export interface HandlerOptions {
  /** Prefix of every route, e.g. `/api` or `https://insurer.example/api`. */
  baseUrl?: string;
}

/** HTTP status per error code; the JSON body always carries the exact `code`. */
export const STATUS_BY_CODE: Readonly<Record<ErrorCode, number>> = {
  invalid_credentials: 401,
  invalid_code: 401,
  unauthenticated: 401,
  locked: 429,
  enrolment_required: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  validation: 422,
  server: 500,
  invalid_response: 502,
  network: 503,
};

type Params = Record<string, string>;
type Resolve = (request: Request, params: Params) => Promise<Response>;

const etag = (version: number) => `"${version}"`;

/** `"3"`, `W/"3"` or `3` → 3; absent → null. */
function ifMatchVersion(request: Request): number | null {
  const header = request.headers.get('If-Match');
  const digits = header?.match(/\d+/)?.[0];
  return digits === undefined ? null : Number(digits);
}

function errorResponse(error: unknown): Response {
  if (isAbortError(error)) return HttpResponse.error();
  // Anything that is not a PortaalError is a bug: answer 500 without leaking its message.
  const failure = error instanceof PortaalError ? error : new PortaalError('server', 'Internal Server Error');
  const headers = new Headers();
  if (failure.retryAfter !== undefined) headers.set('Retry-After', String(failure.retryAfter));
  if (failure.currentVersion !== undefined) headers.set('ETag', etag(failure.currentVersion));
  return HttpResponse.json(failure.toJSON(), { status: STATUS_BY_CODE[failure.code], headers });
}

function json(body: unknown, status = 200, headers?: HeadersInit): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

function withVersion(declaration: { version: number }, status = 200): Response {
  return json(declaration, status, { ETag: etag(declaration.version) });
}

const noContent = (status = 204) => new Response(null, { status });

function file(blob: Blob, name: string): Response {
  return new Response(blob, {
    headers: { 'Content-Type': blob.type || 'application/octet-stream', 'Content-Disposition': `attachment; filename="${name}"` },
  });
}

async function readJson(request: Request): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await request.json();
    if (body !== null && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // falls through to the validation error
  }
  throw fieldError('body', 'invalid_json');
}

function text(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string') throw fieldError(field, 'required');
  return value;
}

function method(body: Record<string, unknown>): SecondFactorMethod {
  const value = body.method;
  if (value !== 'totp' && value !== 'email') throw fieldError('method', 'invalid');
  return value;
}

const LIST_PARAMETERS = new Set(['q', 'sort', 'page', 'size', 'locale']);

/**
 * `?lineOfBusiness=car&lineOfBusiness=omnium&status=active&q=golf&sort=-startDate,number&page=0&size=50`.
 * Any other parameter filters on the field of that name; repeated means "one of"; empty means null.
 */
export function parseListQuery(url: URL): ListQuery {
  const parameters = url.searchParams;
  const filter: Record<string, string | string[] | null> = {};
  for (const key of new Set(parameters.keys())) {
    if (LIST_PARAMETERS.has(key)) continue;
    const values = parameters.getAll(key);
    filter[key] = values.length > 1 ? values : values[0] === '' ? null : (values[0] ?? null);
  }
  const sort = (parameters.get('sort') ?? '')
    .split(',')
    .filter((part) => part !== '')
    .map((part) => (part.startsWith('-') ? { key: part.slice(1), direction: 'desc' as const } : { key: part, direction: 'asc' as const }));
  const page = parameters.get('page');
  const size = parameters.get('size');
  return {
    filter,
    ...(parameters.has('q') ? { search: parameters.get('q') ?? '' } : {}),
    sort,
    ...(page !== null || size !== null ? { page: { index: Number(page ?? 0), size: Number(size ?? 50) } } : {}),
    ...(parameters.has('locale') ? { locale: parameters.get('locale') ?? '' } : {}),
  };
}

export function createHandlers(backend: MockBackend, { baseUrl = '/api' }: HandlerOptions = {}): HttpHandler[] {
  const base = baseUrl.replace(/\/+$/, '');

  /** Every route first meets the back end's latency and pending faults, like the direct adapter. */
  function route(verb: 'get' | 'post' | 'put', path: string, name: AdapterMethod | ((params: Params) => AdapterMethod), resolve: Resolve) {
    return http[verb](`${base}${path}`, async ({ request, params }) => {
      const args = params as Params;
      try {
        const fault = await backend.enter(typeof name === 'function' ? name(args) : name, request.signal);
        if (fault === 'network') return HttpResponse.error();
        if (fault === 'server') return errorResponse(new PortaalError('server', 'Internal Server Error'));
        if (fault === 'malformed') return json({ malformed: true });
        return await resolve(request, args);
      } catch (error) {
        return errorResponse(error);
      } finally {
        backend.leave();
      }
    });
  }

  const { auth, organisations, policies, claims, declarations } = backend;
  return [
    // --- auth ---
    route('post', '/auth/login', 'auth.login', async (request) => {
      const body = await readJson(request);
      return json(await auth.login(text(body, 'email'), text(body, 'password')));
    }),
    route('post', '/auth/challenges/:id/verify', 'auth.verifySecondFactor', async (request, { id = '' }) => {
      const body = await readJson(request);
      return json(await auth.verifySecondFactor(id, text(body, 'code'), method(body)));
    }),
    route('post', '/auth/challenges/:id/email-code', 'auth.sendEmailCode', async (_request, { id = '' }) =>
      json(await auth.sendEmailCode(id)),
    ),
    route('post', '/auth/challenges/:id/enrolment', 'auth.startEnrolment', async (request, { id = '' }) =>
      json(await auth.startEnrolment(id, method(await readJson(request)))),
    ),
    route('post', '/auth/challenges/:id/enrolment/confirm', 'auth.confirmEnrolment', async (request, { id = '' }) =>
      json(await auth.confirmEnrolment(id, text(await readJson(request), 'code'))),
    ),
    route('post', '/auth/challenges/:id/enrolment/postpone', 'auth.postponeEnrolment', async (_request, { id = '' }) =>
      json(await auth.postponeEnrolment(id)),
    ),
    route('post', '/auth/password-reset', 'auth.requestPasswordReset', async (request) => {
      await auth.requestPasswordReset(text(await readJson(request), 'email'));
      return noContent(202);
    }),
    route('post', '/auth/password-reset/confirm', 'auth.resetPassword', async (request) => {
      const body = await readJson(request);
      await auth.resetPassword(text(body, 'token'), text(body, 'newPassword'));
      return noContent();
    }),
    route('post', '/auth/logout', 'auth.logout', async () => {
      await auth.logout();
      return noContent();
    }),
    route('get', '/session', 'auth.getSession', async () => {
      const session = await auth.getSession();
      return session ? json(session) : errorResponse(new PortaalError('unauthenticated', 'not logged in'));
    }),
    route('post', '/session/touch', 'auth.touch', async () => json(await auth.touch())),

    // --- organisations ---
    route('get', '/organisations', 'organisations.list', async () => json(await organisations.list())),
    route('get', '/organisations/:id', 'organisations.get', async (_request, { id = '' }) => json(await organisations.get(id))),
    route('put', '/session/organisation', 'organisations.select', async (request) =>
      json(await organisations.select(text(await readJson(request), 'organisationId'))),
    ),
    route('put', '/me/default-organisation', 'organisations.setDefault', async (request) => {
      const body = await readJson(request);
      return json(await organisations.setDefault(body.organisationId === null ? null : text(body, 'organisationId')));
    }),

    // --- policies and documents ---
    route('get', '/policies', 'policies.list', async (request) => json(await policies.list(parseListQuery(new URL(request.url))))),
    route('get', '/policies/:id/documents', 'policies.documents', async (_request, { id = '' }) => json(await policies.documents(id))),
    route(
      'get',
      '/documents/:id',
      ({ id = '' }) => (backend.documentArea(id) === 'claims' ? 'claims.download' : 'policies.download'),
      async (_request, { id = '' }) => {
        const blob = backend.documentArea(id) === 'claims' ? await claims.download(id) : await policies.download(id);
        return file(blob, `${id.replace(/[^\w.-]+/g, '-')}.pdf`);
      },
    ),

    // --- claims ---
    route('get', '/claims', 'claims.list', async (request) => json(await claims.list(parseListQuery(new URL(request.url))))),
    route('get', '/claims/:id', 'claims.get', async (_request, { id = '' }) => json(await claims.get(id))),
    route('get', '/claims/:id/documents', 'claims.documents', async (_request, { id = '' }) => json(await claims.documents(id))),
    route('get', '/claims/:id/messages', 'claims.messages', async (_request, { id = '' }) => json(await claims.messages(id))),
    route('post', '/claims/:id/messages', 'claims.sendMessage', async (request, { id = '' }) => {
      const form = await request.formData();
      const body = form.get('body');
      const files = form.getAll('files').filter((entry): entry is File => entry instanceof File);
      return json(await claims.sendMessage(id, typeof body === 'string' ? body : '', files), 201);
    }),
    route('post', '/claims/:id/information-requests', 'claims.requestInformation', async (request, { id = '' }) =>
      json(await claims.requestInformation(id, text(await readJson(request), 'question')), 201),
    ),

    // --- declarations ---
    route('get', '/declarations', 'declarations.list', async () => json(await declarations.list())),
    route('post', '/declarations/submit', 'declarations.submit', async (request) => {
      const input = (await readJson(request)) as unknown as DeclarationInput;
      return withVersion(await declarations.submit(input, request.headers.get('Idempotency-Key') ?? ''));
    }),
    route('post', '/declarations', 'declarations.saveDraft', async (request) => {
      const { id: _ignored, ...input } = (await readJson(request)) as unknown as DeclarationInput;
      return withVersion(await declarations.saveDraft(input, ifMatchVersion(request)), 201);
    }),
    route('get', '/declarations/:id', 'declarations.get', async (_request, { id = '' }) => withVersion(await declarations.get(id))),
    route('put', '/declarations/:id', 'declarations.saveDraft', async (request, { id = '' }) => {
      const input = (await readJson(request)) as unknown as DeclarationInput;
      return withVersion(await declarations.saveDraft({ ...input, id }, ifMatchVersion(request)));
    }),
    route('post', '/declarations/:id/cancel', 'declarations.cancel', async (_request, { id = '' }) =>
      withVersion(await declarations.cancel(id)),
    ),
    route('post', '/declarations/:id/reopen', 'declarations.reopen', async (_request, { id = '' }) =>
      withVersion(await declarations.reopen(id)),
    ),
    route('get', '/declarations/:id/summary', 'declarations.summaryPdf', async (_request, { id = '' }) =>
      file(await declarations.summaryPdf(id), `declaration-${id}.pdf`),
    ),
    route('post', '/attachments', 'declarations.uploadAttachment', async (request) => {
      const upload = (await request.formData()).get('file');
      if (!(upload instanceof File)) throw fieldError('file', 'required');
      return json(await declarations.uploadAttachment(upload, { signal: request.signal }), 201);
    }),
  ];
}
