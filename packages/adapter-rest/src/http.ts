/**
 * The small HTTP layer under the REST adapter: JSON in and out, error bodies turned into
 * PortaalErrors. Results are not checked here; `validatedAdapter` parses them against the contract.
 */
import { ERROR_CODES, PortaalError, isAbortError } from '@portaal/core';
import type { ErrorCode, FieldErrors } from '@portaal/core';

export interface HttpOptions {
  /** Where the API lives, e.g. `/api` or `https://insurer.example/api`. */
  baseUrl: string;
  fetch?: typeof globalThis.fetch;
  /** Extra headers on every request (an API key, a CSRF token); a function is called per request. */
  headers?: HeadersInit | (() => HeadersInit);
  /** Cookies for a session; `include` when the API is on another origin. Default `same-origin`. */
  credentials?: RequestCredentials;
}

export interface Call {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as multipart/form-data. */
  form?: FormData;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
}

/** What a status means when the error body does not say (a proxy's HTML page, an empty body). */
function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not_found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 400 || status === 422) return 'validation';
  if (status === 423 || status === 429) return 'locked';
  return 'server';
}

/** `Retry-After` is seconds or an HTTP date. */
function retryAfterSeconds(header: string | null): number | undefined {
  if (header === null) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

async function errorFrom(response: Response): Promise<PortaalError> {
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(await response.text());
    if (parsed !== null && typeof parsed === 'object') body = parsed as Record<string, unknown>;
  } catch {
    // not JSON: the status alone decides
  }
  const code = (ERROR_CODES as readonly unknown[]).includes(body.code) ? (body.code as ErrorCode) : codeForStatus(response.status);
  const version = response.headers.get('ETag')?.match(/\d+/)?.[0];
  const currentVersion = isNumber(body.currentVersion) ? body.currentVersion : version === undefined ? undefined : Number(version);
  const retryAfter = isNumber(body.retryAfter) ? body.retryAfter : retryAfterSeconds(response.headers.get('Retry-After'));
  const fieldErrors = body.fieldErrors !== null && typeof body.fieldErrors === 'object' ? (body.fieldErrors as FieldErrors) : undefined;
  return new PortaalError(code, typeof body.message === 'string' ? body.message : `HTTP ${response.status}`, {
    status: response.status,
    ...(retryAfter !== undefined && { retryAfter }),
    ...(currentVersion !== undefined && code === 'conflict' && { currentVersion }),
    ...(fieldErrors !== undefined && { fieldErrors }),
    ...(isNumber(body.attemptsLeft) && { attemptsLeft: body.attemptsLeft }),
  });
}

export function createHttp(options: HttpOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  // Called through a wrapper: an unbound `window.fetch` throws "Illegal invocation".
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));

  async function send(path: string, call: Call, accept: string): Promise<Response> {
    const headers = new Headers(typeof options.headers === 'function' ? options.headers() : options.headers);
    headers.set('Accept', accept);
    for (const [name, value] of Object.entries(call.headers ?? {})) headers.set(name, value);
    let body: BodyInit | undefined;
    if (call.json !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(call.json);
    } else if (call.form) {
      body = call.form; // the browser sets the multipart boundary
    }
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method: call.method ?? 'GET',
        headers,
        body,
        signal: call.signal,
        credentials: options.credentials ?? 'same-origin',
      });
    } catch (error) {
      if (isAbortError(error)) throw error;
      throw new PortaalError('network', error instanceof Error ? error.message : 'network error', { cause: error });
    }
    if (!response.ok) throw await errorFrom(response);
    return response;
  }

  return {
    send,
    /** The parsed JSON body, unchecked (typed by the caller; validatedAdapter checks it). */
    async json<T>(path: string, call: Call = {}): Promise<T> {
      const response = await send(path, call, 'application/json');
      const text = await response.text();
      try {
        return JSON.parse(text) as T;
      } catch (error) {
        throw new PortaalError('invalid_response', `${path}: body is not JSON`, { status: response.status, cause: error });
      }
    },
    /** A file; a JSON answer where a file was expected is an error page, not a document. */
    async blob(path: string, call: Call = {}): Promise<Blob> {
      const response = await send(path, call, '*/*');
      if ((response.headers.get('Content-Type') ?? '').includes('application/json')) {
        throw new PortaalError('invalid_response', `${path}: expected a file, got JSON`, { status: response.status });
      }
      return response.blob();
    },
    async none(path: string, call: Call = {}): Promise<void> {
      await send(path, call, 'application/json');
    },
  };
}

export type Http = ReturnType<typeof createHttp>;
