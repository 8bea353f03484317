import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { registerMessages, translate, type Adapter, type Session } from '@portaal/core';
import { MockBackend, createMockAdapter, signInDemoAccount } from '@portaal/mock';
import '@portaal/login/define';

/**
 * <portaal-session-timeout> shows nothing until the warning. These stories start it with a session
 * that has been idle for a while already (its `expiresAt` is near), on a live mock back end, so
 * "Stay logged in" really extends it and the countdown really runs.
 */

registerMessages({
  en: { 'story.timeout.page': 'Your policies', 'story.timeout.text': 'The portal behind the warning.' },
  nl: { 'story.timeout.page': 'Uw polissen', 'story.timeout.text': 'Het portaal achter de waarschuwing.' },
  fr: { 'story.timeout.page': 'Vos polices', 'story.timeout.text': 'Le portail derrière l’avertissement.' },
  de: { 'story.timeout.page': 'Ihre Policen', 'story.timeout.text': 'Das Portal hinter der Warnung.' },
});

interface Loaded {
  adapter: Adapter;
  session: Session;
}

/** Logs a demo account in, then pretends the last activity was `idleSeconds` ago. */
function loggedIn(idleSeconds: number) {
  return async (): Promise<Loaded> => {
    const backend = new MockBackend({ passwordIterations: 1000 });
    const adapter = createMockAdapter(backend);
    const session = await signInDemoAccount(backend, adapter, 'full');
    const expiresAt = new Date(Date.now() + (session.idleTimeoutSeconds - idleSeconds) * 1000).toISOString();
    return { adapter, session: { ...session, expiresAt } };
  };
}

function page(loaded: Loaded, globals: Record<string, unknown>) {
  const locale = String(globals.locale ?? 'nl-BE');
  return html`<section style="max-width: 40rem; color: var(--portaal-color-text);">
      <h1 style="margin: 0 0 var(--portaal-space-2); font-size: var(--portaal-font-size-xl);">${translate(locale, 'story.timeout.page')}</h1>
      <p style="margin: 0;">${translate(locale, 'story.timeout.text')}</p>
    </section>
    <portaal-session-timeout channel="storybook-session" .adapter=${loaded.adapter} .session=${loaded.session}></portaal-session-timeout>`;
}

const meta: Meta = {
  title: 'Login/Session timeout',
  component: 'portaal-session-timeout',
};
export default meta;

type Story = StoryObj;

/** 28 minutes without activity: two minutes left, "Stay logged in" has focus. */
export const Warning: Story = {
  loaders: [loggedIn(28 * 60)],
  render: (_args, { loaded, globals }) => page(loaded as Loaded, globals),
};

/** 29½ minutes without activity: thirty seconds left. */
export const WarningAlmostOver: Story = {
  loaders: [loggedIn(29 * 60 + 30)],
  render: (_args, { loaded, globals }) => page(loaded as Loaded, globals),
};

/** Just active: nothing shows. Leave the mouse and keyboard alone for 28 minutes to see the warning. */
export const Watching: Story = {
  loaders: [loggedIn(0)],
  render: (_args, { loaded, globals }) => page(loaded as Loaded, globals),
};
