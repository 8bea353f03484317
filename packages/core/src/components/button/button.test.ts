import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import type { ReactiveElement, TemplateResult } from 'lit';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { PortaalButton } from './button.js';

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

const inner = (el: PortaalButton) => el.shadowRoot!.querySelector('button')!;
const nextAnnouncement = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('<portaal-button>', () => {
  it('is accessible in every variant and size', async () => {
    const el = await mount<HTMLElement>(html`<div>
      <portaal-button variant="primary">Opslaan</portaal-button>
      <portaal-button variant="secondary" size="sm">Annuleren</portaal-button>
      <portaal-button variant="danger" size="lg">Verwijderen</portaal-button>
      <portaal-button variant="ghost">Terug</portaal-button>
      <portaal-button label="Downloaden"><svg slot="start" aria-hidden="true" width="16" height="16"></svg></portaal-button>
    </div>`);
    await expect(el).to.be.accessible();
    const iconOnly = el.querySelector<PortaalButton>('portaal-button[label]')!;
    expect(inner(iconOnly).getAttribute('aria-label')).to.equal('Downloaden');
  });

  it('is accessible disabled and loading', async () => {
    const el = await mount<HTMLElement>(html`<div>
      <portaal-button variant="primary" disabled>Opslaan</portaal-button>
      <portaal-button variant="primary" loading>Opslaan</portaal-button>
    </div>`);
    await expect(el).to.be.accessible();
  });

  it('forwards focus to the native button and shows a focus ring of at least 2px from the keyboard', async () => {
    const el = await mount<PortaalButton>(html`<portaal-button>Verder</portaal-button>`);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(inner(el));
    const style = getComputedStyle(inner(el));
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    expect(style.outlineColor).to.equal('rgb(21, 101, 192)');
    el.blur();
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(inner(el));
  });

  it('while loading: keeps its width, is aria-busy, ignores clicks and announces it', async () => {
    const el = await mount<PortaalButton>(html`<portaal-button lang="nl-BE">Versturen</portaal-button>`);
    const width = el.getBoundingClientRect().width;
    let clicks = 0;
    el.addEventListener('click', () => (clicks += 1));

    el.loading = true;
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.equal(width);
    expect(inner(el).getAttribute('aria-busy')).to.equal('true');
    expect(inner(el).getAttribute('aria-disabled')).to.equal('true');
    expect(inner(el).disabled, 'stays focusable').to.be.false;
    inner(el).click();
    expect(clicks).to.equal(0);
    await nextAnnouncement();
    const region = document.querySelector('[data-portaal-announcer] [role="status"]');
    expect(region?.textContent).to.equal('Bezig met laden…');

    el.loading = false;
    await el.updateComplete;
    inner(el).click();
    expect(clicks).to.equal(1);
  });

  it('looks disabled in every variant', async () => {
    const el = await mount<HTMLElement>(html`<div>
      ${['primary', 'secondary', 'danger', 'ghost'].map((v) => html`<portaal-button variant=${v} disabled>Ok</portaal-button>`)}
    </div>`);
    for (const button of el.querySelectorAll('portaal-button')) {
      const style = getComputedStyle(inner(button));
      expect(style.backgroundColor, button.variant).to.equal('rgb(236, 239, 243)'); // neutral-subtle
      expect(style.color, button.variant).to.equal('rgb(89, 97, 112)'); // text-muted
    }
  });

  it('ignores clicks when disabled, also from a disabled fieldset', async () => {
    const form = await mount<HTMLFormElement>(html`<form><fieldset><portaal-button>Ok</portaal-button></fieldset></form>`);
    const el = form.querySelector('portaal-button')!;
    let clicks = 0;
    el.addEventListener('click', () => (clicks += 1));
    el.disabled = true;
    await el.updateComplete;
    expect(inner(el).disabled).to.be.true;
    el.click();
    expect(clicks).to.equal(0);

    el.disabled = false;
    form.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    expect(inner(el).disabled).to.be.true;
    el.click();
    expect(clicks).to.equal(0);
  });

  it('submits its light-DOM form with validation, like a native submit button', async () => {
    const form = await mount<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <input name="q" value="x" />
      <portaal-button type="submit" variant="primary">Zoeken</portaal-button>
    </form>`);
    const el = form.querySelector('portaal-button')!;
    expect(el.form).to.equal(form);
    setTimeout(() => inner(el).click());
    const event = await oneEvent(form, 'submit');
    expect(event).to.exist;

    // An invalid form is not submitted.
    form.querySelector('input')!.required = true;
    form.querySelector('input')!.value = '';
    let submitted = false;
    form.addEventListener('submit', () => (submitted = true));
    inner(el).click();
    expect(submitted).to.be.false;
  });

  it('does not submit while loading, and submits from the keyboard', async () => {
    let submits = 0;
    const form = await mount<HTMLFormElement>(html`<form
      @submit=${(e: Event) => {
        e.preventDefault();
        submits += 1;
      }}
    >
      <portaal-button type="submit" loading>Versturen</portaal-button>
    </form>`);
    const el = form.querySelector('portaal-button')!;
    inner(el).click();
    expect(submits).to.equal(0);
    el.loading = false;
    await el.updateComplete;
    el.focus();
    await sendKeys({ press: 'Enter' });
    expect(submits).to.equal(1);
    await sendKeys({ press: 'Space' });
    expect(submits).to.equal(2);
  });

  it('resets its form with type="reset"', async () => {
    const form = await mount<HTMLFormElement>(html`<form>
      <input name="q" value="start" />
      <portaal-button type="reset">Wissen</portaal-button>
    </form>`);
    form.querySelector('input')!.value = 'changed';
    inner(form.querySelector('portaal-button')!).click();
    expect(form.querySelector('input')!.value).to.equal('start');
  });

  it('does not animate its spinner fast when the user prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await mount<PortaalButton>(html`<portaal-button loading>Bezig</portaal-button>`);
      expect(getComputedStyle(el).getPropertyValue('--portaal-motion-duration')).to.equal('0s');
      const svg = el.shadowRoot!.querySelector('.spinner svg')!;
      expect(getComputedStyle(svg).animationDuration).to.equal('2.4s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
