import { expect } from '@open-wc/testing';
import { loadLanguage, missingKeys, translate } from '@portaal/core';
import { registerOrgSwitcherMessages } from './messages.js';
import de from './messages/de.js';
import en from './messages/en.js';
import fr from './messages/fr.js';
import nl from './messages/nl.js';

const bundle = { en, nl, fr, de };

// Apart from messages.test.ts, which checks that a page fetches only the languages it uses.
describe('org-switcher messages', () => {
  it('are complete in nl, fr and de', () => {
    expect(missingKeys(bundle)).to.deep.equal([]);
  });

  it('keep every placeholder of the English text in each language', () => {
    for (const [key, english] of Object.entries(en)) {
      const placeholders = (english.match(/\{\w+\}/g) ?? []).sort();
      for (const language of ['nl', 'fr', 'de'] as const) {
        const text = (bundle[language] as Record<string, string>)[key] ?? '';
        expect((text.match(/\{\w+\}/g) ?? []).sort(), `${language} ${key}`).to.deep.equal(placeholders);
      }
    }
  });

  it('use Belgian wording and plural forms', async () => {
    registerOrgSwitcherMessages();
    await Promise.all([loadLanguage('nl'), loadLanguage('fr'), loadLanguage('de')]);
    expect(translate('nl-BE', 'orgDetails.address.registered')).to.equal('Maatschappelijke zetel');
    expect(translate('fr-BE', 'orgDetails.address.box', { box: '24' })).to.equal('bte 24');
    expect(translate('nl-BE', 'orgSwitcher.matches', { count: 1 })).to.equal('1 organisatie gevonden');
    expect(translate('de-BE', 'orgSwitcher.matches', { count: 12 })).to.equal('12 Organisationen gefunden');
  });
});
