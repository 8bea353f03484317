import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { formatEnterpriseNumber, type Adapter } from '@portaal/core';
import { HOSTILE_STRINGS, MockBackend, demoAccount } from '@portaal/mock';
import { announced, login, mount, recording, textOf, underProvider, until } from '../test-helpers.js';
import '../define.js';
import type { OrgChangeDetail, PortaalOrgSwitcher } from './org-switcher.js';

const root = (el: PortaalOrgSwitcher) => el.shadowRoot!;
const cards = (el: PortaalOrgSwitcher) => [...root(el).querySelectorAll<HTMLButtonElement>('button.card')];
const input = (el: PortaalOrgSwitcher) => root(el).querySelector<HTMLInputElement>('#input')!;
const options = (el: PortaalOrgSwitcher) => [...root(el).querySelectorAll<HTMLElement>('[role="option"]')];
const optionNames = (el: PortaalOrgSwitcher) => options(el).map((option) => textOf(option.querySelector('.name')));
const status = (el: PortaalOrgSwitcher) => textOf(root(el).querySelector('#status'));
const activeOption = (el: PortaalOrgSwitcher) => {
  const id = input(el).getAttribute('aria-activedescendant');
  return id ? root(el).getElementById(id) : null;
};

/** Mounts a switcher under a provider and waits until its organisations are there. */
async function switcher(adapter: Adapter, attributes: { variant?: string; chooser?: string } = {}, options = {}) {
  const provider = await underProvider(
    adapter,
    html`<portaal-org-switcher variant=${attributes.variant ?? 'page'} chooser=${attributes.chooser ?? 'auto'}></portaal-org-switcher>`,
    options,
  );
  const el = provider.querySelector('portaal-org-switcher')!;
  await until(() => root(el).querySelector('button.card, #input:not([aria-busy="true"]), .single'), 'the organisations are loaded');
  const changes: OrgChangeDetail[] = [];
  provider.addEventListener('portaal-org-change', (event) => changes.push(event.detail));
  return { provider, el, changes };
}

