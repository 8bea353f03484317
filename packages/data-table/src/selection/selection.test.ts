import { expect } from '@open-wc/testing';
import { RowSelection } from './selection.js';

describe('RowSelection', () => {
  it('holds rows picked one by one, in the order picked', () => {
    const selection = new RowSelection<{ id: string }>();
    selection.toggle('b', { id: 'b' });
    selection.toggle('a', { id: 'a' });
    expect(selection.count(100)).to.equal(2);
    expect(selection.isSelected('a')).to.equal(true);
    expect(selection.isSelected('c')).to.equal(false);
    expect(selection.pickedRows.map((row) => row.id)).to.deep.equal(['b', 'a']);
    selection.toggle('b', { id: 'b' });
    expect(selection.count(100)).to.equal(1);
  });

  it('"all matching" covers every row without listing them, minus the ones taken out', () => {
    const selection = new RowSelection();
    selection.selectAll();
    expect(selection.count(30_000)).to.equal(30_000);
    expect(selection.isSelected('never-seen')).to.equal(true);
    expect(selection.isComplete(30_000)).to.equal(true);
    selection.set('x', {}, false);
    expect(selection.count(30_000)).to.equal(29_999);
    expect(selection.isSelected('x')).to.equal(false);
    expect(selection.isComplete(30_000)).to.equal(false);
    expect(selection.state).to.deep.equal({ all: true, ids: new Set(['x']) });
    selection.set('x', {}, true);
    expect(selection.isComplete(30_000)).to.equal(true);
  });

  it('clears both ways', () => {
    const selection = new RowSelection();
    selection.selectAll();
    selection.clear();
    expect(selection.isEmpty(10)).to.equal(true);
    expect(selection.all).to.equal(false);
  });
});
