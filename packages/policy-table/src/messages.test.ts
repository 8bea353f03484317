import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { loadLanguage, registerMessageLoader, registerMessages, translate } from '@portaal/core';
import { MockBackend, createMockAdapter, signInDemoAccount } from '@portaal/mock';
import { registerPolicyTableMessages } from './messages.js';
import type { PortaalPolicyDocuments } from './policy-documents/policy-documents.js';
import type { PortaalPolicyTable } from './policy-table/policy-table.js';
import './define.js';

// The test page loads more modules than the default 250 timing entries: keep those that come later.
performance.setResourceTimingBufferSize(10_000);

/** Which of the package's language modules the page has fetched. */
const fetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /policy-table\/src\/messages\/(\w+)\./.exec(entry.name)?.[1])
    .filter(Boolean);

async function signedIn() {
  const backend = new MockBackend({ passwordIterations: 1 });
  const adapter = createMockAdapter(backend);
  await signInDemoAccount(backend, adapter, 'full');
  const policy = (await adapter.policies.list({ filter: { lineOfBusiness: 'car' }, page: { index: 0, size: 1 } })).items[0]!;
  return { adapter, policy };
}

// Its own test file, so its own page: no element has registered the messages before these tests,
// and no language module is imported (their completeness is checked in policy-table.test.ts).
describe('policy table messages', () => {
  it("keep an integrator's wording registered before the first element is created", async () => {
    registerMessages({ en: { 'policyDocuments.view': 'Open' }, nl: {}, fr: {}, de: {} });
    registerPolicyTableMessages();
    await Promise.all([loadLanguage('en'), loadLanguage('nl')]);
    expect(translate('en-GB', 'policyDocuments.view')).to.equal('Open');
    expect(translate('nl-BE', 'policyDocuments.view')).to.equal('Bekijken');
  });

  it('load only the languages the page uses, and a new language before showing it', async () => {
    const lang = document.documentElement.lang;
    try {
      document.documentElement.lang = 'nl-BE';
      const { adapter, policy } = await signedIn();
      const el = await fixture<PortaalPolicyDocuments>(
        html`<portaal-policy-documents .adapter=${adapter} .policy=${policy} policy-id=${policy.id}></portaal-policy-documents>`,
      );
      const root = el.shadowRoot!;
      const label = (selector: string) => root.querySelector(selector)?.getAttribute('label');
      const labels = () => `${label('portaal-text-field')} / ${label('portaal-button[variant="primary"]')}`;
      await waitUntil(() => root.querySelector('.document'), 'the documents load', { timeout: 3000 });
      expect(labels()).to.match(new RegExp(`^Documenten zoeken / .+ downloaden, polis ${policy.number}$`));
      expect(fetched()).to.include('nl').and.not.include('fr').and.not.include('de');

      // Every label the documents show while the page switches to French: never a key, never English.
      const seen: string[] = [];
      const observer = new MutationObserver(() => seen.push(labels()));
      observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['label'] });
      document.documentElement.lang = 'fr-BE';
      await waitUntil(() => labels().startsWith('Rechercher un document / '), 'the French texts arrive');
      observer.disconnect();
      expect(seen.length).to.be.greaterThan(0);
      for (const label of seen) expect(label).to.match(new RegExp(`^Rechercher un document / Télécharger .+, contrat ${policy.number}$`));
      expect(fetched()).to.include('fr').and.not.include('de');
    } finally {
      document.documentElement.lang = lang;
    }
  });

  // Last: the loader it registers is the reason German is slow on this page.
  it('ask for the policies while the texts are still on their way', async () => {
    const lang = document.documentElement.lang;
    try {
      document.documentElement.lang = 'de-BE';
      let arrive!: () => void;
      registerMessageLoader((language) => (language === 'de' ? new Promise((resolve) => (arrive = () => resolve({}))) : Promise.resolve({})));
      const { adapter } = await signedIn();
      const asked: string[] = [];
      const list = adapter.policies.list.bind(adapter.policies);
      adapter.policies.list = (query, options) => {
        asked.push('list');
        return list(query, options);
      };
      const el = fixtureSync<PortaalPolicyTable>(html`<portaal-policy-table .adapter=${adapter}></portaal-policy-table>`);
      await waitUntil(() => asked.length > 0, 'the policies are asked for');
      expect(el.hasUpdated, 'nothing shown before the texts are there').to.equal(false);
      arrive();
      await waitUntil(() => el.shadowRoot!.querySelector('portaal-data-table'), 'the table shows');
      expect(asked).to.deep.equal(['list']);
    } finally {
      document.documentElement.lang = lang;
    }
  });
});
