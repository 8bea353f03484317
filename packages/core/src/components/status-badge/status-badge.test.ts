import { expect, fixtureSync, html } from '@open-wc/testing';
import type { ReactiveElement, TemplateResult } from 'lit';
import { CLAIM_STATUSES, DECLARATION_STATUSES, POLICY_STATUSES } from '../../contract/schemas.js';
import { themeCss } from '../../theme/tokens.js';
import './define.js';
import { statusTone, type PortaalStatusBadge, type StatusKind } from './status-badge.js';

/**
 * Like fixture(), without its wait for an animation frame when the root is not a Lit element:
 * web-test-runner's background pages get no frames, so that wait can hang. Waits for every Lit
 * element inside to render instead.
 */
async function mount<T extends Element>(template: TemplateResult): Promise<T> {
  const root = fixtureSync<T>(template);
  const elements = [root, ...root.querySelectorAll('*')] as Partial<ReactiveElement>[];
  await Promise.all(elements.map((el) => el.updateComplete));
  return root;
}

const ALL: [StatusKind, readonly string[]][] = [
  ['policy', POLICY_STATUSES],
  ['claim', CLAIM_STATUSES],
  ['declaration', DECLARATION_STATUSES],
];

describe('<portaal-status-badge>', () => {
  for (const theme of ['light', 'dark']) {
    it(`is accessible for every status of every kind (${theme})`, async () => {
      const el = await mount<HTMLElement>(html`<div lang="nl-BE" class=${theme}>
        ${ALL.flatMap(([kind, statuses]) =>
          statuses.map((status) => html`<portaal-status-badge kind=${kind} status=${status}></portaal-status-badge>`),
        )}
      </div>`);
      if (theme === 'dark') {
        const style = document.createElement('style');
        style.textContent = themeCss('.dark', 'dark') + '.dark { background: var(--portaal-color-surface); }';
        el.append(style);
      }
      await expect(el).to.be.accessible();
    });
  }

  it('shows the translated label in the element’s language', async () => {
    const el = await mount<PortaalStatusBadge>(html`<portaal-status-badge lang="fr-BE" kind="claim" status="awaiting-information"></portaal-status-badge>`);
    expect(el.shadowRoot!.textContent!.trim()).to.equal('Informations requises');
    el.kind = 'policy';
    el.status = 'active';
    await el.updateComplete;
    expect(el.shadowRoot!.textContent!.trim()).to.equal('En vigueur');
  });

  it('gives every status a tone and a shape, not colour alone', async () => {
    for (const [kind, statuses] of ALL) {
      for (const status of statuses) expect(statusTone(kind, status), `${kind} ${status}`).to.be.oneOf(['neutral', 'info', 'success', 'warning', 'danger']);
    }
    expect(statusTone('claim', 'rejected')).to.equal('danger');
    expect(statusTone('claim', 'awaiting-information')).to.equal('warning');
    expect(statusTone('policy', 'active')).to.equal('success');

    const rejected = await mount<PortaalStatusBadge>(html`<portaal-status-badge kind="claim" status="rejected"></portaal-status-badge>`);
    const settled = await mount<PortaalStatusBadge>(html`<portaal-status-badge kind="claim" status="settled"></portaal-status-badge>`);
    const shape = (el: PortaalStatusBadge) => el.shadowRoot!.querySelector('svg')!.innerHTML;
    expect(shape(rejected)).not.to.equal(shape(settled));
    expect(getComputedStyle(rejected.shadowRoot!.querySelector('.badge')!).color).to.equal('rgb(180, 35, 24)');
  });

  it('shows an unknown status as is, neutral, instead of breaking', async () => {
    const el = await mount<PortaalStatusBadge>(html`<portaal-status-badge kind="claim" status="archived"></portaal-status-badge>`);
    expect(el.tone).to.equal('neutral');
    expect(el.shadowRoot!.textContent!.trim()).to.equal('archived');
    await expect(el).to.be.accessible();
  });
});
