import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@portaal/elements/define';
import { registerMessages, type PortaalProvider } from '@portaal/core';
import { DEMO_ACCOUNTS, MockBackend, createMockAdapter } from '@portaal/mock';
import { demoMessages } from '../demo/demo-messages.js';
import '../demo/demo-portal.js';
import type { DemoPortal } from '../demo/demo-portal.js';

registerMessages(demoMessages);

async function renderDemo(locale = 'en-GB') {
  const backend = new MockBackend();
  const provider = await fixture<PortaalProvider>(html`
    <portaal-provider locale=${locale} .adapter=${createMockAdapter(backend)}>
      <demo-portal .backend=${backend}></demo-portal>
    </portaal-provider>
  `);
  const portal = provider.querySelector('demo-portal') as DemoPortal;
  await portal.updateComplete;
  return { provider, portal, root: portal.shadowRoot! };
}

function signInButton(root: ShadowRoot, name: string): HTMLElement {
  const button = [...root.querySelectorAll('portaal-button')].find((b) => b.getAttribute('label')?.includes(name));
  if (!button) throw new Error(`no sign-in button for ${name}`);
  return button;
}

/** Waits until `find` returns something and hands it back (open-wc's waitUntil resolves to nothing). */
async function found<T>(find: () => T | null | undefined, message: string): Promise<T> {
  let value: T | null | undefined;
  await waitUntil(() => (value = find()), message, { timeout: 5000 });
  return value as T;
}

const menuTexts = (root: ShadowRoot) => [...root.querySelectorAll('nav a')].map((a) => a.textContent?.trim());

describe('demo portal', () => {
  it('shows every demo account with its e-mail and the shared password, and is accessible', async () => {
    const { root, portal } = await renderDemo();
    const text = root.textContent ?? '';
    for (const account of DEMO_ACCOUNTS) expect(text).to.contain(account.email);
    expect(text).to.contain(DEMO_ACCOUNTS[0]!.password);
    await expect(portal).to.be.accessible();
  });

  it('signs a restricted user in and shows only the menu items their access permits', async () => {
    const { root, portal } = await renderDemo();
    signInButton(root, 'Sofie Claes').click();
    await waitUntil(() => root.querySelector('nav'), 'the portal menu appears', { timeout: 5000 });
    expect(menuTexts(root)).to.deep.equal(['My data', 'My claims']);
    await waitUntil(() => root.textContent?.includes('Logged in as Sofie Claes'));
    await expect(portal).to.be.accessible();
  });

  it('switches language without a reload', async () => {
    const { provider, root, portal } = await renderDemo();
    signInButton(root, 'An Peeters').click();
    await waitUntil(() => root.querySelector('nav'), 'the portal menu appears', { timeout: 5000 });
    provider.locale = 'fr-BE';
    await provider.updateComplete;
    await portal.updateComplete;
    expect(menuTexts(root)).to.deep.equal(['Mes données', 'Mes contrats', 'Mes sinistres', 'Déclarer un sinistre']);
    provider.locale = 'de-BE';
    await provider.updateComplete;
    await portal.updateComplete;
    expect(root.querySelector('nav')?.getAttribute('aria-label')).to.equal('Hauptmenü');
  });
});

describe('demo portal organisations', () => {
  it('lets a user of several organisations pick one, then shows its data', async () => {
    const { root } = await renderDemo();
    signInButton(root, 'Marc Dubois').click();
    const switcher = await found(() => root.querySelector('portaal-org-switcher'), 'the picker appears');
    const option = await found(
      () => [...(switcher.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.includes('Boulangerie Lefèvre')),
      'the organisations are listed',
    );
    option.click();
    const details = await found(() => root.querySelector('portaal-org-details'), 'My data opens');
    await waitUntil(() => details.shadowRoot?.textContent?.includes('0538.771.256'), 'the details load', { timeout: 5000 });
    expect(menuTexts(root)).to.include('My policies');
  });
});
