import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { registerMessages, translate } from '@portaal/core';
import { demoAccount } from '@portaal/mock';
import { loaderFor, stalled, type Loaded } from './story-backend.js';
import '@portaal/org-switcher/define';

/**
 * Every state of <portaal-org-switcher> on a live mock back end: each story logs a demo account in
 * (in its loader) and puts the switcher under a provider with that adapter.
 */

registerMessages({
  en: { 'story.org.choose': 'Choose your organisation', 'story.org.settings': 'Organisation and default profile', 'story.org.header': 'Portal header' },
  nl: { 'story.org.choose': 'Kies uw organisatie', 'story.org.settings': 'Organisatie en standaardprofiel', 'story.org.header': 'Portaalhoofding' },
  fr: { 'story.org.choose': 'Choisissez votre organisation', 'story.org.settings': 'Organisation et profil par défaut', 'story.org.header': 'En-tête du portail' },
  de: { 'story.org.choose': 'Wählen Sie Ihre Organisation', 'story.org.settings': 'Organisation und Standardprofil', 'story.org.header': 'Kopfzeile des Portals' },
});

function withProvider(loaded: Loaded, globals: Record<string, unknown>, content: TemplateResult) {
  return html`<portaal-provider
    locale=${String(globals.locale ?? 'nl-BE')}
    theme=${globals.theme === 'dark' ? 'dark' : 'light'}
    .adapter=${loaded.adapter}
    >${content}</portaal-provider
  >`;
}

/** The picker as a portal shows it after login: a card with a heading. */
function pickerPage(loaded: Loaded, globals: Record<string, unknown>, titleKey = 'story.org.choose', chooser = 'auto') {
  const locale = String(globals.locale ?? 'nl-BE');
  return withProvider(
    loaded,
    globals,
    html`<section
      style="max-width: 40rem; padding: var(--portaal-space-5); background: var(--portaal-color-surface); border: 1px solid var(--portaal-color-border); border-radius: var(--portaal-radius-lg); box-sizing: border-box;"
    >
      <h1 style="margin: 0 0 var(--portaal-space-4); font-size: var(--portaal-font-size-xl); line-height: 1.25;">${translate(locale, titleKey)}</h1>
      <portaal-org-switcher chooser=${chooser}></portaal-org-switcher>
    </section>`,
  );
}

/** A header bar like a portal's, with the switcher on the right. */
function headerBar(loaded: Loaded, globals: Record<string, unknown>) {
  const locale = String(globals.locale ?? 'nl-BE');
  return withProvider(
    loaded,
    globals,
    html`<header
      aria-label=${translate(locale, 'story.org.header')}
      style="display: flex; flex-wrap: wrap; align-items: center; gap: var(--portaal-space-4); padding: var(--portaal-space-2) var(--portaal-space-4); background: var(--portaal-color-surface); border: 1px solid var(--portaal-color-border); border-radius: var(--portaal-radius-md);"
    >
      <strong style="margin-inline-end: auto; font-size: var(--portaal-font-size-lg);">Portaal</strong>
      <portaal-org-switcher variant="header"></portaal-org-switcher>
    </header>
    <div style="height: 26rem;"></div>`,
  );
}

/** Waits (up to 5 s) until `find` returns something, for play functions on live data. */
async function waitFor<T>(find: () => T | null | undefined): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('not found in time');
}

const switcherIn = (canvas: HTMLElement) => waitFor(() => canvas.querySelector('portaal-org-switcher'));
const comboboxIn = async (canvas: HTMLElement) => {
  const el = await switcherIn(canvas);
  return waitFor(() => el.shadowRoot?.querySelector<HTMLInputElement>('#input:not([aria-busy="true"])'));
};
const key = (target: HTMLElement, name: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true }));
function typeInto(input: HTMLInputElement, text: string): void {
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text }));
}

const meta: Meta = {
  title: 'Organisations/Organisation switcher',
  component: 'portaal-org-switcher',
  parameters: { docs: { description: { component: 'The picker after login and the switcher in the portal header.' } } },
};
export default meta;

type Story = StoryObj;

/** Four organisations, none chosen yet: a list of buttons, with "remember my choice". */
export const PickerAfterLogin: Story = {
  loaders: loaderFor({ key: 'multi-org' }),
  render: (_args, { loaded, globals }) => pickerPage(loaded as Loaded, globals),
};

/** The default profile was taken away by an administrator: the picker explains why it shows. */
export const PickerDefaultNoLongerAvailable: Story = {
  loaders: loaderFor({
    key: 'multi-org',
    prepare: async (adapter, backend) => {
      await adapter.organisations.setDefault('org-kessler');
      backend.debugRemoveMembership(demoAccount('multi-org').email, 'org-kessler');
    },
  }),
  render: (_args, { loaded, globals }) => pickerPage(loaded as Loaded, globals),
};