/** Types into the combobox with real key presses. */
async function type(el: PortaalOrgSwitcher, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function press(el: PortaalOrgSwitcher, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** Every portaal-org-change from now until the end of the test, wherever it comes from. */
function collectChanges(): OrgChangeDetail[] {
  const changes: OrgChangeDetail[] = [];
  const listener = (event: CustomEvent<OrgChangeDetail>) => changes.push(event.detail);
  document.addEventListener('portaal-org-change', listener);
  cleanups.push(() => document.removeEventListener('portaal-org-change', listener));
  return changes;
}

/** A back end that does not apply the default profile (or the single organisation) at login. */
function withoutCurrentAtLogin(adapter: Adapter): Adapter {
  let first = true;
  return {
    ...adapter,
    auth: {
      ...adapter.auth,
      getSession: async (options) => {
        const session = await adapter.auth.getSession(options);
        if (!session || !first) return session;
        first = false;
        return { ...session, currentOrganisationId: null };
      },
    },
  };
}

describe('<portaal-org-switcher> after login (page variant)', () => {
  it('lists a few organisations as buttons and switches with exactly one portaal-org-change', async () => {
    const { adapter, session } = await login('multi-org');
    expect(session.currentOrganisationId).to.equal(null);
    const { provider, el, changes } = await switcher(adapter);

    expect(textOf(root(el))).to.contain('You work for several organisations.');
    expect(cards(el).map((card) => textOf(card.querySelector('.name')))).to.deep.equal([
      'Boulangerie Lefèvre SRL',
      'Brussels Office Services SA/NV',
      'Schreinerei Kessler GmbH',
      'Woonzorgcentrum De Linde vzw',
    ]);
    const linde = cards(el)[3]!;
    expect(textOf(linde)).to.contain('Restricted access');
    const lindeNumber = (await adapter.organisations.get('org-linde')).enterpriseNumber;
    expect(textOf(linde)).to.contain(formatEnterpriseNumber(lindeNumber));
    expect(textOf(linde)).to.match(/\d{4}\.\d{3}\.\d{3}/);
    await expect(el).to.be.accessible();

    cards(el)[1]!.click();
    cards(el)[1]!.click(); // a double click is still one switch
    await until(() => changes.length > 0, 'the switch is reported');
    await el.updateComplete;
    expect(changes).to.have.length(1);
    expect(changes[0]!.id).to.equal('org-bos');
    expect(changes[0]!.previousId).to.equal(null);
    expect(changes[0]!.session.currentOrganisationId).to.equal('org-bos');
    expect(provider.session?.currentOrganisationId).to.equal('org-bos');
    expect((await adapter.auth.getSession())?.currentOrganisationId, 'the back end knows').to.equal('org-bos');
    await until(() => announced() === 'You are now working for Brussels Office Services SA/NV.', 'the switch is announced');

    // Choosing the current organisation again changes nothing and says nothing.
    const current = cards(el).find((card) => card.getAttribute('aria-current') === 'true')!;
    expect(textOf(current)).to.contain('Brussels Office Services');
    current.click();
    await el.updateComplete;
    expect(changes).to.have.length(1);
  });

  it('remembers the choice as default profile on the server when asked', async () => {
    const { adapter } = await login('multi-org');
    const { el, changes } = await switcher(adapter);
    const remember = root(el).querySelector<HTMLInputElement>('.remember input')!;
    expect(textOf(root(el).querySelector('.remember'))).to.equal('Load the organisation I choose automatically when I log in');
    remember.click();
    cards(el)[2]!.click();
    await until(() => changes.length === 1, 'the switch is reported');
    expect(changes[0]!.session.defaultOrganisationId).to.equal('org-kessler');
    expect((await adapter.auth.getSession())?.defaultOrganisationId).to.equal('org-kessler');
  });

  it('sets, changes and clears the default profile on the server, and says what loads at login', async () => {
    const { adapter } = await login('multi-org');
    await adapter.organisations.select('org-lefevre');
    const { el, provider } = await switcher(adapter);
    const group = () => root(el).querySelector('[role="group"]')!;
    expect(textOf(group())).to.contain('You have no default profile: you choose an organisation each time you log in.');

    const make = root(el).querySelector<HTMLElement>('[data-default-action]')!;
    expect(textOf(make)).to.equal('Make Boulangerie Lefèvre SRL my default profile');
    make.click();
    await until(() => textOf(group()).includes('Boulangerie Lefèvre SRL is your default profile: it loads automatically when you log in.'), 'set');
    expect((await adapter.auth.getSession())?.defaultOrganisationId).to.equal('org-lefevre');
    expect(provider.session?.defaultOrganisationId, 'the provider has the new session').to.equal('org-lefevre');
    expect(textOf(cards(el)[0])).to.contain('Default profile');
    // The pressed button is gone; focus went to the one that replaced it.
    const clear = root(el).querySelector<HTMLElement>('[data-default-action]')!;
    await until(() => root(el).activeElement === clear, 'focus moves to "Clear default profile"');
    expect(textOf(clear)).to.equal('Clear default profile');
    await expect(el).to.be.accessible();

    // Change: switch to another organisation and make that one the default.
    cards(el)[2]!.click();
    await until(() => provider.session?.currentOrganisationId === 'org-kessler', 'switched');
    await el.updateComplete;
    expect(textOf(group())).to.contain('Boulangerie Lefèvre SRL is your default profile');
    root(el).querySelector<HTMLElement>('[data-default-action]')!.click();
    await until(() => provider.session?.defaultOrganisationId === 'org-kessler', 'changed');
    expect((await adapter.auth.getSession())?.defaultOrganisationId).to.equal('org-kessler');

    root(el).querySelector<HTMLElement>('[data-default-action]')!.click();
    await until(() => provider.session?.defaultOrganisationId === null, 'cleared');
    expect((await adapter.auth.getSession())?.defaultOrganisationId).to.equal(null);
    await until(() => announced() === 'Default profile cleared. You will choose an organisation each time you log in.', 'announced');
  });

  it('says why the default profile was not changed', async () => {
    const { adapter, backend } = await login('multi-org');
    await adapter.organisations.select('org-bos');
    const { el } = await switcher(adapter);
    backend.failNext('network', 'organisations.setDefault');
    root(el).querySelector<HTMLElement>('[data-default-action]')!.click();
    await until(() => textOf(root(el).querySelector('.default-error')).length > 0, 'the error shows');
    expect(textOf(root(el).querySelector('.default-error'))).to.equal('Your default profile was not changed. Check your connection and try again.');
    expect((await adapter.auth.getSession())?.defaultOrganisationId).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the picker with a message when the default profile is no longer one of the user’s organisations', async () => {
    let time = Date.parse('2026-11-21T09:00:00Z');
    const backend = new MockBackend({ passwordIterations: 1000, now: () => time });
    const first = await login('multi-org', backend);
    await first.adapter.organisations.setDefault('org-kessler');
    await first.adapter.auth.logout();
    backend.debugRemoveMembership(demoAccount('multi-org').email, 'org-kessler');
    time += 60_000; // the next login needs a fresh authenticator code
    const later = await login('multi-org', backend);
    expect(later.session.currentOrganisationId).to.equal(null);

    const { el, changes } = await switcher(later.adapter, {}, { locale: 'nl-BE' });
    expect(textOf(root(el).querySelector('[part="notice"]'))).to.equal(
      'Uw standaardprofiel hoort niet meer bij uw organisaties, dus er werd niets automatisch geladen. Kies hieronder een organisatie.',
    );
    expect(cards(el)).to.have.length(3);
    // A new default can be set with the choice; the box comes before the list, so it is met first.
    const remember = root(el).querySelector('.remember input')!;
    expect(remember.compareDocumentPosition(cards(el)[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(changes, 'nothing was chosen automatically').to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('loads the default profile automatically when the back end did not, without showing the list', async () => {
    const { adapter } = await login('multi-org');
    await adapter.organisations.setDefault('org-bos');
    const spy = recording(withoutCurrentAtLogin(adapter));
    const changes = collectChanges();
    const provider = await underProvider(spy.adapter, html`<portaal-org-switcher></portaal-org-switcher>`);
    await until(() => changes.length === 1, 'the default is loaded');
    expect(changes[0]).to.include({ id: 'org-bos', previousId: null });
    expect(spy.count('organisations.select')).to.equal(1);
    const el = provider.querySelector('portaal-org-switcher')!;
    await el.updateComplete;
    expect(cards(el).some((card) => card.getAttribute('aria-current') === 'true')).to.equal(true);
    expect(changes).to.have.length(1);
  });

  it('never shows a picker to a user with a single organisation', async () => {
    const { adapter, session } = await login('full');
    expect(session.currentOrganisationId, 'the back end chose it').to.equal('org-peeters');
    const changes = collectChanges();
    const provider = await underProvider(withoutCurrentAtLogin(adapter), html`<portaal-org-switcher></portaal-org-switcher>`);
    const el = provider.querySelector('portaal-org-switcher')!;
    await until(() => changes.length === 1, 'the only organisation is loaded');
    expect(changes[0]).to.include({ id: 'org-peeters', previousId: null });
    expect(textOf(root(el))).not.to.contain('You work for several organisations');
  });

  it('shows a load error with Retry', async () => {
    const { adapter, backend } = await login('multi-org');
    backend.failNext('server', 'organisations.list');
    const provider = await underProvider(adapter, html`<portaal-org-switcher></portaal-org-switcher>`, { locale: 'fr-BE' });
    const el = provider.querySelector('portaal-org-switcher')!;
    await until(() => root(el).querySelector('[role="alert"] portaal-button'), 'the error shows');
    expect(textOf(root(el).querySelector('[role="alert"]'))).to.contain('Vos organisations n’ont pas pu être chargées.');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLElement>('[role="alert"] portaal-button')!.click();
    await until(() => cards(el).length === 4, 'loaded after Retry');
  });

  it('shows a loading state while the organisations load', async () => {
    const { adapter, backend } = await login('multi-org');
    const provider = await underProvider(adapter, html`<div></div>`);
    backend.setLatency(10_000);
    const el = document.createElement('portaal-org-switcher');
    provider.append(el);
    await el.updateComplete;
    expect(root(el).querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(textOf(root(el))).to.equal('Loading your organisations…');
    await expect(el).to.be.accessible();
    el.remove();
  });
});

describe('<portaal-org-switcher> with many organisations (combobox)', () => {
  it('is a WAI-ARIA combobox over 150+ organisations, accessible open and closed', async () => {
    const { adapter } = await login('broker');
    const { el } = await switcher(adapter);
    const box = input(el);
    expect(box.getAttribute('role')).to.equal('combobox');
    expect(box.getAttribute('aria-autocomplete')).to.equal('list');
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(box.getAttribute('aria-controls')).to.equal('listbox');
    expect(root(el).getElementById('listbox')!.getAttribute('role')).to.equal('listbox');
    expect(box.labels?.[0]?.textContent).to.equal('Organisation');
    await expect(el).to.be.accessible();

    box.focus();
    await press(el, 'ArrowDown');
    expect(box.getAttribute('aria-expanded')).to.equal('true');
    expect(options(el).length).to.be.at.least(150);
    expect(activeOption(el)).to.equal(options(el)[0]);
    expect(options(el)[0]!.getAttribute('aria-selected')).to.equal('true');
    expect(options(el)[1]!.getAttribute('aria-selected')).to.equal('false');
    await until(() => announced() === `${options(el).length} organisations`, 'the count is announced');
    await expect(el).to.be.accessible();
  });

  it('moves with Down, Up, Home and End, chooses with Enter and closes with Escape', async () => {
    const { adapter } = await login('broker');
    const { el, changes } = await switcher(adapter);
    const box = input(el);
    box.focus();
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(activeOption(el)).to.equal(options(el)[1]);
    await press(el, 'ArrowUp');
    expect(activeOption(el)).to.equal(options(el)[0]);
    await press(el, 'ArrowUp'); // wraps to the last
    const last = options(el).at(-1)!;
    expect(activeOption(el)).to.equal(last);
    await press(el, 'Home');
    expect(activeOption(el)).to.equal(options(el)[0]);
    await press(el, 'End');
    expect(activeOption(el)).to.equal(last);
    expect(last.getAttribute('aria-selected')).to.equal('true');

    await press(el, 'Escape');
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(box.hasAttribute('aria-activedescendant')).to.equal(false);
    expect(changes).to.have.length(0);

    await press(el, 'ArrowUp'); // opens on the last one
    expect(activeOption(el)).to.equal(options(el).at(-1));
    const name = textOf(activeOption(el)!.querySelector('.name'));
    await press(el, 'Enter');
    await until(() => changes.length === 1, 'the switch is reported');
    await until(() => box.value === name, 'the input shows the new organisation');
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).activeElement, 'focus stays where the user is').to.equal(box);
  });

  it('filters by name ignoring case and accents, announces the count, and chooses the only match with Enter', async () => {
    const { adapter } = await login('broker');
    const { el, changes } = await switcher(adapter, {}, { locale: 'nl-BE' });
    const all = await adapter.organisations.list();
    const expected = all.filter((organisation) => /électricité/i.test(organisation.name)).map((organisation) => organisation.name);
    expect(expected.length, 'the seed has some').to.be.greaterThan(0);

    await type(el, 'ELECTRICITE');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(optionNames(el).sort()).to.deep.equal([...expected].sort());
    const count = expected.length;
    await until(
      () => announced() === (count === 1 ? '1 organisatie gevonden' : `${count} organisaties gevonden`),
      'the number of results is announced',
    );

    input(el).select();
    await sendKeys({ type: 'schreinerei kessler' });
    await el.updateComplete;
    expect(optionNames(el)).to.deep.equal(['Schreinerei Kessler GmbH']);
    await press(el, 'Enter');
    await until(() => changes.length === 1, 'switched to the only match');
    expect(changes[0]!.id).to.equal('org-kessler');
  });

  it('finds an organisation by enterprise number with or without dots', async () => {
    const { adapter } = await login('broker');
    const { el } = await switcher(adapter);
    const kessler = await adapter.organisations.get('org-kessler');
    const dotted = formatEnterpriseNumber(kessler.enterpriseNumber); // 0884.512.0xx
    await type(el, dotted.slice(0, 8));
    expect(optionNames(el)).to.include('Schreinerei Kessler GmbH');
    expect(options(el).every((option) => textOf(option.querySelector('.number')).replace(/\D/g, '').includes(dotted.slice(0, 8).replace(/\D/g, '')))).to.equal(true);
    input(el).select();
    await sendKeys({ type: kessler.enterpriseNumber });
    await el.updateComplete;
    expect(optionNames(el)).to.deep.equal(['Schreinerei Kessler GmbH']);
  });

  it('shows and announces "no matches", keeping what the user typed', async () => {
    const { adapter } = await login('broker');
    const { el } = await switcher(adapter);
    await type(el, 'zzqx');
    expect(options(el)).to.have.length(0);
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(textOf(root(el).querySelector('.popup'))).to.contain('No organisation matches “zzqx”.');
    await until(() => announced() === 'No organisation matches “zzqx”.', '"no matches" is announced');
    expect(input(el).value).to.equal('zzqx');
    await expect(el).to.be.accessible();
    await press(el, 'Escape'); // closes
    await press(el, 'Escape'); // then clears
    expect(input(el).value).to.equal('');
  });

  it('keeps the current organisation and the typed text when the adapter refuses, and says why', async () => {
    const { adapter, backend } = await login('broker');
    await adapter.organisations.select('org-peeters');
    const { el, provider, changes } = await switcher(adapter);
    expect(input(el).value).to.equal('Transport Peeters & Zonen NV');

    // An administrator took the access away after the list was loaded.
    backend.debugRemoveMembership(demoAccount('broker').email, 'org-kessler');
    await type(el, 'schreinerei kessler');
    expect(optionNames(el)).to.deep.equal(['Schreinerei Kessler GmbH']);
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    await until(() => status(el).length > 0, 'the refusal shows');
    expect(status(el)).to.equal(
      'Could not switch to Schreinerei Kessler GmbH. You do not have access to this. Ask your administrator. You are still working for Transport Peeters & Zonen NV.',
    );
    expect(root(el).querySelector('#status')!.getAttribute('role')).to.equal('alert');
    expect(input(el).getAttribute('aria-describedby')).to.contain('status');
    expect(input(el).value).to.equal('schreinerei kessler');
    expect(changes).to.have.length(0);
    expect(provider.session?.currentOrganisationId).to.equal('org-peeters');
    await expect(el).to.be.accessible();

    // A network failure the same way; then it works.
    backend.failNext('network', 'organisations.select');
    input(el).select();
    await sendKeys({ type: 'woonzorg' });
    await el.updateComplete;
    await press(el, 'Enter');
    await until(() => status(el).includes('Check your connection and try again.'), 'the network error shows');
    expect(input(el).value).to.equal('woonzorg');
    expect(changes).to.have.length(0);
    await press(el, 'ArrowDown'); // the list opens again on the same search
    expect(optionNames(el)).to.deep.equal(['Woonzorgcentrum De Linde vzw']);
    await press(el, 'Enter');
    await until(() => changes.length === 1, 'switched on the second try');
    expect(changes[0]).to.include({ id: 'org-linde', previousId: 'org-peeters' });
    expect(status(el)).to.equal('');
  });

  it('renders hostile names as inert text without breaking the layout on a narrow screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { adapter } = await login('broker');
      const { el } = await switcher(adapter);
      input(el).focus();
      await press(el, 'ArrowDown');
      const names = optionNames(el);
      for (const hostile of [HOSTILE_STRINGS[0]!, HOSTILE_STRINGS[8]!, HOSTILE_STRINGS[10]!, HOSTILE_STRINGS[11]!]) {
        expect(names, hostile.slice(0, 20)).to.include(hostile);
      }
      expect(root(el).querySelector('img')).to.equal(null);
      expect(root(el).querySelectorAll('.name[dir="auto"]').length).to.equal(options(el).length);
      const listbox = root(el).getElementById('listbox')!;
      expect(listbox.scrollWidth, 'no horizontal scrolling').to.be.at.most(listbox.clientWidth);
      expect(el.getBoundingClientRect().right).to.be.at.most(320);
      const long = options(el).find((option) => textOf(option.querySelector('.name')) === HOSTILE_STRINGS[11])!;
      expect(long.getBoundingClientRect().height, 'two lines at most, not a wall of text').to.be.below(120);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<portaal-org-switcher variant="header">', () => {
  it('shows the current organisation, switches from the header and toggles the default profile', async () => {
    const { adapter } = await login('multi-org');
    await adapter.organisations.select('org-bos');
    const { el, provider, changes } = await switcher(adapter, { variant: 'header' }, { theme: 'dark' });
    expect(input(el).value).to.equal('Brussels Office Services SA/NV');
    expect(root(el).querySelector('label')!.classList.contains('visually-hidden')).to.equal(true);
    const toggle = root(el).querySelector<HTMLButtonElement>('[part="default-toggle"]')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(textOf(root(el).getElementById(toggle.getAttribute('aria-describedby')!))).to.equal(
      'Load Brussels Office Services SA/NV automatically when I log in',
    );
    await expect(el).to.be.accessible();

    toggle.click();
    await until(() => toggle.getAttribute('aria-pressed') === 'true', 'pressed');
    expect((await adapter.auth.getSession())?.defaultOrganisationId).to.equal('org-bos');

    // Focusing selects the name, so typing searches.
    await type(el, 'lef');
    expect(optionNames(el)).to.deep.equal(['Boulangerie Lefèvre SRL']);
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    await until(() => changes.length === 1, 'switched');
    expect(changes[0]).to.include({ id: 'org-lefevre', previousId: 'org-bos' });
    await until(() => input(el).value === 'Boulangerie Lefèvre SRL', 'the header shows the new organisation');
    expect(provider.session?.currentOrganisationId).to.equal('org-lefevre');
    expect(toggle.getAttribute('aria-pressed'), 'Lefèvre is not the default').to.equal('false');
    await expect(el).to.be.accessible();

    // Re-choosing the current one from the list emits nothing.
    input(el).focus();
    await press(el, 'ArrowDown');
    const current = options(el).findIndex((option) => textOf(option.querySelector('.name')) === 'Boulangerie Lefèvre SRL');
    for (let i = 0; i < current; i++) await press(el, 'ArrowDown');
    await press(el, 'Enter');
    expect(changes).to.have.length(1);
    expect(input(el).value).to.equal('Boulangerie Lefèvre SRL');
  });

  it('opens its list over a page header that clips what overflows it', async () => {
    const { adapter } = await login('multi-org');
    await adapter.organisations.select('org-bos');
    const provider = await underProvider(
      adapter,
      html`<div class="clip" style="height: 2.75rem; overflow: hidden"><portaal-org-switcher variant="header"></portaal-org-switcher></div>`,
    );
    const el = provider.querySelector('portaal-org-switcher')!;
    await until(() => root(el).querySelector('#input:not([aria-busy="true"])'), 'the organisations are loaded');
    input(el).focus();
    await press(el, 'ArrowDown');
    const option = options(el)[1]!;
    const box = option.getBoundingClientRect();
    expect(box.top, 'the option is below the clipping box').to.be.greaterThan(provider.querySelector('.clip')!.getBoundingClientRect().bottom);
    const hit = root(el).elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    // Compared as a boolean: a failing comparison of two elements makes the reporter serialise the DOM.
    expect(hit?.closest('[role="option"]') === option, 'the option can be seen and clicked').to.equal(true);
  });

  it('opens towards the left when a wider popup would leave the screen on the right', async () => {
    const { adapter } = await login('multi-org');
    await adapter.organisations.select('org-bos');
    const provider = await underProvider(
      adapter,
      html`<style>
          .right-edge::part(popup) {
            width: 30rem;
          }
        </style>
        <div style="display: flex; justify-content: flex-end">
          <portaal-org-switcher class="right-edge" variant="header"></portaal-org-switcher>
        </div>`,
    );
    const el = provider.querySelector('portaal-org-switcher')!;
    await until(() => root(el).querySelector('#input:not([aria-busy="true"])'), 'the organisations are loaded');
    input(el).focus();
    await press(el, 'ArrowDown');
    const popup = root(el).querySelector('.popup')!.getBoundingClientRect();
    const control = root(el).querySelector('.control')!.getBoundingClientRect();
    expect(popup.width, 'the integrator’s width').to.be.closeTo(480, 1);
    expect(popup.right, 'its right edge under the input’s').to.be.closeTo(control.right, 1);
    expect(popup.left).to.be.at.least(0);
  });

  it('restores the current organisation when the user leaves without choosing', async () => {
    const { adapter } = await login('multi-org');
    await adapter.organisations.select('org-bos');
    const { el } = await switcher(adapter, { variant: 'header' });
    await type(el, 'kes');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    input(el).blur();
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(input(el).value).to.equal('Brussels Office Services SA/NV');
  });

  it('shows just the name for a user with one organisation', async () => {
    const { adapter } = await login('full');
    const { el } = await switcher(adapter, { variant: 'header' });
    expect(textOf(root(el))).to.equal('Transport Peeters & Zonen NV');
    expect(root(el).querySelector('input')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<portaal-org-switcher> without a provider', () => {
  it('uses its own adapter and session, and still reports the switch', async () => {
    const { adapter } = await login('multi-org');
    const el = await mount<PortaalOrgSwitcher>(html`<portaal-org-switcher lang="de-BE" .adapter=${adapter}></portaal-org-switcher>`);
    await until(() => cards(el).length === 4, 'loaded');
    expect(textOf(root(el))).to.contain('Sie arbeiten für mehrere Organisationen.');
    const changes: OrgChangeDetail[] = [];
    el.addEventListener('portaal-org-change', (event) => changes.push(event.detail));
    cards(el)[0]!.click();
    await until(() => changes.length === 1, 'switched');
    await el.updateComplete;
    expect(cards(el)[0]!.getAttribute('aria-current')).to.equal('true');
    expect(textOf(root(el))).not.to.contain('Sie arbeiten für mehrere Organisationen.');
    await expect(el).to.be.accessible();
  });
});
