import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { PortaalDialog } from '@portaal/core';
import { storyT } from './story-messages.js';

/** Footer buttons close the dialog the simple way: by setting `open` to false. */
function closeFrom(event: Event): void {
  const dialog = (event.currentTarget as HTMLElement).closest<PortaalDialog>('portaal-dialog');
  if (dialog) dialog.open = false;
}

function openNext(event: Event): void {
  const dialog = (event.currentTarget as HTMLElement).nextElementSibling as PortaalDialog | null;
  if (dialog) dialog.open = true;
}

const meta: Meta = {
  title: 'Building blocks/Dialog',
  component: 'portaal-dialog',
  // A modal dialog takes over the page: no docs page with every story open at once.
};
export default meta;

type Story = StoryObj;

export const Confirmation: Story = {
  render: (_args, { globals }) => html`<portaal-button @click=${openNext}>${storyT(globals, 'story.openDialog')}</portaal-button>
    <portaal-dialog open label=${storyT(globals, 'story.deleteDraft.title')}>
      <p style="margin: 0">${storyT(globals, 'story.deleteDraft.body')}</p>
      <portaal-button slot="footer" @click=${closeFrom}>${storyT(globals, 'action.cancel')}</portaal-button>
      <portaal-button slot="footer" variant="danger" @click=${closeFrom}>${storyT(globals, 'action.delete')}</portaal-button>
    </portaal-dialog>`,
};

export const WithForm: Story = {
  render: (_args, { globals }) => html`<portaal-button @click=${openNext}>${storyT(globals, 'story.openDialog')}</portaal-button>
    <portaal-dialog open label=${storyT(globals, 'story.question.title')}>
      <portaal-text-field
        label=${storyT(globals, 'story.question.field')}
        help=${storyT(globals, 'story.question.help')}
        required
      ></portaal-text-field>
      <portaal-button slot="footer" @click=${closeFrom}>${storyT(globals, 'action.cancel')}</portaal-button>
      <portaal-button slot="footer" variant="primary" @click=${closeFrom}>${storyT(globals, 'action.send')}</portaal-button>
    </portaal-dialog>`,
};

export const Closed: Story = {
  render: (_args, { globals }) => html`<portaal-button variant="primary" @click=${openNext}>${storyT(globals, 'story.openDialog')}</portaal-button>
    <portaal-dialog label=${storyT(globals, 'story.deleteDraft.title')}>
      <p style="margin: 0">${storyT(globals, 'story.deleteDraft.body')}</p>
      <portaal-button slot="footer" @click=${closeFrom}>${storyT(globals, 'action.cancel')}</portaal-button>
      <portaal-button slot="footer" variant="danger" @click=${closeFrom}>${storyT(globals, 'action.delete')}</portaal-button>
    </portaal-dialog>`,
};