/** 150+ organisations (a broker): a combobox with type-to-filter. */
export const PickerManyOrganisations: Story = {
  loaders: loaderFor({ key: 'broker' }),
  render: (_args, { loaded, globals }) => pickerPage(loaded as Loaded, globals),
};

/** The combobox open, moved down with the arrow keys. */
export const ComboboxOpen: Story = {
  loaders: loaderFor({ key: 'broker', prepare: async (adapter) => void (await adapter.organisations.select('org-peeters')) }),
  render: (_args, { loaded, globals }) => pickerPage(loaded as Loaded, globals, 'story.org.settings'),
  play: async ({ canvasElement }) => {
    const input = await comboboxIn(canvasElement);
    input.focus();
    key(input, 'ArrowDown');
    key(input, 'ArrowDown');
  },
};

/** Filtered case- and accent-insensitively: "electricite" finds "Électricité …". */
export const ComboboxFiltered: Story = {
  loaders: loaderFor({ key: 'broker' }),
  render: (_args, { loaded, globals }) => pickerPage(loaded as Loaded, globals),
  play: async ({ canvasElement }) => {
    const input = await comboboxIn(canvasElement);
    typeInto(input, 'electricite');
  },
};

/** Nothing matches: said on screen and to screen readers. */
export const ComboboxNoMatches: Story = {
  loaders: loaderFor({ key: 'broker' }),
  render: (_args, { loaded, globals }) => pickerPage(loaded as Loaded, globals),
  play: async ({ canvasElement }) => {
    const input = await comboboxIn(canvasElement);
    typeInto(input, 'zzqx');
  },
};

/** Hostile names (markup, right-to-left text, 200+ characters) stay inert text and keep the layout. */
export const HostileNames: Story = {
  loaders: loaderFor({ key: 'broker' }),
  render: (_args, { loaded, globals }) => pickerPage(loaded as Loaded, globals),
  play: async ({ canvasElement }) => {
    const input = await comboboxIn(canvasElement);
    // Names starting with punctuation (markup, formulas) and the very long ones sort first.
    input.focus();
    key(input, 'ArrowDown');
  },
};

/** A settings page: the current organisation, its default profile, and the buttons to change it. */
export const DefaultProfileSet: Story = {
  loaders: loaderFor({
    key: 'multi-org',
    prepare: async (adapter) => {
      await adapter.organisations.select('org-lefevre');
      await adapter.organisations.setDefault('org-lefevre');
    },
  }),
  render: (_args, { loaded, globals }) => pickerPage(loaded as Loaded, globals, 'story.org.settings'),
};

/** Switching is refused (here: the network): the current organisation stays and the reason shows. */
export const SwitchRefused: Story = {
  loaders: loaderFor({
    key: 'broker',
    prepare: async (adapter, backend) => {
      await adapter.organisations.select('org-peeters');
      backend.failNext('network', 'organisations.select');
    },
  }),
  render: (_args, { loaded, globals }) => pickerPage(loaded as Loaded, globals, 'story.org.settings'),
  play: async ({ canvasElement }) => {
    const input = await comboboxIn(canvasElement);
    typeInto(input, 'kessler gmbh');
    key(input, 'ArrowDown');
    key(input, 'Enter');
  },
};

/** The organisations could not be loaded: the reason and Retry. */
export const LoadError: Story = {
  loaders: loaderFor({ key: 'multi-org', prepare: (_adapter, backend) => backend.failNext('server', 'organisations.list') }),
  render: (_args, { loaded, globals }) => pickerPage(loaded as Loaded, globals),
};

/** Still loading (the back end takes its time). */
export const Loading: Story = {
  loaders: loaderFor({ key: 'multi-org', wrap: (adapter) => stalled(adapter, 'list') }),
  render: (_args, { loaded, globals }) => pickerPage(loaded as Loaded, globals),
};

/** In the header: the current organisation, the combobox and the default profile toggle. */
export const Header: Story = {
  loaders: loaderFor({
    key: 'multi-org',
    prepare: async (adapter) => {
      await adapter.organisations.select('org-bos');
      await adapter.organisations.setDefault('org-bos');
    },
  }),
  render: (_args, { loaded, globals }) => headerBar(loaded as Loaded, globals),
};

/** In the header, opened and filtered. */
export const HeaderOpen: Story = {
  loaders: loaderFor({ key: 'broker', prepare: async (adapter) => void (await adapter.organisations.select('org-linde')) }),
  render: (_args, { loaded, globals }) => headerBar(loaded as Loaded, globals),
  play: async ({ canvasElement }) => {
    const input = await comboboxIn(canvasElement);
    typeInto(input, 'garage');
    key(input, 'ArrowDown');
  },
};

/** In the header, for a user with one organisation: just its name. */
export const HeaderSingleOrganisation: Story = {
  loaders: loaderFor({ key: 'full' }),
  render: (_args, { loaded, globals }) => headerBar(loaded as Loaded, globals),
};
