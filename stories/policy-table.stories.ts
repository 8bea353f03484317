import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Adapter } from '@portaal/core';
import { MockBackend, createMockAdapter, signInDemoAccount, type DemoAccountKey, type SeedOptions } from '@portaal/mock';
import '@portaal/policy-table/define';

interface Setup {
  account?: DemoAccountKey;
  seed?: SeedOptions;
  latency?: number;
  fail?: boolean;
  empty?: boolean;
}

/** The mock back end with a demo account logged in (its authenticator code comes from the mock). */
async function signedIn({ account = 'full', seed, latency = 150, fail = false, empty = false }: Setup = {}) {
  const backend = new MockBackend({ passwordIterations: 1, ...(seed ? { seed } : {}) });
  const adapter = createMockAdapter(backend);
  await signInDemoAccount(backend, adapter, account);
  backend.setLatency(latency);
  if (fail) backend.failNext('network', 'policies.list');
  if (empty) {
    const policies = { ...adapter.policies, list: async () => ({ items: [], total: 0 }) };
    return { backend, adapter: { ...adapter, policies } as Adapter };
  }
  return { backend, adapter };
}

interface Args {
  paging: 'auto' | 'client' | 'server';
}

const meta: Meta<Args> = {
  title: 'Policies/Policy table',
  component: 'portaal-policy-table',
  tags: ['autodocs'],
  args: { paging: 'auto' },
  argTypes: { paging: { control: 'inline-radio', options: ['auto', 'client', 'server'] } },
  loaders: [async () => signedIn()],
};
export default meta;

type Story = StoryObj<Args>;

const policyTable = (adapter: Adapter, args: Args, policy = '') =>
  html`<portaal-policy-table .adapter=${adapter} paging=${args.paging} policy=${policy || ''}></portaal-policy-table>`;

/** An Peeters's fleet company: mostly car and omnium policies, client-side (instant filters). */
export const FleetCompany: Story = {
  render: (args, { loaded }) => policyTable(loaded.adapter as Adapter, args),
};

/** 100 000 policies in the back end (≈ 32 000 for this organisation): the server pages, sorts and filters. */
export const HundredThousandPolicies: Story = {
  loaders: [async () => signedIn({ seed: { policies: 100_000, claims: 100 } })],
  render: (args, { loaded }) => policyTable(loaded.adapter as Adapter, args),
};

/** Deep link: the `policy` attribute opens that policy's documents. */
export const DocumentsOpen: Story = {
  render: (args, { loaded }) => {
    const backend = loaded.backend as MockBackend;
    const car = backend.seed.policies.find((p) => p.organisationId === 'org-peeters' && p.lineOfBusiness === 'car');
    return policyTable(loaded.adapter as Adapter, args, car?.id);
  },
};

export const Loading: Story = {
  loaders: [async () => signedIn({ latency: 3_600_000 })],
  render: (args, { loaded }) => policyTable(loaded.adapter as Adapter, args),
};

export const NothingYet: Story = {
  loaders: [async () => signedIn({ empty: true })],
  render: (args, { loaded }) => policyTable(loaded.adapter as Adapter, args),
};

export const ErrorState: Story = {
  name: 'Error',
  loaders: [async () => signedIn({ fail: true })],
  render: (args, { loaded }) => policyTable(loaded.adapter as Adapter, args),
};

/** A user with restricted access ("My data" and "Claims" only). */
export const NoAccess: Story = {
  loaders: [async () => signedIn({ account: 'restricted' })],
  render: (args, { loaded }) => policyTable(loaded.adapter as Adapter, args),
};

export const Narrow: Story = {
  render: (args, { loaded }) => html`<div style="max-width: 360px">${policyTable(loaded.adapter as Adapter, args)}</div>`,
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  render: (args, { loaded }) => policyTable(loaded.adapter as Adapter, args),
};
