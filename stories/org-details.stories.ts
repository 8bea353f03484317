import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { PortaalError, registerMessages, translate, type Adapter } from '@portaal/core';
import { loaderFor, stalled, type Loaded } from './story-backend.js';
import '@portaal/org-switcher/define';

/**
 * Every state of <portaal-org-details> ("My data") on a live mock back end, plus the shared
 * <portaal-no-access> state elements show when the membership does not permit their menu item.
 */

registerMessages({
  en: { 'story.myData': 'My data' },
  nl: { 'story.myData': 'Mijn gegevens' },
  fr: { 'story.myData': 'Mes données' },
  de: { 'story.myData': 'Meine Daten' },
});

/** The "My data" page of a portal: a heading and the element. */
function page(loaded: Loaded, globals: Record<string, unknown>, organisationIds: readonly string[] = ['']) {
  const locale = String(globals.locale ?? 'nl-BE');
  return html`<portaal-provider locale=${locale} theme=${globals.theme === 'dark' ? 'dark' : 'light'} .adapter=${loaded.adapter}>
    <div style="max-width: 64rem;">
      <h1 style="margin: 0 0 var(--portaal-space-4); font-size: var(--portaal-font-size-xl); line-height: 1.25;">${translate(locale, 'story.myData')}</h1>
      <div style="display: grid; gap: var(--portaal-space-6);">
        ${organisationIds.map((id) => html`<portaal-org-details organisation-id=${id}></portaal-org-details>`)}
      </div>
    </div>
  </portaal-provider>`;
}

/** A membership as a restricted user without "My data" would have. */
function withoutMyData(adapter: Adapter): Adapter {
  return {
    ...adapter,
    auth: {
      ...adapter.auth,
      getSession: async (options) => {
        const session = await adapter.auth.getSession(options);
        return session && { ...session, memberships: session.memberships.map((m) => ({ ...m, menu: m.menu.filter((item) => item !== 'my-data') })) };
      },
    },
  };
}

const meta: Meta = {
  title: 'Organisations/My data',
  component: 'portaal-org-details',
  parameters: { docs: { description: { component: '“My data”: the current organisation’s details.' } } },
};
export default meta;

type Story = StoryObj;

/** A transport company: two addresses, two contacts, a broker with FSMA number. */
export const Details: Story = {
  loaders: loaderFor({ key: 'full' }),
  render: (_args, { loaded, globals }) => page(loaded as Loaded, globals),
};

/** Restricted access, shown as such; a postal address with a box number. */
export const RestrictedAccess: Story = {
  loaders: loaderFor({ key: 'restricted' }),
  render: (_args, { loaded, globals }) => page(loaded as Loaded, globals),
};

/** No intermediary: the organisation deals with the insurer directly. */
export const WithoutIntermediary: Story = {
  loaders: loaderFor({ key: 'multi-org', prepare: async (adapter) => void (await adapter.organisations.select('org-bos')) }),
  render: (_args, { loaded, globals }) => page(loaded as Loaded, globals),
};

export const Loading: Story = {
  loaders: loaderFor({ key: 'full', wrap: (adapter) => stalled(adapter, 'get') }),
  render: (_args, { loaded, globals }) => page(loaded as Loaded, globals),
};

/** The back end failed: the reason, and Retry (which works: the fault happens once). */
export const LoadError: Story = {
  loaders: loaderFor({
    key: 'full',
    wrap: (adapter) => {
      // The first two loads fail (the provider's, for the header, and the element's); Retry works.
      let failures = 2;
      return {
        ...adapter,
        organisations: {
          ...adapter.organisations,
          get: (id, options) => {
            if (failures <= 0) return adapter.organisations.get(id, options);
            failures -= 1;
            return Promise.reject(new PortaalError('server'));
          },
        },
      };
    },
  }),
  render: (_args, { loaded, globals }) => page(loaded as Loaded, globals),
};

/** The membership does not permit "My data": a clear "no access" instead of data. */
export const NoAccess: Story = {
  loaders: loaderFor({ key: 'restricted', wrap: withoutMyData }),
  render: (_args, { loaded, globals }) => page(loaded as Loaded, globals),
};

/** Logged in, but no organisation chosen yet. */
export const NoOrganisationChosen: Story = {
  loaders: loaderFor({ key: 'multi-org' }),
  render: (_args, { loaded, globals }) => page(loaded as Loaded, globals),
};

/** A 200+ character name without spaces, inert markup and right-to-left text keep the layout. */
export const HostileData: Story = {
  loaders: loaderFor({ key: 'broker' }),
  render: (_args, { loaded, globals }) => page(loaded as Loaded, globals, ['org-x012', 'org-x001', 'org-x009']),
};
