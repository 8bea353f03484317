import { expect } from '@open-wc/testing';
import { missingKeys, registerMessages, translate } from '@portaal/core';
import { en, orgSwitcherMessages, registerOrgSwitcherMessages } from './messages.js';

describe('org-switcher messages', () => {
  it('do not undo a rewording the integrator registered first', () => {
    // First in this file (each test file has its own page): nothing registered the bundle yet.
    registerMessages({ en: { 'orgSwitcher.default.short': 'Favourite' }, nl: {}, fr: {}, de: {} });
    registerOrgSwitcherMessages();
    expect(translate('en', 'orgSwitcher.default.short')).to.equal('Favourite');
    expect(translate('nl-BE', 'orgSwitcher.default.short')).to.equal('Standaard');
    registerMessages({ en: { 'orgSwitcher.default.short': en['orgSwitcher.default.short'] }, nl: {}, fr: {}, de: {} });
  });

  it('are complete in nl, fr and de', () => {
    expect(missingKeys(orgSwitcherMessages)).to.deep.equal([]);
  });

  it('keep every placeholder of the English text in each language', () => {
    for (const [key, english] of Object.entries(en)) {
      const placeholders = (english.match(/\{\w+\}/g) ?? []).sort();
      for (const language of ['nl', 'fr', 'de'] as const) {
        const text = orgSwitcherMessages[language][key] ?? '';
        expect((text.match(/\{\w+\}/g) ?? []).sort(), `${language} ${key}`).to.deep.equal(placeholders);
      }
    }
  });

  it('use Belgian wording and plural forms', () => {
    registerOrgSwitcherMessages();
    expect(translate('nl-BE', 'orgDetails.address.registered')).to.equal('Maatschappelijke zetel');
    expect(translate('fr-BE', 'orgDetails.address.box', { box: '24' })).to.equal('bte 24');
    expect(translate('nl-BE', 'orgSwitcher.matches', { count: 1 })).to.equal('1 organisatie gevonden');
    expect(translate('de-BE', 'orgSwitcher.matches', { count: 12 })).to.equal('12 Organisationen gefunden');
  });

});
