/** The contract against @portaal/adapter-rest talking HTTP to the msw handlers of @portaal/mock. */
import { expect } from '@open-wc/testing';
import { validatedAdapter } from '@portaal/core';
import { DEMO_PASSWORD, MockBackend, createHandlers, demoAccount } from '@portaal/mock';
// Relative until `npm install` links the new workspace package.
import { createRestAdapter } from '@portaal/adapter-rest';
import { rejection, runAdapterContract } from './adapter-contract.js';
import { handlerFetch } from './handler-fetch.js';

runAdapterContract('REST adapter over the msw handlers', ({ now }) => {
  const backend = new MockBackend({ now, passwordIterations: 1000 });
  const { fetch } = handlerFetch(createHandlers(backend, { baseUrl: '/api' }));
  return { backend, adapter: createRestAdapter({ baseUrl: '/api', fetch }) };
});

describe('REST adapter on the wire', () => {
  function setup() {
    const backend = new MockBackend({ passwordIterations: 1000 });
    const recording = handlerFetch(createHandlers(backend, { baseUrl: 'https://insurer.example/api/' }));
    const adapter = validatedAdapter(createRestAdapter({ baseUrl: 'https://insurer.example/api/', fetch: recording.fetch }));
    return { backend, adapter, requests: recording.requests };
  }

  async function login(adapter: ReturnType<typeof setup>['adapter'], backend: MockBackend) {
    const { email } = demoAccount('full');
    const result = await adapter.auth.login(email, DEMO_PASSWORD);
    if (result.kind !== 'second-factor') throw new Error('expected a second-factor challenge');
    await adapter.auth.verifySecondFactor(result.challenge.challengeId, (await backend.debugTotpCode(email)) ?? '', 'totp');
  }

  it('sends a list query as URL parameters', async () => {
    const { adapter, backend, requests } = setup();
    await login(adapter, backend);
    await adapter.policies.list({
      filter: { lineOfBusiness: ['car', 'omnium'], endDate: null },
      search: 'golf',
      sort: [
        { key: 'startDate', direction: 'desc' },
        { key: 'number', direction: 'asc' },
      ],
      page: { index: 2, size: 25 },
    });
    const url = new URL(requests[requests.length - 1]!.url);
    expect(url.pathname).to.equal('/api/policies');
    expect(url.searchParams.getAll('lineOfBusiness')).to.deep.equal(['car', 'omnium']);
    expect(url.searchParams.get('endDate')).to.equal('');
    expect(url.searchParams.get('q')).to.equal('golf');
    expect(url.searchParams.get('sort')).to.equal('-startDate,number');
    expect([url.searchParams.get('page'), url.searchParams.get('size')]).to.deep.equal(['2', '25']);
  });

  it('sends If-Match with the expected version and Idempotency-Key on submit', async () => {
    const { adapter, backend, requests } = setup();
    await login(adapter, backend);
    const draft = await adapter.declarations.saveDraft({ lineOfBusiness: 'fire', policyId: null, answers: {}, attachments: [] }, null);
    await adapter.declarations.saveDraft({ id: draft.id, lineOfBusiness: 'fire', policyId: null, answers: {}, attachments: [] }, 1);
    const put = requests[requests.length - 1]!;
    expect([put.method, put.headers.get('If-Match')]).to.deep.equal(['PUT', '"1"']);
    const policyId = backend.seed.policies.find((policy) => policy.organisationId === 'org-peeters')!.id;
    await adapter.declarations.submit({ lineOfBusiness: 'fire', policyId, answers: {}, attachments: [] }, 'abc-123');
    expect(requests[requests.length - 1]!.headers.get('Idempotency-Key')).to.equal('abc-123');
  });

  it('answers errors with the documented statuses and headers', async () => {
    const backend = new MockBackend({ passwordIterations: 1000 });
    const { fetch } = handlerFetch(createHandlers(backend));
    const post = (path: string, body: unknown) =>
      fetch(`/api${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const wrong = await post('/auth/login', { email: 'x@y.example', password: 'nope' });
    expect(wrong.status).to.equal(401);
    expect(await wrong.json()).to.include({ code: 'invalid_credentials' });
    expect((await fetch('/api/policies')).status).to.equal(401);
    const { email } = demoAccount('full');
    const login = await (await post('/auth/login', { email, password: DEMO_PASSWORD })).json();
    let locked: Response | undefined;
    for (let i = 0; i < 5; i++) locked = await post(`/auth/challenges/${login.challenge.challengeId}/verify`, { code: 'abcdef', method: 'totp' });
    expect(locked?.status).to.equal(429);
    expect(Number(locked?.headers.get('Retry-After'))).to.be.greaterThan(0);
    const bad = await fetch('/api/auth/login', { method: 'POST', body: 'not json' });
    expect(bad.status).to.equal(422);
  });

  it('maps statuses without a JSON body, unparsable bodies and failed fetches', async () => {
    const answer = (response: () => Response) =>
      validatedAdapter(createRestAdapter({ baseUrl: '/api', fetch: async () => response() }));
    await rejection(answer(() => new Response('<html>Bad gateway</html>', { status: 502 })).policies.list(), 'server');
    await rejection(answer(() => new Response('', { status: 404 })).claims.get('x'), 'not_found');
    const locked = await rejection(answer(() => new Response('', { status: 429, headers: { 'Retry-After': '42' } })).auth.touch(), 'locked');
    expect(locked.retryAfter).to.equal(42);
    await rejection(answer(() => new Response('{"items": [', { status: 200 })).policies.list(), 'invalid_response');
    await rejection(answer(() => new Response('{}', { status: 200 })).policies.list(), 'invalid_response');
    const offline = validatedAdapter(
      createRestAdapter({ baseUrl: '/api', fetch: async () => Promise.reject(new TypeError('Failed to fetch')) }),
    );
    await rejection(offline.organisations.list(), 'network');
    expect(await answer(() => new Response('{"code":"unauthenticated"}', { status: 401 })).auth.getSession()).to.equal(null);
  });
});
