import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { LitElement, css, html } from 'lit';
import { LocalizeController, PortaalConsumer, type Adapter } from '@portaal/core';
import { MockBackend, createMockAdapter, signInDemoAccount } from '@portaal/mock';

/**
 * What an element below <portaal-provider> receives. The provider in this story has its own mock
 * back end, logged in as a user who works for several organisations; the toolbar's locale and theme
 * reach it through the outer provider's attributes being copied here.
 */
class StoryContextView extends LitElement {
  static override styles = css`
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: var(--portaal-space-2) var(--portaal-space-4);
      margin: 0;
    }
    dt {
      color: var(--portaal-color-text-muted);
    }
    dd {
      margin: 0;
    }
  `;
  adapter: Adapter | null = null;
  private readonly portaal = new PortaalConsumer(this);
  private readonly i18n = new LocalizeController(this);

  protected override render() {
    const { locale, theme, session, organisation, membership } = this.portaal.value;
    return html`<dl>
      <dt>locale</dt>
      <dd>${locale} — ${this.i18n.date('2026-11-21')} — ${this.i18n.money(1234.56)}</dd>
      <dt>theme</dt>
      <dd>${theme}</dd>
      <dt>session.user</dt>
      <dd>${session?.user.name ?? '—'}</dd>
      <dt>organisation</dt>
      <dd>${organisation ? `${organisation.name} (${this.i18n.enterpriseNumber(organisation.enterpriseNumber)})` : '—'}</dd>
      <dt>membership</dt>
      <dd>${membership ? `${this.i18n.t(`access.${membership.access}`)}: ${membership.menu.join(', ')}` : '—'}</dd>
    </dl>`;
  }
}
if (!customElements.get('story-context-view')) customElements.define('story-context-view', StoryContextView);

async function loggedInAdapter(): Promise<Adapter> {
  const backend = new MockBackend();
  const adapter = createMockAdapter(backend);
  await signInDemoAccount(backend, adapter, 'multi-org');
  await adapter.organisations.select('org-lefevre');
  return adapter;
}

const meta: Meta = {
  title: 'Core/Provider',
  component: 'portaal-provider',
  loaders: [async () => ({ adapter: await loggedInAdapter() })],
};
export default meta;

export const WithSession: StoryObj = {
  render: (_args, { globals, loaded }) =>
    html`<portaal-provider locale=${String(globals.locale ?? 'nl-BE')} theme=${String(globals.theme ?? 'light')} .adapter=${loaded.adapter as Adapter}>
      <story-context-view></story-context-view>
    </portaal-provider>`,
};

export const WithoutAdapter: StoryObj = {
  render: (_args, { globals }) =>
    html`<portaal-provider locale=${String(globals.locale ?? 'nl-BE')} theme=${String(globals.theme ?? 'light')}>
      <story-context-view></story-context-view>
    </portaal-provider>`,
};
