import { expect } from '@open-wc/testing';
import { DEMO_ACCOUNTS } from './accounts.js';
import { createMockAdapter } from './adapter.js';
import { MockBackend } from './backend.js';

/** A Storage stand-in that the test can read back. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('MockBackend sessionStorage option', () => {
  const account = DEMO_ACCOUNTS.find((a) => a.key === 'full')!;

  async function logIn(backend: MockBackend) {
    const adapter = createMockAdapter(backend);
    const result = await adapter.auth.login(account.email, account.password);
    if (result.kind !== 'second-factor') throw new Error('expected a second factor');
    const code = (await backend.debugTotpCode(account.email))!;
    await adapter.auth.verifySecondFactor(result.challenge.challengeId, code, 'totp');
    return { adapter, code };
  }

  it('keeps the session across a reload, like a session cookie, without passwords or codes', async () => {
    const storage = memoryStorage();
    const { code } = await logIn(new MockBackend({ sessionStorage: storage, passwordIterations: 1000 }));
    const stored = [...storage.items.values()].join();
    expect(stored).not.to.contain(account.password);
    expect(stored).not.to.contain(code);

    const reloaded = createMockAdapter(new MockBackend({ sessionStorage: storage, passwordIterations: 1000 }));
    expect((await reloaded.auth.getSession())?.user.email).to.equal(account.email);

    await reloaded.auth.logout();
    expect(storage.items.size).to.equal(0);
    expect(await createMockAdapter(new MockBackend({ sessionStorage: storage })).auth.getSession()).to.equal(null);
  });

  it('does not restore a session that went idle past the timeout', async () => {
    const storage = memoryStorage();
    let now = Date.now();
    await logIn(new MockBackend({ sessionStorage: storage, now: () => now, passwordIterations: 1000 }));
    now += 31 * 60 * 1000;
    const later = createMockAdapter(new MockBackend({ sessionStorage: storage, now: () => now, passwordIterations: 1000 }));
    expect(await later.auth.getSession()).to.equal(null);
  });
});
