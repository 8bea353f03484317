import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import type { ReactiveElement, TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../button/define.js';
import '../text-field/define.js';
import { announce } from '../live-announcer/announce.js';
import './define.js';
import type { PortaalDialog } from './dialog.js';

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

const native = (el: PortaalDialog) => el.shadowRoot!.querySelector('dialog')!;
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function setup(content = html`<p>Deze aangifte wordt verwijderd.</p>`) {
  const root = await mount<HTMLElement>(html`<div lang="nl-BE">
    <button id="opener">Verwijderen…</button>
    <portaal-dialog label="Ontwerp verwijderen?">
      ${content}
      <portaal-button slot="footer" id="cancel">Annuleren</portaal-button>
      <portaal-button slot="footer" variant="danger">Verwijderen</portaal-button>
    </portaal-dialog>
  </div>`);
  const opener = root.querySelector<HTMLButtonElement>('#opener')!;
  const dialog = root.querySelector<PortaalDialog>('portaal-dialog')!;
  return { root, opener, dialog };
}

async function openFrom(opener: HTMLElement, dialog: PortaalDialog) {
  opener.focus();
  dialog.open = true;
  await dialog.updateComplete;
}

describe('<portaal-dialog>', () => {
  it('is closed and out of the way until opened', async () => {
    const { dialog, root } = await setup();
    expect(native(dialog).open).to.be.false;
    await expect(root).to.be.accessible();
  });

  it('opens modally, labelled by its heading, and is accessible open', async () => {
    const { dialog, opener } = await setup();
    await openFrom(opener, dialog);
    const el = native(dialog);
    expect(el.open).to.be.true;
    expect(el.matches(':modal')).to.be.true;
    const title = dialog.shadowRoot!.getElementById(el.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).to.equal('Ontwerp verwijderen?');
    expect(title.tagName).to.equal('H2');
    const close = dialog.shadowRoot!.querySelector('.close')!;
    expect(close.getAttribute('aria-label')).to.equal('Sluiten');
    await expect(dialog).to.be.accessible();
  });

  it('moves focus to the first focusable content, and back to the opener on close', async () => {
    const { dialog, opener } = await setup(html`<portaal-text-field label="Reden"></portaal-text-field>`);
    await openFrom(opener, dialog);
    expect(deepActive()?.tagName).to.equal('INPUT');
    dialog.open = false;
    await dialog.updateComplete;
    expect(native(dialog).open).to.be.false;
    expect(document.activeElement).to.equal(opener);
  });

  it('focuses the first footer action when the content has nothing to focus, or an [autofocus] element', async () => {
    const { dialog, opener } = await setup();
    await openFrom(opener, dialog);
    expect(deepActive()?.closest('portaal-button') ?? (deepActive()?.getRootNode() as ShadowRoot).host).to.equal(
      dialog.querySelector('#cancel'),
    );

    const second = await setup(html`<input aria-label="Eerste" /><input aria-label="Tweede" autofocus />`);
    await openFrom(second.opener, second.dialog);
    expect(deepActive()?.getAttribute('aria-label')).to.equal('Tweede');
  });

  it('focuses the content even when dialog and content are created open in one go', async () => {
    const dialog = await mount<PortaalDialog>(html`<portaal-dialog open label="Vraag">
      <portaal-text-field label="Uw vraag"></portaal-text-field>
    </portaal-dialog>`);
    await dialog.updateComplete;
    expect(deepActive()?.tagName).to.equal('INPUT');
    dialog.open = false;
  });

  it('focuses an [autofocus] footer action when dialog and footer are created open in one go', async () => {
    const dialog = await mount<PortaalDialog>(html`<portaal-dialog open label="Bent u er nog?">
      <p>U wordt afgemeld over 2 minuten.</p>
      <portaal-button slot="footer">Afmelden</portaal-button>
      <portaal-button slot="footer" id="stay" autofocus>Aangemeld blijven</portaal-button>
    </portaal-dialog>`);
    await dialog.updateComplete;
    const focused = (deepActive()?.getRootNode() as ShadowRoot).host?.textContent?.trim();
    dialog.open = false;
    expect(focused).to.equal('Aangemeld blijven');
  });

  it('focuses the dialog itself when nothing inside can take focus', async () => {
    const root = await mount<HTMLElement>(html`<div>
      <button>open</button>
      <portaal-dialog label="Info"><p>Alleen tekst.</p></portaal-dialog>
    </div>`);
    const dialog = root.querySelector('portaal-dialog')!;
    await openFrom(root.querySelector('button')!, dialog);
    expect(deepActive()).to.equal(native(dialog));
    await expect(dialog).to.be.accessible();
  });

  /** As a user does it: Enter on a button (a user activation, which makes Escape cancelable). */
  async function openByKeyboard(opener: HTMLElement, dialog: PortaalDialog) {
    opener.addEventListener('click', () => (dialog.open = true), { once: true });
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await dialog.updateComplete;
    expect(native(dialog).open).to.be.true;
  }

  it('closes on Escape with a cancelable portaal-dialog-close event', async () => {
    const { dialog, opener } = await setup();
    await openByKeyboard(opener, dialog);
    setTimeout(() => sendKeys({ press: 'Escape' }));
    const event = await oneEvent(dialog, 'portaal-dialog-close');
    expect(event.detail).to.deep.equal({ reason: 'escape' });
    expect(event.cancelable).to.be.true;
    await dialog.updateComplete;
    expect(dialog.open).to.be.false;
    expect(native(dialog).open).to.be.false;
    expect(document.activeElement).to.equal(opener);
  });

  it('stays open when the close event is prevented', async () => {
    const { dialog, opener } = await setup();
    await openByKeyboard(opener, dialog);
    dialog.addEventListener('portaal-dialog-close', (e) => e.preventDefault(), { once: true });
    await sendKeys({ press: 'Escape' });
    await dialog.updateComplete;
    expect(dialog.open).to.be.true;
    expect(native(dialog).open).to.be.true;
  });

  it('still reports an Escape the browser will not let us cancel, and syncs `open`', async () => {
    // Without a fresh user activation Chromium fires an uncancelable `cancel`, then closes the
    // dialog itself. Replayed here, since whether a real Escape is cancelable depends on history.
    const { dialog, opener } = await setup();
    await openFrom(opener, dialog);
    const events: CustomEvent[] = [];
    dialog.addEventListener('portaal-dialog-close', (e) => events.push(e));
    native(dialog).dispatchEvent(new Event('cancel', { cancelable: false }));
    native(dialog).close();
    // Chromium fires `close` with the next rendering update, which background test pages never
    // get; dispatch it here as the browser would.
    native(dialog).dispatchEvent(new Event('close'));
    await dialog.updateComplete;
    expect(events.map((e) => [e.detail.reason, e.cancelable])).to.deep.equal([['escape', false]]);
    expect(dialog.open).to.be.false;
    expect(document.activeElement).to.equal(opener);
  });

  it('closes with the close button', async () => {
    const { dialog, opener } = await setup();
    await openFrom(opener, dialog);
    const close = dialog.shadowRoot!.querySelector<HTMLButtonElement>('.close')!;
    setTimeout(() => close.click());
    const event = await oneEvent(dialog, 'portaal-dialog-close');
    expect(event.detail.reason).to.equal('close-button');
    await dialog.updateComplete;
    expect(native(dialog).open).to.be.false;
    expect(document.activeElement).to.equal(opener);
  });

  it('hides the footer when nothing is slotted into it', async () => {
    const el = await mount<PortaalDialog>(html`<portaal-dialog label="Info" open><p>Tekst</p></portaal-dialog>`);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.footer')!).display).to.equal('none');
    el.open = false;
  });

  it('reads announcements made while open, from inside the modal (the page behind is inert)', async () => {
    const { dialog, opener } = await setup();
    await openFrom(opener, dialog);
    await announce('Ontwerp opgeslagen');
    const region = native(dialog).querySelector('[data-portaal-announcer] [role="status"]');
    expect(region?.textContent).to.equal('Ontwerp opgeslagen');
    dialog.open = false;
    await dialog.updateComplete;
    await announce('Terug op de pagina');
    expect(document.body.querySelector(':scope > [data-portaal-announcer] [role="status"]')?.textContent).to.equal(
      'Terug op de pagina',
    );
  });
});
