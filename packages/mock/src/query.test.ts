import { expect } from '@open-wc/testing';
import { PortaalError } from '@portaal/core';
import { foldText, runQuery } from './query.js';
import type { ListFields } from './query.js';

interface Row {
  id: string;
  name: string;
  kind: string;
  amount: { amount: number };
  date: string | null;
}

const rows: Row[] = [
  { id: 'a', name: 'Lefèvre, Zoë', kind: 'car', amount: { amount: 10 }, date: '2026-01-05' },
  { id: 'b', name: 'item 10', kind: 'fire', amount: { amount: -5 }, date: null },
  { id: 'c', name: 'item 9', kind: 'car', amount: { amount: 250 }, date: '2025-12-31' },
  { id: 'd', name: 'Émile', kind: 'omnium', amount: { amount: 10 }, date: '2026-11-21' },
];

const fields: ListFields<Row> = {
  keys: ['id', 'name', 'kind', 'amount', 'date'],
  value: (row, key) => (key === 'amount' ? row.amount.amount : (row[key as keyof Row] as string | null)),
  text: (row) => [row.name, row.kind],
};

const ids = (page: { items: Row[] }) => page.items.map((row) => row.id);

describe('runQuery (filter, search, sort, page)', () => {
  it('filters by equality, membership and null; an empty list imposes nothing', () => {
    expect(ids(runQuery(rows, { filter: { kind: 'car' } }, fields))).to.deep.equal(['a', 'c']);
    expect(ids(runQuery(rows, { filter: { kind: ['car', 'omnium'] } }, fields))).to.deep.equal(['a', 'c', 'd']);
    expect(ids(runQuery(rows, { filter: { date: null } }, fields))).to.deep.equal(['b']);
    expect(ids(runQuery(rows, { filter: { kind: [] } }, fields))).to.have.length(4);
    expect(ids(runQuery(rows, { filter: { amount: '10' } }, fields))).to.deep.equal(['a', 'd']); // values from a URL
  });

  it('searches without regard to case or accents', () => {
    expect(foldText('Lefèvre, ZOË')).to.equal('lefevre, zoe');
    expect(ids(runQuery(rows, { search: 'LEFEVRE' }, fields))).to.deep.equal(['a']);
    expect(ids(runQuery(rows, { search: 'emile' }, fields))).to.deep.equal(['d']);
    expect(ids(runQuery(rows, { search: '  ' }, fields))).to.have.length(4);
  });

  it('sorts by several keys: numbers by value, text naturally, dates by value, empty values last', () => {
    const byAmount = runQuery(rows, { sort: [{ key: 'amount', direction: 'desc' }, { key: 'id', direction: 'desc' }] }, fields);
    expect(ids(byAmount)).to.deep.equal(['c', 'd', 'a', 'b']);
    expect(ids(runQuery(rows, { filter: { kind: 'car' }, sort: [{ key: 'name', direction: 'asc' }] }, fields))).to.deep.equal(['c', 'a']);
    expect(ids(runQuery(rows, { filter: { id: ['b', 'c'] }, sort: [{ key: 'name', direction: 'asc' }] }, fields))).to.deep.equal(['c', 'b']); // 9 before 10
    expect(ids(runQuery(rows, { sort: [{ key: 'date', direction: 'asc' }] }, fields))).to.deep.equal(['c', 'a', 'd', 'b']);
    expect(ids(runQuery(rows, { sort: [{ key: 'date', direction: 'desc' }] }, fields))).to.deep.equal(['d', 'a', 'c', 'b']);
    expect(rows.map((row) => row.id)).to.deep.equal(['a', 'b', 'c', 'd']); // the input is not reordered
  });

  it('pages after filtering and counts every match', () => {
    const page = runQuery(rows, { sort: [{ key: 'id', direction: 'asc' }], page: { index: 1, size: 3 } }, fields);
    expect(page).to.deep.equal({ items: [rows[3]], total: 4 });
  });

  it('rejects unknown keys and impossible pages with validation', () => {
    const attempt = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    for (const run of [
      () => runQuery(rows, { filter: { colour: 'red' } }, fields),
      () => runQuery(rows, { sort: [{ key: 'colour', direction: 'asc' }] }, fields),
      () => runQuery(rows, { page: { index: -1, size: 10 } }, fields),
      () => runQuery(rows, { page: { index: 0, size: 0 } }, fields),
    ]) {
      const error = attempt(run);
      expect(error).to.be.instanceOf(PortaalError);
      expect((error as PortaalError).code).to.equal('validation');
    }
  });
});
