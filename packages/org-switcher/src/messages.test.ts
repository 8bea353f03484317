import { expect, html } from '@open-wc/testing';
import { loadLanguage, registerMessages, translate } from '@portaal/core';
import { registerOrgSwitcherMessages } from './messages.js';
import type { PortaalOrgDetails } from './org-details/org-details.js';
import './define.js';
import { login, mount, until } from './test-helpers.js';

// The test page loads more modules than the default 250 timing entries: keep those that come later.
performance.setResourceTimingBufferSize(10_000);

/** Which of the package's language modules the page has fetched. */
const fetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /org-switcher\/src\/messages\/(\w+)\./.exec(entry.name)?.[1])
    .filter(Boolean);

// Its own test file, so its own page: nothing registered the messages before these tests, and no
// language module is imported (their contents are checked in messages-complete.test.ts).
describe('org-switcher messages', () => {
  it('do not undo a rewording the integrator registered first', async () => {
    registerMessages({ en: { 'orgSwitcher.default.short': 'Favourite' }, nl: {}, fr: {}, de: {} });
    registerOrgSwitcherMessages();
    await Promise.all([loadLanguage('en'), loadLanguage('nl')]);
    expect(translate('en', 'orgSwitcher.default.short')).to.equal('Favourite');
    expect(translate('nl-BE', 'orgSwitcher.default.short')).to.equal('Standaard');
  });

  it('load only the languages the page uses, and a new language before showing it', async () => {
    const lang = document.documentElement.lang;
    try {
      document.documentElement.lang = 'nl-BE';
      const { adapter } = await login('full');
      const el = await mount<PortaalOrgDetails>(html`<portaal-org-details .adapter=${adapter}></portaal-org-details>`);
      const headings = () => [...el.shadowRoot!.querySelectorAll('h2')].map((heading) => heading.textContent).join(' / ');
      await until(() => el.shadowRoot!.querySelector('.identity'), 'the details are shown');
      expect(headings()).to.equal('Organisatie / Adressen / Contactpersonen / Uw tussenpersoon');
      expect(fetched()).to.include('nl').and.not.include('fr').and.not.include('de');

      // Every set of headings the details show while the page switches to French: never a key, never English.
      const seen: string[] = [];
      const observer = new MutationObserver(() => seen.push(headings()));
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
      document.documentElement.lang = 'fr-BE';
      const french = 'Organisation / Adresses / Personnes de contact / Votre intermédiaire';
      await until(() => headings() === french, 'the French texts arrive');
      observer.disconnect();
      expect(new Set(seen)).to.deep.equal(new Set([french]));
      expect(fetched()).to.include('fr').and.not.include('de');
    } finally {
      document.documentElement.lang = lang;
    }
  });
});
