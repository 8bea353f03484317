import { expect } from '@open-wc/testing';
import { isPortaalError } from '@portaal/core';
import { demoAccount } from './accounts.js';
import { createMockAdapter } from './adapter.js';
import { MockBackend } from './backend.js';

describe('MockBackend.debugRemoveMembership', () => {
  const multi = demoAccount('multi-org');

  async function login(backend: MockBackend) {
    const adapter = createMockAdapter(backend);
    const result = await adapter.auth.login(multi.email, multi.password);
    if (result.kind !== 'second-factor') throw new Error('expected a second-factor challenge');
    const code = (await backend.debugTotpCode(multi.email)) ?? '';
    return { adapter, session: await adapter.auth.verifySecondFactor(result.challenge.challengeId, code, 'totp') };
  }

  it('leaves a stale default profile: the next login has no current organisation and still names the old default', async () => {
    let time = Date.parse('2026-11-21T09:00:00Z');
    const backend = new MockBackend({ passwordIterations: 1000, now: () => time });
    const first = await login(backend);
    await first.adapter.organisations.setDefault('org-kessler');
    await first.adapter.organisations.select('org-kessler');

    backend.debugRemoveMembership(multi.email, 'org-kessler');
    const during = await first.adapter.auth.getSession();
    expect(during?.currentOrganisationId, 'the current organisation is gone at once').to.equal(null);
    const refused = await first.adapter.organisations.select('org-kessler').catch((error: unknown) => error);
    expect(isPortaalError(refused, 'forbidden')).to.equal(true);

    await first.adapter.auth.logout();
    time += 60_000; // a fresh TOTP step for the next login
    const { adapter, session } = await login(backend);
    expect(session.currentOrganisationId).to.equal(null);
    expect(session.defaultOrganisationId).to.equal('org-kessler');
    expect(session.memberships.map((m) => m.organisationId)).not.to.include('org-kessler');
    expect((await adapter.organisations.list()).map((o) => o.id)).not.to.include('org-kessler');
  });
});
