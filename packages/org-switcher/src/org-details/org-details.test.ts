import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { PortaalError, formatEnterpriseNumber, type Adapter, type Organisation } from '@portaal/core';
import { HOSTILE_STRINGS } from '@portaal/mock';
import { login, mount, textOf, underProvider, until } from '../test-helpers.js';
import '../define.js';
import type { PortaalOrgDetails } from './org-details.js';

const root = (el: PortaalOrgDetails) => el.shadowRoot!;
const base = (el: PortaalOrgDetails) => root(el).querySelector('[part="base"]');
const loaded = (el: PortaalOrgDetails) => until(() => root(el).querySelector('.identity'), 'the details are shown');

async function details(adapter: Adapter, options: { locale?: string; theme?: string } = {}) {
  const provider = await underProvider(adapter, html`<portaal-org-details></portaal-org-details>`, options);
  return { provider, el: provider.querySelector('portaal-org-details')! };
}

/** Holds `organisations.get` for the ids in `held` until released, and records every signal it was given. */
function gated(adapter: Adapter, held: readonly string[]) {
  const signals: { id: string; signal: AbortSignal | undefined }[] = [];
  const waiting: (() => void)[] = [];
  const gate: Adapter = {
    ...adapter,
    organisations: {
      ...adapter.organisations,
      get: async (id, options) => {
        signals.push({ id, signal: options?.signal });
        if (held.includes(id)) await new Promise<void>((resolve) => waiting.push(resolve));
        return adapter.organisations.get(id, options);
      },
    },
  };
  return { adapter: gate, signals, release: () => waiting.splice(0).forEach((resolve) => resolve()) };
}

