import { expect, fixtureSync, html } from '@open-wc/testing';
import type { ReactiveElement, TemplateResult } from 'lit';
import type { Adapter } from '../../contract/adapter.js';
import type { Organisation, Session } from '../../contract/schemas.js';
import type { PortaalProvider } from '../../provider/provider.js';
import '../../provider/define.js';
import './define.js';
import type { PortaalNoAccess } from './no-access.js';

/** fixture() without its wait for an animation frame (background pages get none). */
async function mount<T extends Element>(template: TemplateResult): Promise<T> {
  const root = fixtureSync<T>(template);
  const elements = [root, ...root.querySelectorAll('*')] as Partial<ReactiveElement>[];
  await Promise.all(elements.map((el) => el.updateComplete));
  return root;
}

const session: Session = {
  user: { id: 'u1', email: 'sofie@example.be', name: 'Sofie Claes', secondFactors: ['totp'] },
  memberships: [{ organisationId: 'org-1', access: 'restricted', menu: ['my-data', 'claims'] }],
  currentOrganisationId: 'org-1',
  defaultOrganisationId: null,
  idleTimeoutSeconds: 1800,
  expiresAt: '2026-11-21T12:30:00Z',
};

function adapterFor(name: string): Adapter {
  const organisation: Organisation = {
    id: 'org-1',
    name,
    enterpriseNumber: '0203201340',
    addresses: [{ kind: 'registered', street: 'Naamsestraat', number: '57', postalCode: '3000', city: 'Leuven', country: 'BE' }],
    contacts: [],
    intermediary: null,
  };
  return { auth: { getSession: async () => session }, organisations: { get: async () => organisation } } as unknown as Adapter;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Whitespace collapsed (also the no-break spaces French puts inside « »). */
const text = (el: PortaalNoAccess) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('<portaal-no-access>', () => {
  it('names the item and the provider’s current organisation, in the user’s language', async () => {
    const provider = await mount<PortaalProvider>(
      html`<portaal-provider locale="nl-BE" .adapter=${adapterFor('Woonzorgcentrum De Linde vzw')}
        ><portaal-no-access item="policies"></portaal-no-access
      ></portaal-provider>`,
    );
    await settle();
    const el = provider.querySelector('portaal-no-access')!;
    await el.updateComplete;
    expect(text(el)).to.contain('Geen toegang');
    expect(text(el)).to.contain('U hebt geen toegang tot “Polissen” voor Woonzorgcentrum De Linde vzw.');
    await expect(provider).to.be.accessible();

    provider.locale = 'fr-BE';
    await provider.updateComplete;
    await el.updateComplete;
    expect(text(el)).to.contain('Vous n’avez pas accès à « Contrats » pour Woonzorgcentrum De Linde vzw.');
  });

  it('works without a provider and renders a hostile organisation name as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const el = await mount<PortaalNoAccess>(
      html`<portaal-no-access lang="de-BE" item="declarations" organisation=${hostile}></portaal-no-access>`,
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(el)).to.contain('Sie haben keinen Zugriff auf „Schadenmeldungen“ für <img src=x onerror=alert(1)>.');
    const plain = await mount<PortaalNoAccess>(html`<portaal-no-access lang="en" item="claims"></portaal-no-access>`);
    expect(text(plain)).to.contain('You do not have access to “Claims”.');
    await expect(plain).to.be.accessible();
  });

  it('is accessible in the dark theme', async () => {
    const provider = await mount<PortaalProvider>(
      html`<portaal-provider theme="dark" locale="en"><portaal-no-access item="users" organisation="Garage Zoë"></portaal-no-access></portaal-provider>`,
    );
    await expect(provider).to.be.accessible();
  });
});
