import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { storyT } from './story-messages.js';

interface Args {
  label: string;
  help: string;
  error: string;
  value: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
}

const column = 'display: grid; gap: var(--portaal-space-5); max-width: 26rem;';

const meta: Meta<Args> = {
  title: 'Building blocks/Text field',
  component: 'portaal-text-field',
  tags: ['autodocs'],
  args: { label: '', help: '', error: '', value: '', required: false, disabled: false, readonly: false },
  render: (args, { globals }) => html`<div style=${column}>
    <portaal-text-field
      label=${args.label || storyT(globals, 'story.name')}
      help=${args.help}
      error=${args.error}
      .value=${args.value}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
    ></portaal-text-field>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Empty: Story = {};

export const WithHelp: Story = {
  render: (_args, { globals }) => html`<div style=${column}>
    <portaal-text-field
      label=${storyT(globals, 'label.enterpriseNumber')}
      help=${storyT(globals, 'story.enterpriseNumber.help')}
      inputmode="numeric"
    ></portaal-text-field>
  </div>`,
};

export const WithError: Story = {
  render: (_args, { globals }) => html`<div style=${column}>
    <portaal-text-field
      label=${storyT(globals, 'story.email')}
      type="email"
      value="jan.peeters@"
      help=${storyT(globals, 'story.name.help')}
      error=${storyT(globals, 'field.error.email')}
      required
    ></portaal-text-field>
  </div>`,
};

export const Required: Story = {
  render: (_args, { globals }) => html`<div style=${column}>
    <portaal-text-field label=${storyT(globals, 'label.policyNumber')} required></portaal-text-field>
    <portaal-text-field label=${storyT(globals, 'label.claimNumber')} required value="SCH-2026-00421"></portaal-text-field>
  </div>`,
};

export const DisabledAndReadOnly: Story = {
  render: (_args, { globals }) => html`<div style=${column}>
    <portaal-text-field label=${storyT(globals, 'story.customerNumber')} value="KL-884 201" disabled></portaal-text-field>
    <portaal-text-field label=${storyT(globals, 'label.enterpriseNumber')} value="0123.456.749" readonly></portaal-text-field>
  </div>`,
};

export const Password: Story = {
  render: (_args, { globals }) => html`<div style=${column}>
    <portaal-text-field
      label=${storyT(globals, 'story.password')}
      type="password"
      value="correct horse battery staple"
      autocomplete="current-password"
      required
    ></portaal-text-field>
  </div>`,
};

export const InAForm: Story = {
  render: (_args, { globals }) => html`<form
    style=${column}
    @submit=${(event: Event) => event.preventDefault()}
  >
    <portaal-text-field label=${storyT(globals, 'story.email')} type="email" name="email" autocomplete="email" required></portaal-text-field>
    <portaal-text-field label=${storyT(globals, 'story.password')} type="password" name="password" autocomplete="current-password" required></portaal-text-field>
    <div><portaal-button type="submit" variant="primary">${storyT(globals, 'action.continue')}</portaal-button></div>
  </form>`,
};
