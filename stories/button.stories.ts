import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ButtonSize, ButtonVariant } from '@portaal/core';
import { storyT } from './story-messages.js';

interface Args {
  variant: ButtonVariant;
  size: ButtonSize;
  disabled: boolean;
  loading: boolean;
}

const row = 'display: flex; flex-wrap: wrap; gap: var(--portaal-space-3); align-items: center;';

const meta: Meta<Args> = {
  title: 'Building blocks/Button',
  component: 'portaal-button',
  tags: ['autodocs'],
  args: { variant: 'primary', size: 'md', disabled: false, loading: false },
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'danger', 'ghost'] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
  },
  render: (args, { globals }) =>
    html`<portaal-button variant=${args.variant} size=${args.size} ?disabled=${args.disabled} ?loading=${args.loading}
      >${storyT(globals, 'action.save')}</portaal-button
    >`,
};
export default meta;

type Story = StoryObj<Args>;

export const Playground: Story = {};

export const Variants: Story = {
  render: (_args, { globals }) => html`<div style=${row}>
    <portaal-button variant="primary">${storyT(globals, 'action.save')}</portaal-button>
    <portaal-button variant="secondary">${storyT(globals, 'action.cancel')}</portaal-button>
    <portaal-button variant="danger">${storyT(globals, 'action.delete')}</portaal-button>
    <portaal-button variant="ghost">${storyT(globals, 'action.back')}</portaal-button>
  </div>`,
};

export const Sizes: Story = {
  render: (_args, { globals }) => html`<div style=${row}>
    <portaal-button variant="primary" size="sm">${storyT(globals, 'action.continue')}</portaal-button>
    <portaal-button variant="primary" size="md">${storyT(globals, 'action.continue')}</portaal-button>
    <portaal-button variant="primary" size="lg">${storyT(globals, 'action.continue')}</portaal-button>
  </div>`,
};

export const Loading: Story = {
  render: (_args, { globals }) => html`<div style=${row}>
    <portaal-button variant="primary" loading>${storyT(globals, 'action.send')}</portaal-button>
    <portaal-button variant="secondary" loading>${storyT(globals, 'action.save')}</portaal-button>
    <portaal-button variant="danger" loading>${storyT(globals, 'action.delete')}</portaal-button>
    <portaal-button variant="ghost" loading>${storyT(globals, 'action.retry')}</portaal-button>
  </div>`,
};

export const Disabled: Story = {
  render: (_args, { globals }) => html`<div style=${row}>
    <portaal-button variant="primary" disabled>${storyT(globals, 'action.save')}</portaal-button>
    <portaal-button variant="secondary" disabled>${storyT(globals, 'action.cancel')}</portaal-button>
    <portaal-button variant="danger" disabled>${storyT(globals, 'action.delete')}</portaal-button>
    <portaal-button variant="ghost" disabled>${storyT(globals, 'action.back')}</portaal-button>
  </div>`,
};

const downloadIcon = html`<svg slot="start" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor"
  stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
  <path d="M12 4v11m0 0-4.5-4.5M12 15l4.5-4.5M5 19h14"></path>
</svg>`;

export const WithIcon: Story = {
  render: (_args, { globals }) => html`<div style=${row}>
    <portaal-button variant="secondary">${downloadIcon}${storyT(globals, 'action.download')}</portaal-button>
    <portaal-button variant="ghost" label=${storyT(globals, 'action.download')}>${downloadIcon}</portaal-button>
  </div>`,
};
