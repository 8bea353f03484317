/**
 * A `fetch` answered by msw handlers in the same page (msw's `getResponse`), no service worker.
 * Behaves like the real one where it matters: aborts reject with an AbortError, a network error
 * (`HttpResponse.error()`) or an unhandled route rejects with `TypeError('Failed to fetch')`.
 */
import { getResponse } from 'msw';
import type { RequestHandler } from 'msw';

export interface RecordingFetch {
  fetch: typeof globalThis.fetch;
  /** Every request made, in order (for assertions on URLs and headers). */
  requests: Request[];
}

export function handlerFetch(handlers: RequestHandler[]): RecordingFetch {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    requests.push(request.clone());
    const signal = request.signal;
    const aborted = () => new DOMException('The operation was aborted.', 'AbortError');
    if (signal.aborted) throw aborted();
    const response = await new Promise<Response | undefined>((resolve, reject) => {
      const onAbort = () => reject(aborted());
      signal.addEventListener('abort', onAbort, { once: true });
      getResponse(handlers, request)
        .then(resolve, reject)
        .finally(() => signal.removeEventListener('abort', onAbort));
    });
    if (!response || response.type === 'error') throw new TypeError('Failed to fetch');
    return response;
  };
  return { fetch, requests };
}
