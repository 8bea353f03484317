import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { loadLanguage, registerMessages, translate } from '@portaal/core';
import type { PortaalDataTable } from './data-table/data-table.js';
import './data-table/define.js';
import { registerDataTableMessages } from './messages.js';

/** Which of the table's language modules the page has fetched. */
const fetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /data-table\/src\/messages\/(\w+)\./.exec(entry.name)?.[1])
    .filter(Boolean);

// Its own test file, so its own page: no table has registered its messages before these tests.
describe('data table messages', () => {
  it("keep an integrator's wording registered before the first table is created", async () => {
    registerMessages({ en: { 'dataTable.selectAllShort': 'Tick them all' }, nl: {}, fr: {}, de: {} });
    registerDataTableMessages();
    await Promise.all([loadLanguage('en'), loadLanguage('nl')]);
    expect(translate('en-GB', 'dataTable.selectAllShort')).to.equal('Tick them all');
    expect(translate('nl-BE', 'dataTable.selectAllShort')).to.equal('Alles selecteren');
  });

  it('load only the languages the page uses, and a new language before showing it', async () => {
    document.documentElement.lang = 'nl-BE';
    const table = await fixture<PortaalDataTable>(html`<portaal-data-table .columns=${[{ key: 'name', label: 'Name' }]} .rows=${[]}></portaal-data-table>`);
    const field = table.shadowRoot!.querySelector('portaal-text-field')!;
    expect(field.getAttribute('label')).to.equal('Zoeken');
    expect(fetched()).to.include('nl').and.not.include('fr').and.not.include('de');

    // Every label the field gets while the page switches to French: never a key, never English.
    const labels: (string | null)[] = [];
    const observer = new MutationObserver(() => labels.push(field.getAttribute('label')));
    observer.observe(field, { attributes: true, attributeFilter: ['label'] });
    document.documentElement.lang = 'fr-BE';
    await waitUntil(() => field.getAttribute('label') === 'Rechercher', 'the French texts arrive');
    observer.disconnect();
    expect(labels).to.deep.equal(['Rechercher']);
    expect(fetched()).to.include('fr').and.not.include('de');
  });
});
