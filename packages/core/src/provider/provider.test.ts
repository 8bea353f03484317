import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { Adapter } from '../contract/adapter.js';
import type { Organisation, Session } from '../contract/schemas.js';
import { PortaalConsumer } from './portaal-consumer.js';
import type { PortaalProvider } from './provider.js';
import './define.js';

class ProbeElement extends LitElement {
  adapter: Adapter | null = null;
  readonly portaal = new PortaalConsumer(this);
  renders = 0;
  protected override render() {
    this.renders++;
    const { locale, organisation } = this.portaal.value;
    return `${locale}|${organisation?.name ?? '-'}`;
  }
}
customElements.define('test-probe', ProbeElement);

function session(orgId: string | null): Session {
  return {
    user: { id: 'u1', email: 'an@example.be', name: 'An Peeters', secondFactors: ['totp'] },
    memberships: [
      { organisationId: 'org-1', access: 'full', menu: ['my-data', 'policies', 'claims', 'declarations'] },
      { organisationId: 'org-2', access: 'restricted', menu: ['my-data', 'claims'] },
    ],
    currentOrganisationId: orgId,
    defaultOrganisationId: null,
    idleTimeoutSeconds: 1800,
    expiresAt: '2026-11-21T12:30:00Z',
  };
}

function organisation(id: string, name: string): Organisation {
  return {
    id,
    name,
    enterpriseNumber: '0203201340',
    addresses: [{ kind: 'registered', street: 'Markt', number: '1', postalCode: '9000', city: 'Gent', country: 'BE' }],
    contacts: [],
    intermediary: null,
  };
}

/** An adapter whose organisations.get waits until the test releases it, and records aborts. */
function fakeAdapter(initial: Session | null) {
  const aborted: string[] = [];
  const pending = new Map<string, () => void>();
  const adapter = {
    auth: { getSession: async () => initial },
    organisations: {
      get: (id: string, options?: { signal?: AbortSignal }) =>
        new Promise((resolve, reject) => {
          pending.set(id, () => resolve(organisation(id, id === 'org-1' ? 'Bakkerij Lefèvre' : 'Garage Zoë')));
          options?.signal?.addEventListener('abort', () => {
            aborted.push(id);
            reject(new DOMException('aborted', 'AbortError'));
          });
        }),
    },
  } as unknown as Adapter;
  return { adapter, aborted, release: (id: string) => pending.get(id)?.() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('<portaal-provider>', () => {
  it('hands locale and organisation to elements below it and re-renders them on change', async () => {
    const fake = fakeAdapter(session('org-1'));
    const provider = await fixture<PortaalProvider>(html`<portaal-provider locale="nl-BE" .adapter=${fake.adapter}><test-probe></test-probe></portaal-provider>`);
    const probe = provider.querySelector('test-probe') as ProbeElement;
    await settle();
    fake.release('org-1');
    await settle();
    await probe.updateComplete;
    expect(probe.shadowRoot?.textContent).to.equal('nl-BE|Bakkerij Lefèvre');
    expect(probe.portaal.value.membership?.access).to.equal('full');

    provider.locale = 'fr-BE';
    await provider.updateComplete;
    await probe.updateComplete;
    expect(probe.shadowRoot?.textContent).to.equal('fr-BE|Bakkerij Lefèvre');
    expect(provider.getAttribute('lang')).to.equal('fr-BE');
  });

  it('cancels the request for the previous organisation when the organisation changes', async () => {
    const fake = fakeAdapter(session('org-1'));
    const provider = await fixture<PortaalProvider>(html`<portaal-provider .adapter=${fake.adapter}><test-probe></test-probe></portaal-provider>`);
    await settle();
    const probe = provider.querySelector('test-probe') as ProbeElement;
    probe.dispatchEvent(
      new CustomEvent('portaal-org-change', { detail: { id: 'org-2', previousId: 'org-1', session: session('org-2') }, bubbles: true, composed: true }),
    );
    await provider.updateComplete;
    expect(fake.aborted).to.deep.equal(['org-1']);
    fake.release('org-2');
    await settle();
    await probe.updateComplete;
    expect(probe.shadowRoot?.textContent).to.equal('nl-BE|Garage Zoë');
    expect(probe.portaal.value.membership?.access).to.equal('restricted');
  });

  it('forgets the session on logout and on expiry, and tells the page', async () => {
    const fake = fakeAdapter(session(null));
    const provider = await fixture<PortaalProvider>(html`<portaal-provider .adapter=${fake.adapter}><test-probe></test-probe></portaal-provider>`);
    await settle();
    expect(provider.session?.user.name).to.equal('An Peeters');
    const changed = oneEvent(provider, 'portaal-session-change');
    provider.querySelector('test-probe')?.dispatchEvent(new CustomEvent('portaal-logout', { bubbles: true, composed: true }));
    expect((await changed).detail.session).to.equal(null);
    expect((provider.querySelector('test-probe') as ProbeElement).portaal.value.session).to.equal(null);
  });

  it('validates what the adapter returns before elements see it', async () => {
    const broken = { auth: { getSession: async () => ({ user: 'nobody' }) } } as unknown as Adapter;
    const provider = await fixture<PortaalProvider>(html`<portaal-provider .adapter=${broken}><test-probe></test-probe></portaal-provider>`);
    await settle();
    expect(provider.session).to.equal(null);
    const probe = provider.querySelector('test-probe') as ProbeElement;
    const error = await probe.portaal.adapter!.auth.getSession().catch((e: unknown) => e);
    expect((error as { code: string }).code).to.equal('invalid_response');
  });

  it("lets an element's own adapter win over the provider's", async () => {
    const own = fakeAdapter(session('org-2'));
    const probe = await fixture<ProbeElement>(html`<test-probe .adapter=${own.adapter}></test-probe>`);
    expect(await probe.portaal.adapter?.auth.getSession()).to.deep.equal(session('org-2'));
    expect(probe.portaal.value.locale).to.equal('en');
  });

  it('applies the dark theme tokens and is accessible', async () => {
    const provider = await fixture<PortaalProvider>(html`<portaal-provider theme="dark"><p>Inhoud</p></portaal-provider>`);
    const dark = getComputedStyle(provider).getPropertyValue('--portaal-color-surface');
    provider.theme = 'light';
    await provider.updateComplete;
    expect(getComputedStyle(provider).getPropertyValue('--portaal-color-surface')).not.to.equal(dark);
    await expect(provider).to.be.accessible();
  });
});

describe('PortaalConsumer.permits', () => {
  it('follows the current membership: a restricted user may open only its menu items', async () => {
    const fake = fakeAdapter(session('org-2'));
    const provider = await fixture<PortaalProvider>(html`<portaal-provider .adapter=${fake.adapter}><test-probe></test-probe></portaal-provider>`);
    await settle();
    const probe = provider.querySelector('test-probe') as ProbeElement;
    expect(probe.portaal.permits('claims')).to.be.true;
    expect(probe.portaal.permits('policies')).to.be.false;
    provider.session = session('org-1');
    await provider.updateComplete;
    expect(probe.portaal.permits('policies')).to.be.true;
  });
});
