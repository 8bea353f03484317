import { expect } from '@open-wc/testing';
import { registerMessages, translate } from '@portaal/core';
import { registerDataTableMessages } from './messages.js';

describe('data table messages', () => {
  // Its own test file, so its own page: no table has registered the defaults yet.
  it("keep an integrator's wording registered before the first table is created", () => {
    registerMessages({ en: { 'dataTable.selectAllShort': 'Tick them all' }, nl: {}, fr: {}, de: {} });
    registerDataTableMessages();
    expect(translate('en-GB', 'dataTable.selectAllShort')).to.equal('Tick them all');
    expect(translate('nl-BE', 'dataTable.selectAllShort')).to.equal('Alles selecteren');
  });
});
