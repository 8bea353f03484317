/**
 * The demo portal end to end, as a visitor uses it: typing into <portaal-login> with the keyboard,
 * reading the authenticator code from the visitor panel's back end, picking an organisation.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@portaal/elements/define';
import { registerMessages, type PortaalProvider } from '@portaal/core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, MockBackend, createMockAdapter, demoAccount, type DemoAccountKey } from '@portaal/mock';
import type { PortaalLogin } from '@portaal/login';
import { demoMessages } from '../demo/demo-messages.js';
import '../demo/demo-portal.js';
import type { DemoPortal } from '../demo/demo-portal.js';

registerMessages(demoMessages);

async function renderDemo(locale = 'en-GB') {
  const backend = new MockBackend({ passwordIterations: 1000 });
  const provider = await fixture<PortaalProvider>(html`
    <portaal-provider locale=${locale} .adapter=${createMockAdapter(backend)}>
      <demo-portal .backend=${backend}></demo-portal>
    </portaal-provider>
  `);
  const portal = provider.querySelector('demo-portal') as DemoPortal;
  await portal.updateComplete;
  return { provider, portal, backend, root: portal.shadowRoot! };
}

/** Waits until `find` returns something and hands it back (open-wc's waitUntil resolves to nothing). */
async function found<T>(find: () => T | null | undefined | false, message: string): Promise<T> {
  let value: T | null | undefined | false;
  await waitUntil(() => (value = find()), message, { timeout: 5000 });
  return value as T;
}

function nativeInput(login: PortaalLogin, id: string): HTMLInputElement {
  return login.shadowRoot!.querySelector(`#${id}`)!.shadowRoot!.querySelector('input')!;
}

/** Logs in with the keyboard, reading the code the account's authenticator app shows now. */
async function logIn(root: ShadowRoot, backend: MockBackend, key: DemoAccountKey) {
  const { email } = demoAccount(key);
  const login = await found(() => root.querySelector('portaal-login'), 'the login form is there');
  await login.updateComplete;
  nativeInput(login, 'email').focus();
  await sendKeys({ type: email });
  nativeInput(login, 'password').focus();
  await sendKeys({ type: DEMO_PASSWORD });
  await sendKeys({ press: 'Enter' });
  await found(() => login.step === 'second-factor' && login.shadowRoot!.querySelector('#code'), 'the code step opens');
  await login.updateComplete;
  nativeInput(login, 'code').focus();
  await sendKeys({ type: (await backend.debugTotpCode(email))! }); // submits on the sixth digit
  await found(() => root.querySelector('nav, portaal-org-switcher'), 'the portal opens');
}

const menuTexts = (root: ShadowRoot) => [...root.querySelectorAll('nav a')].map((a) => a.textContent?.trim());

describe('demo portal', () => {
  it('shows the login form, every demo account with the shared password, and is accessible', async () => {
    const { root, portal } = await renderDemo();
    expect(root.querySelector('portaal-login')).to.exist;
    const panel = root.querySelector('demo-visitor-panel')!;
    await panel.updateComplete;
    const text = panel.shadowRoot!.textContent ?? '';
    for (const account of DEMO_ACCOUNTS) expect(text).to.contain(account.email);
    expect(text).to.contain(DEMO_PASSWORD);
    await expect(portal).to.be.accessible();
  });

  it('logs a restricted user in and shows only the menu items their access permits', async () => {
    const { root, portal, backend } = await renderDemo();
    await logIn(root, backend, 'restricted');
    expect(menuTexts(root)).to.deep.equal(['My data', 'My claims']);
    await waitUntil(() => root.textContent?.includes('Logged in as Sofie Claes'));
    await expect(portal).to.be.accessible();
  });

  it('switches language without a reload', async () => {
    const { provider, root, portal, backend } = await renderDemo();
    await logIn(root, backend, 'full');
    provider.locale = 'fr-BE';
    await provider.updateComplete;
    await portal.updateComplete;
    expect(menuTexts(root)).to.deep.equal(['Mes données', 'Mes contrats', 'Mes sinistres', 'Déclarer un sinistre']);
    provider.locale = 'de-BE';
    await provider.updateComplete;
    await portal.updateComplete;
    expect(root.querySelector('nav')?.getAttribute('aria-label')).to.equal('Hauptmenü');
  });

  it('lets a user of several organisations pick one, then shows its data', async () => {
    const { root, backend } = await renderDemo();
    await logIn(root, backend, 'multi-org');
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

  it('logs out from the header and says so on the login form', async () => {
    const { root, backend } = await renderDemo();
    await logIn(root, backend, 'full');
    const logout = [...root.querySelectorAll('header portaal-button')].at(-1) as HTMLElement;
    logout.click();
    const login = await found(() => root.querySelector('portaal-login'), 'the login form is back');
    expect(login.getAttribute('notice')).to.equal('logged-out');
  });
});

describe('demo portal policies', () => {
  it('shows the organisation’s policies on “My policies”', async () => {
    location.hash = '#/policies';
    try {
      const { root, backend } = await renderDemo();
      await logIn(root, backend, 'full');
      const table = await found(() => root.querySelector('portaal-policy-table'), 'the policy table is on the page');
      const grid = await found(() => table.shadowRoot?.querySelector('portaal-data-table'), 'the table renders');
      await waitUntil(() => grid.total > 0 && /\d+ policies/.test(grid.shadowRoot?.textContent ?? ''), 'the policies load', { timeout: 5000 });
    } finally {
      location.hash = '';
    }
  });
});
