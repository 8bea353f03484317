import { expect } from '@open-wc/testing';
import { emit } from './emit.js';

describe('emit', () => {
  it('dispatches a composed, bubbling event with a typed detail across a shadow root', () => {
    const outer = document.createElement('div');
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    let got: unknown;
    outer.addEventListener('portaal-test', (e) => (got = (e as CustomEvent).detail));
    emit(inner, 'portaal-test', { id: 'x' });
    expect(got).to.deep.equal({ id: 'x' });
  });
});
