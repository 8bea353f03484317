import { expect } from '@open-wc/testing';
import type { Organisation } from '@portaal/core';
import { filterOrganisations, foldText } from './filter.js';

function organisation(id: string, name: string, enterpriseNumber: string): Organisation {
  return {
    id,
    name,
    enterpriseNumber,
    addresses: [{ kind: 'registered', street: 'Markt', number: '1', postalCode: '9000', city: 'Gent', country: 'BE' }],
    contacts: [],
    intermediary: null,
  };
}

const ORGS = [
  organisation('a', 'Boulangerie Lefèvre SRL', '0538771274'),
  organisation('b', 'Schreinerei Kessler GmbH', '0884512047'),
  organisation('c', 'Bureau d’assurances Lambert SRL', '0821334911'),
  organisation('d', 'ZOË GARAGE BV', '0412358173'),
];
const ids = (query: string) => filterOrganisations(ORGS, query).map((o) => o.id);

describe('organisation filter', () => {
  it('matches a substring of the name regardless of case and accents', () => {
    expect(ids('lefevre')).to.deep.equal(['a']);
    expect(ids('LEFÈVRE')).to.deep.equal(['a']);
    expect(ids('zoe')).to.deep.equal(['d']);
    expect(ids('srl')).to.deep.equal(['a', 'c']);
    expect(ids("d'assurances")).to.deep.equal(['c']);
    expect(ids('  kessler   gmbh ')).to.deep.equal(['b']); // extra spaces do not matter
  });

  it('matches the enterprise number with or without dots, spaces or BE', () => {
    expect(ids('0884')).to.deep.equal(['b']);
    expect(ids('0884.512.047')).to.deep.equal(['b']);
    expect(ids('884 512')).to.deep.equal(['b']);
    expect(ids('BE0412.358')).to.deep.equal(['d']);
    expect(ids('512.04')).to.deep.equal(['b']);
  });

  it('matches everything for an empty query and nothing for a stranger', () => {
    expect(ids('')).to.have.length(4);
    expect(ids('   ')).to.have.length(4);
    expect(ids('xyz')).to.deep.equal([]);
    expect(foldText('Ça  Va’')).to.equal("ca va'");
  });
});
