import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CLAIM_STATUSES, DECLARATION_STATUSES, POLICY_STATUSES, type StatusKind } from '@portaal/core';

interface Args {
  kind: StatusKind;
  status: string;
}

const row = 'display: flex; flex-wrap: wrap; gap: var(--portaal-space-3); align-items: center;';

const all = (kind: StatusKind, statuses: readonly string[]) => html`<div style=${row}>
  ${statuses.map((status) => html`<portaal-status-badge kind=${kind} status=${status}></portaal-status-badge>`)}
</div>`;

const meta: Meta<Args> = {
  title: 'Building blocks/Status badge',
  component: 'portaal-status-badge',
  tags: ['autodocs'],
  args: { kind: 'claim', status: 'in-progress' },
  argTypes: {
    kind: { control: 'inline-radio', options: ['policy', 'claim', 'declaration'] },
    status: { control: 'select', options: [...new Set([...POLICY_STATUSES, ...CLAIM_STATUSES, ...DECLARATION_STATUSES])] },
  },
  render: (args) => html`<portaal-status-badge kind=${args.kind} status=${args.status}></portaal-status-badge>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Playground: Story = {};
export const PolicyStatuses: Story = { render: () => all('policy', POLICY_STATUSES) };
export const ClaimStatuses: Story = { render: () => all('claim', CLAIM_STATUSES) };
export const DeclarationStatuses: Story = { render: () => all('declaration', DECLARATION_STATUSES) };
export const UnknownStatus: Story = { render: () => all('claim', ['archived']) };
