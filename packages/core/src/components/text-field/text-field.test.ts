import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import type { ReactiveElement, TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { PortaalTextField } from './text-field.js';

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

const input = (el: PortaalTextField) => el.shadowRoot!.querySelector('input')!;
const byId = (el: PortaalTextField, id: string) => el.shadowRoot!.getElementById(id);
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim();

describe('<portaal-text-field>', () => {
  it('is accessible empty, with help, with an error, required, disabled, read-only and as password', async () => {
    const el = await mount<HTMLElement>(html`<div lang="nl-BE">
      <portaal-text-field label="Naam"></portaal-text-field>
      <portaal-text-field label="Ondernemingsnummer" help="10 cijfers, bv. 0123.456.749"></portaal-text-field>
      <portaal-text-field label="E-mailadres" type="email" value="jan@" error="Vul een geldig e-mailadres in."></portaal-text-field>
      <portaal-text-field label="Polisnummer" required></portaal-text-field>
      <portaal-text-field label="Klantnummer" value="42" disabled></portaal-text-field>
      <portaal-text-field label="Ondernemingsnummer" value="0123.456.749" readonly></portaal-text-field>
      <portaal-text-field label="Wachtwoord" type="password" autocomplete="current-password"></portaal-text-field>
    </div>`);
    await expect(el).to.be.accessible();
  });

  it('labels the input and ties help and error to it within one shadow root', async () => {
    const el = await mount<PortaalTextField>(html`<portaal-text-field label="Naam" help="Zoals op uw identiteitskaart"></portaal-text-field>`);
    const field = input(el);
    expect(field.labels?.[0]?.textContent?.trim()).to.equal('Naam');
    expect(field.getAttribute('aria-describedby')).to.equal('help');
    expect(field.getAttribute('aria-invalid')).to.equal('false');

    el.error = 'Vul uw naam in.';
    await el.updateComplete;
    expect(field.getAttribute('aria-describedby')).to.equal('error help');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    const error = byId(el, 'error')!;
    expect(error.querySelector('svg'), 'an icon, not colour alone').to.exist;
    expect(text(error)).to.equal('Error: Vul uw naam in.');
  });

  it('keeps what the user typed when an error is set', async () => {
    const el = await mount<PortaalTextField>(html`<portaal-text-field label="E-mail" type="email"></portaal-text-field>`);
    el.focus();
    await sendKeys({ type: 'jan@voorbeeld' });
    el.error = 'Dit e-mailadres is niet geldig.';
    await el.updateComplete;
    expect(input(el).value).to.equal('jan@voorbeeld');
    expect(el.value).to.equal('jan@voorbeeld');
  });

  it('marks required fields with * and a translated word for screen readers', async () => {
    const el = await mount<PortaalTextField>(html`<portaal-text-field lang="fr-BE" label="Numéro de police" required></portaal-text-field>`);
    const label = el.shadowRoot!.querySelector('label')!;
    expect(label.querySelector('[aria-hidden="true"]')!.textContent).to.equal('*');
    expect(text(label.querySelector('.visually-hidden'))).to.equal('(obligatoire)');
    expect(input(el).getAttribute('aria-required')).to.equal('true');
  });

  it('takes part in a form: value, validity, reset, disabled fieldset', async () => {
    const form = await mount<HTMLFormElement>(html`<form>
      <fieldset>
        <portaal-text-field label="Polisnummer" name="policy" value="AB-1" required></portaal-text-field>
      </fieldset>
    </form>`);
    const el = form.querySelector('portaal-text-field')!;
    expect(new FormData(form).get('policy')).to.equal('AB-1');
    expect(el.checkValidity()).to.be.true;

    el.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: '23' });
    await el.updateComplete;
    expect(new FormData(form).get('policy')).to.equal('AB-123');

    el.value = '';
    await el.updateComplete;
    expect(el.checkValidity()).to.be.false;
    expect(el.validity.valueMissing).to.be.true;
    expect(el.validationMessage).to.equal('Fill in this field.');

    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('AB-1');
    expect(input(el).value).to.equal('AB-1');

    form.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    expect(input(el).disabled).to.be.true;
    expect(new FormData(form).has('policy')).to.be.false;
  });

  it('shows the translated required message after a failed submit, and blocks the submit', async () => {
    let submitted = false;
    const form = await mount<HTMLFormElement>(html`<form
      lang="nl-BE"
      @submit=${(e: Event) => {
        e.preventDefault();
        submitted = true;
      }}
    >
      <portaal-text-field label="Naam" name="name" required></portaal-text-field>
    </form>`);
    const el = form.querySelector('portaal-text-field')!;
    expect(byId(el, 'error'), 'no error before the user tried').to.be.null;
    form.requestSubmit();
    await el.updateComplete;
    expect(submitted).to.be.false;
    expect(text(byId(el, 'error'))).to.equal('Fout: Vul dit veld in.');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    el.focus();
    await sendKeys({ type: 'An' });
    await el.updateComplete;
    expect(byId(el, 'error'), 'fixed: message gone').to.be.null;
  });

  it('checks the e-mail shape with a translated message', async () => {
    const el = await mount<PortaalTextField>(html`<portaal-text-field lang="de-BE" label="E-Mail" type="email" value="jan@"></portaal-text-field>`);
    expect(el.validity.typeMismatch).to.be.true;
    expect(el.validationMessage).to.equal('Geben Sie eine E-Mail-Adresse wie name@beispiel.be ein.');
    el.value = 'jan@voorbeeld.be';
    await el.updateComplete;
    expect(el.checkValidity()).to.be.true;
  });

  it('submits the form on Enter, as a native field would', async () => {
    const form = await mount<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <portaal-text-field label="Code" name="code" value="123456"></portaal-text-field>
    </form>`);
    form.querySelector('portaal-text-field')!.focus();
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = await oneEvent(form, 'submit');
    expect(event).to.exist;
  });

  it('re-dispatches portaal-input on each keystroke and change on commit', async () => {
    const el = await mount<PortaalTextField>(html`<portaal-text-field label="Zoeken" name="q"></portaal-text-field>`);
    const details: string[] = [];
    el.addEventListener('portaal-input', (e) => details.push(e.detail.value));
    let changes = 0;
    el.addEventListener('change', () => (changes += 1));
    el.focus();
    await sendKeys({ type: 'ab' });
    expect(details).to.deep.equal(['a', 'ab']);
    input(el).blur();
    expect(changes).to.equal(1);
  });

  it('shows and hides a password with a translated, pressed-state toggle', async () => {
    const el = await mount<PortaalTextField>(html`<portaal-text-field lang="nl-BE" label="Wachtwoord" type="password" value="geheim"></portaal-text-field>`);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
    expect(toggle.getAttribute('aria-label')).to.equal('Wachtwoord tonen');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(input(el).type).to.equal('password');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(input(el).type).to.equal('text');
    expect(input(el).value).to.equal('geheim');
    await expect(el).to.be.accessible();
  });

  it('forwards focus() and select() to the input and passes input attributes through', async () => {
    const el = await mount<PortaalTextField>(html`<portaal-text-field
      label="Code"
      value="123456"
      inputmode="numeric"
      autocomplete="one-time-code"
      maxlength="6"
      placeholder="000000"
    ></portaal-text-field>`);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    el.select();
    expect(input(el).selectionStart).to.equal(0);
    expect(input(el).selectionEnd).to.equal(6);
    expect(input(el).getAttribute('inputmode')).to.equal('numeric');
    expect(input(el).getAttribute('autocomplete')).to.equal('one-time-code');
    expect(input(el).maxLength).to.equal(6);
    expect(input(el).placeholder).to.equal('000000');
  });

  it('shows a focus ring around the control', async () => {
    const el = await mount<PortaalTextField>(html`<portaal-text-field label="Naam"></portaal-text-field>`);
    el.focus();
    const control = el.shadowRoot!.querySelector('.control')!;
    expect(getComputedStyle(control).outlineStyle).to.equal('solid');
    expect(parseFloat(getComputedStyle(control).outlineWidth)).to.be.at.least(2);
  });
});