describe('<portaal-org-details>', () => {
  it('shows the organisation’s name, enterprise number, addresses, contacts and intermediary', async () => {
    const { adapter } = await login('full');
    const peeters = await adapter.organisations.get('org-peeters');
    const { el } = await details(adapter);
    await loaded(el);
    const text = textOf(root(el));
    expect(text).to.contain('Transport Peeters & Zonen NV');
    expect(textOf(root(el).querySelector('dd.number'))).to.equal(formatEnterpriseNumber(peeters.enterpriseNumber));
    expect(textOf(root(el).querySelector('dd.number'))).to.match(/^0\d{3}\.\d{3}\.\d{3}$/);
    expect(text).to.contain('Your access Full access');
    // Addresses by kind
    expect(text).to.contain('Registered office Noorderlaan 112 2030 Antwerpen');
    expect(text).to.contain('Operating site Haven 1025 2030 Antwerpen');
    // Contacts with working links
    const mail = root(el).querySelector<HTMLAnchorElement>('a[href="mailto:an.peeters@peeters-transport.example"]');
    expect(mail?.textContent).to.equal('an.peeters@peeters-transport.example');
    expect(root(el).querySelector<HTMLAnchorElement>('a[href="tel:+3235412210"]')?.textContent).to.equal('+32 3 541 22 10');
    expect(textOf(mail!.parentElement)).to.equal('E-mail: an.peeters@peeters-transport.example');
    // Intermediary with FSMA number
    expect(text).to.contain('Your intermediary Makelaardij Wouters BV FSMA number');
    expect(text).to.contain(formatEnterpriseNumber(peeters.intermediary!.fsmaNumber!));
    expect([...root(el).querySelectorAll('h2')].map((h) => h.textContent)).to.deep.equal([
      'Organisation',
      'Addresses',
      'Contact persons',
      'Your intermediary',
    ]);
    expect(base(el)!.getAttribute('aria-busy')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('is accessible in Dutch in the dark theme, with a box number and no intermediary', async () => {
    const { adapter } = await login('multi-org');
    await adapter.organisations.select('org-bos');
    const { el } = await details(adapter, { locale: 'nl-BE', theme: 'dark' });
    await loaded(el);
    const text = textOf(root(el));
    expect(text).to.contain('Maatschappelijke zetel Rue de la Loi 16 1000 Bruxelles');
    expect(text).to.contain('Postadres Avenue Louise 149 bus 24 1050 Ixelles');
    expect(text).to.contain('U hebt geen tussenpersoon');
    await expect(el).to.be.accessible();
  });

  it('puts its headings at the level the page asks for', async () => {
    const { adapter } = await login('full');
    const provider = await underProvider(adapter, html`<portaal-org-details heading-level="3"></portaal-org-details>`);
    const el = provider.querySelector('portaal-org-details')!;
    await loaded(el);
    expect(root(el).querySelectorAll('h3')).to.have.length(4);
    expect(root(el).querySelectorAll('h2')).to.have.length(0);
  });

  it('shows the organisation named by organisation-id once the provider has the session', async () => {
    const { adapter } = await login('broker');
    const provider = await underProvider(adapter, html`<portaal-org-details organisation-id="org-kessler"></portaal-org-details>`);
    const el = provider.querySelector('portaal-org-details')!;
    await loaded(el);
    expect(textOf(root(el).querySelector('.org-name'))).to.equal('Schreinerei Kessler GmbH');
    expect(provider.session?.currentOrganisationId, 'no organisation is current').to.equal(null);
  });

  it('is busy while loading, then shows an error with Retry that loads again (used alone)', async () => {
    const { adapter, backend } = await login('full');
    backend.setLatency(10_000);
    const el = await mount<PortaalOrgDetails>(html`<portaal-org-details lang="fr-BE" .adapter=${adapter}></portaal-org-details>`);
    expect(base(el)!.getAttribute('aria-busy')).to.equal('true');
    expect(textOf(root(el))).to.equal('Chargement des données de votre organisation…');
    await expect(el).to.be.accessible();
    el.remove();

    backend.setLatency(0);
    backend.failNext('server', 'organisations.get');
    const failing = await mount<PortaalOrgDetails>(html`<portaal-org-details lang="fr-BE" .adapter=${adapter}></portaal-org-details>`);
    await until(() => root(failing).querySelector('[role="alert"]'), 'the error shows');
    expect(textOf(root(failing).querySelector('[role="alert"]'))).to.equal(
      'Les données de votre organisation n’ont pas pu être chargées. Un problème est survenu de notre côté. Réessayez plus tard. Réessayer',
    );
    await expect(failing).to.be.accessible();
    root(failing).querySelector<HTMLElement>('[role="alert"] portaal-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await loaded(failing);
    expect(textOf(root(failing))).to.contain('Transport Peeters & Zonen NV');
  });

  it('says when no organisation is chosen yet', async () => {
    const { adapter } = await login('multi-org');
    const { el } = await details(adapter, { locale: 'de-BE' });
    await until(() => base(el)?.getAttribute('aria-busy') === 'false', 'settled');
    expect(textOf(root(el))).to.equal('Es ist keine Organisation gewählt. Wählen Sie eine, um ihre Daten zu sehen.');
    await expect(el).to.be.accessible();
  });

  it('shows "no access" instead of data when the membership does not permit My data, without asking the back end', async () => {
    const { adapter } = await login('restricted');
    let asked = 0;
    const withoutMyData: Adapter = {
      ...adapter,
      auth: {
        ...adapter.auth,
        getSession: async (options) => {
          const session = await adapter.auth.getSession(options);
          return session && { ...session, memberships: session.memberships.map((m) => ({ ...m, menu: m.menu.filter((item) => item !== 'my-data') })) };
        },
      },
      organisations: {
        ...adapter.organisations,
        get: (id, options) => {
          asked += 1;
          return adapter.organisations.get(id, options);
        },
      },
    };
    const { provider, el } = await details(withoutMyData, { locale: 'nl-BE' });
    await until(() => provider.querySelector('portaal-org-details')?.shadowRoot?.querySelector('portaal-no-access'), 'no access');
    await until(() => textOf(root(el).querySelector('portaal-no-access')!.shadowRoot).includes('De Linde'), 'with the organisation’s name');
    const noAccess = root(el).querySelector('portaal-no-access')!;
    expect(textOf(noAccess.shadowRoot)).to.contain('Geen toegang');
    expect(textOf(noAccess.shadowRoot)).to.contain('U hebt geen toegang tot “Mijn gegevens” voor Woonzorgcentrum De Linde vzw.');
    expect(root(el).querySelector('.identity')).to.equal(null);
    expect(asked, 'only the provider loaded the organisation (for the header)').to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('shows "no access" when the back end refuses with forbidden', async () => {
    const { adapter } = await login('full');
    const refusing: Adapter = {
      ...adapter,
      organisations: { ...adapter.organisations, get: async () => Promise.reject(new PortaalError('forbidden')) },
    };
    const el = await mount<PortaalOrgDetails>(html`<portaal-org-details lang="en" .adapter=${refusing}></portaal-org-details>`);
    await until(() => root(el).querySelector('portaal-no-access'), 'no access');
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reloads for the new organisation after a switch, cancelling the request for the old one', async () => {
    const { adapter } = await login('multi-org');
    await adapter.organisations.select('org-lefevre');
    const gate = gated(adapter, ['org-lefevre']);
    const provider = await underProvider(
      gate.adapter,
      html`<portaal-org-switcher variant="header"></portaal-org-switcher><portaal-org-details></portaal-org-details>`,
    );
    const el = provider.querySelector('portaal-org-details')!;
    const switcher = provider.querySelector('portaal-org-switcher')!;
    await until(() => gate.signals.filter((s) => s.id === 'org-lefevre').length === 2, 'provider and details ask for Lefèvre');
    expect(base(el)!.getAttribute('aria-busy')).to.equal('true');

    const input = switcher.shadowRoot!.querySelector<HTMLInputElement>('#input')!;
    await until(() => input.getAttribute('aria-busy') === 'false', 'the switcher is ready');
    input.focus();
    await sendKeys({ type: 'brussels' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await until(() => textOf(root(el)).includes('Brussels Office Services SA/NV'), 'the new organisation’s details');

    const old = gate.signals.filter((s) => s.id === 'org-lefevre');
    expect(old.every((s) => s.signal?.aborted), 'every request for Lefèvre was cancelled').to.equal(true);
    gate.release(); // a late answer for the old organisation changes nothing
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(textOf(root(el))).to.contain('Brussels Office Services SA/NV');
    expect(textOf(root(el))).not.to.contain('Lefèvre');
  });

  it('renders hostile data as inert text that fits a 320 px screen', async () => {
    await setViewport({ width: 320, height: 700 });
    try {
      const { adapter } = await login('broker');
      const hostile = (await adapter.organisations.list()).filter((o: Organisation) => HOSTILE_STRINGS.includes(o.name));
      expect(hostile.length).to.be.at.least(4);
      for (const organisation of hostile) {
        const el = await mount<PortaalOrgDetails>(
          html`<portaal-org-details lang="nl-BE" organisation-id=${organisation.id} .adapter=${adapter}></portaal-org-details>`,
        );
        await loaded(el);
        expect(root(el).querySelector('img'), organisation.name).to.equal(null);
        expect(textOf(root(el).querySelector('.org-name'))).to.equal(organisation.name.replace(/\s+/g, ' ').trim());
        expect(root(el).querySelector('.org-name')!.getAttribute('dir')).to.equal('auto');
        expect(el.scrollWidth, `${organisation.id} does not overflow`).to.be.at.most(el.clientWidth);
        expect(el.getBoundingClientRect().right).to.be.at.most(320);
        await expect(el).to.be.accessible();
        el.remove();
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
