/** The contract against the direct, in-memory adapter of @portaal/mock. */
import { MockBackend, createMockAdapter } from '@portaal/mock';
import { runAdapterContract } from './adapter-contract.js';

runAdapterContract('in-memory mock adapter', ({ now }) => {
  // Fewer PBKDF2 iterations: every test starts a fresh back end that hashes the seed passwords.
  const backend = new MockBackend({ now, passwordIterations: 1000 });
  return { backend, adapter: createMockAdapter(backend) };
});
