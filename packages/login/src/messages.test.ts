import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { registerMessages, translate } from '@portaal/core';

// A test page may load more modules than the default 250 timing entries: keep those that come later.
performance.setResourceTimingBufferSize(10_000);

/** Which of the login's language modules the page has fetched. */
const fetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /login\/src\/messages\/(\w+)\./.exec(entry.name)?.[1])
    .filter(Boolean);

// Its own test file, so its own page: no login element has registered its messages before these tests,
// and no language module is imported (their contents are checked in messages-complete.test.ts).
describe('login messages', () => {
  it('are registered when the first element is created, without undoing an integrator’s rewording', async () => {
    expect(translate('en', 'login.credentials.title'), 'nothing registered at import').to.equal('login.credentials.title');
    registerMessages({ en: { 'login.credentials.title': 'Sign in to Acme Insurance' }, nl: {}, fr: {}, de: {} });
    await import('./define.js');
    const el = await fixture<HTMLElement>(html`<portaal-login lang="en"></portaal-login>`);
    expect(el.shadowRoot!.querySelector('#heading')!.textContent).to.equal('Sign in to Acme Insurance');
    expect(fetched(), 'only English so far').to.deep.equal(['en']);
  });

  it('load only the languages the page uses, and a new language before showing it', async () => {
    const lang = document.documentElement.lang;
    try {
      document.documentElement.lang = 'nl-BE';
      const el = await fixture<HTMLElement>(html`<portaal-login></portaal-login>`);
      const root = el.shadowRoot!;
      const texts = () => `${root.querySelector('#heading')?.textContent} / ${root.querySelector('#password')?.getAttribute('label')}`;
      expect(texts()).to.equal('Aanmelden / Wachtwoord');
      expect(fetched()).to.include('nl').and.not.include('fr').and.not.include('de');

      // Every heading and label the login shows while the page switches to French: never a key, never English.
      const seen: string[] = [];
      const observer = new MutationObserver(() => seen.push(texts()));
      observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['label'] });
      document.documentElement.lang = 'fr-BE';
      await waitUntil(() => texts() === 'Se connecter / Mot de passe', 'the French texts arrive');
      observer.disconnect();
      expect(new Set(seen)).to.deep.equal(new Set(['Se connecter / Mot de passe']));
      expect(fetched()).to.include('fr').and.not.include('de');
    } finally {
      document.documentElement.lang = lang;
    }
  });

  it('announce the end of a session in the page’s new language, also while its texts still load', async () => {
    const { announced, testBackend } = await import('./testing/helpers.js');
    const { signInDemoAccount } = await import('@portaal/mock');
    const lang = document.documentElement.lang;
    try {
      document.documentElement.lang = 'nl-BE';
      const t = testBackend();
      const session = await signInDemoAccount(t.backend, t.adapter, 'full');
      await fixture(html`<portaal-session-timeout
        idle-timeout="600"
        warn-before="60"
        channel="messages-test"
        .adapter=${t.adapter}
        .session=${session}
        .clock=${t.clock}
      ></portaal-session-timeout>`);
      // Idle until the end while the German texts are still on their way.
      document.documentElement.lang = 'de-BE';
      t.clock.tick(540_000);
      t.clock.tick(60_000);
      await waitUntil(() => announced().includes('Sie wurden abgemeldet'), 'the German announcement');
      expect(announced()).not.to.include('You were logged out');
    } finally {
      document.documentElement.lang = lang;
    }
  });
});
