import { expect } from '@open-wc/testing';
import type { Adapter } from './adapter.js';
import { PortaalError } from './errors.js';
import { validatedAdapter } from './validated-adapter.js';

const page = { items: [], total: 0 };

/** An adapter whose policies.list returns (or throws) whatever the test hands it. */
function adapterReturning(result: () => unknown): Adapter {
  return { policies: { list: async () => result() } } as unknown as Adapter;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('validatedAdapter', () => {
  it('passes results that fit the contract', async () => {
    const adapter = validatedAdapter(adapterReturning(() => page));
    expect(await adapter.policies.list()).to.deep.equal(page);
  });

  it('turns a response that does not fit into invalid_response naming the method and field', async () => {
    const adapter = validatedAdapter(adapterReturning(() => ({ items: [{ id: 1 }], total: 1 })));
    const error = await rejection(adapter.policies.list());
    expect(error).to.be.instanceOf(PortaalError);
    expect((error as PortaalError).code).to.equal('invalid_response');
    expect((error as PortaalError).message).to.contain('policies.list').and.contain('items.0');
  });

  it('turns a failed fetch into network and other throws into server errors', async () => {
    const network = await rejection(validatedAdapter(adapterReturning(() => { throw new TypeError('Failed to fetch'); })).policies.list());
    expect((network as PortaalError).code).to.equal('network');
    const server = await rejection(validatedAdapter(adapterReturning(() => { throw new Error('boom'); })).policies.list());
    expect((server as PortaalError).code).to.equal('server');
  });

  it('keeps PortaalErrors and lets cancelled requests stay AbortErrors', async () => {
    const locked = new PortaalError('locked', 'locked', { retryAfter: 30 });
    expect(await rejection(validatedAdapter(adapterReturning(() => { throw locked; })).policies.list())).to.equal(locked);
    const abort = await rejection(
      validatedAdapter(adapterReturning(() => { throw new DOMException('aborted', 'AbortError'); })).policies.list(),
    );
    expect((abort as DOMException).name).to.equal('AbortError');
  });

  it('reports a method the adapter lacks as a server error instead of crashing', async () => {
    const error = await rejection(validatedAdapter(adapterReturning(() => page)).claims.list());
    expect((error as PortaalError).code).to.equal('server');
  });

  it('does not wrap twice', () => {
    const once = validatedAdapter(adapterReturning(() => page));
    expect(validatedAdapter(once)).to.equal(once);
  });
});
