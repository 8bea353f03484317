import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PortaalProvider } from '@portaal/core';
import '@portaal/core/define';
import '../define.js';
import type { PortaalLogin } from './login.js';
import {
  $,
  account,
  announced,
  deepActive,
  everythingIn,
  field,
  fill,
  input,
  passCredentials,
  recordConsole,
  submitButton,
  testBackend,
  text,
  until,
  type TestBackend,
} from '../testing/helpers.js';

async function renderLogin(t: TestBackend, lang = 'en-GB') {
  return fixture<PortaalLogin>(html`<portaal-login lang=${lang} .adapter=${t.adapter} .clock=${t.clock}></portaal-login>`);
}

describe('<portaal-login>: e-mail and password', () => {
  it('is a real form password managers recognise, accessible, with a notice after an idle logout', async () => {
    const t = testBackend();
    const el = await fixture<PortaalLogin>(
      html`<portaal-login lang="nl-BE" notice="session-expired" .adapter=${t.adapter} .clock=${t.clock}></portaal-login>`,
    );
    expect(el.step).to.equal('credentials');
    expect(el.getAttribute('step')).to.equal('credentials');
    expect(text($(el, '#heading'))).to.equal('Aanmelden');
    expect(input(el, 'email').autocomplete).to.equal('username');
    expect(input(el, 'email').type).to.equal('email');
    expect(input(el, 'password').autocomplete).to.equal('current-password');
    expect(input(el, 'password').labels?.[0]?.textContent?.trim()).to.equal('Wachtwoord');
    expect($(el, 'form')).to.exist;
    expect(text($(el, '[part~="notice"]'))).to.contain('niet actief');
    await expect(el).to.be.accessible();
  });

  it('gives the same message for an unknown e-mail and a wrong password, tied to the field, and keeps the input', async () => {
    const t = testBackend();
    const el = await renderLogin(t);
    const { email } = account('full');

    await passCredentials(el, email, 'wrong-password');
    const wrongPassword = field(el, 'password').error;
    expect(wrongPassword).to.equal('The e-mail address or password is not correct.');
    expect(input(el, 'password').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'password').getAttribute('aria-describedby')).to.contain('error');
    expect(input(el, 'email').value).to.equal(email);
    expect(input(el, 'password').value).to.equal('wrong-password');
    await until(el, () => announced().includes(wrongPassword), 'the announcement');
    expect(deepActive()).to.equal(input(el, 'password'));
    await expect(el).to.be.accessible();

    await passCredentials(el, 'nobody@nowhere.example', account('full').password);
    expect(field(el, 'password').error).to.equal(wrongPassword);
    expect(el.step).to.equal('credentials');
  });

  it('submits once, however often it is clicked or Enter is pressed while the request runs', async () => {
    const t = testBackend();
    t.backend.setLatency(500); // long enough for the clicks and the key press below to land while it runs
    const el = await renderLogin(t);
    const { email, password } = account('full');
    await fill(el, 'email', email);
    await fill(el, 'password', password);
    submitButton(el).click();
    submitButton(el).click();
    input(el, 'password').focus();
    await sendKeys({ press: 'Enter' });
    submitButton(el).click();
    await el.updateComplete;
    expect($(el, 'portaal-button.submit')!.hasAttribute('loading')).to.equal(true);
    await until(el, () => el.step === 'second-factor');
    expect(t.calls.filter((call) => call === 'login')).to.have.length(1);
  });

  it('submits with Enter and checks the e-mail address before asking the back end', async () => {
    const t = testBackend();
    const el = await renderLogin(t);
    input(el, 'email').focus();
    await sendKeys({ type: 'an.peeters@' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(field(el, 'email').error).to.equal('Enter an e-mail address like name@example.com.');
    expect(field(el, 'password').error).to.equal('Fill in this field.');
    expect(t.calls).to.deep.equal([]);
    expect(deepActive()).to.equal(input(el, 'email'));
    await expect(el).to.be.accessible();

    await sendKeys({ type: 'peeters-transport.example' });
    input(el, 'password').focus();
    await sendKeys({ type: account('full').password });
    await sendKeys({ press: 'Enter' });
    await until(el, () => el.step === 'second-factor');
    expect(t.calls).to.deep.equal(['login']);
  });

  it('shows a network failure without losing what was typed', async () => {
    const t = testBackend();
    const el = await renderLogin(t);
    t.backend.failNext('network', 'auth.login');
    const { email, password } = account('full');
    await passCredentials(el, email, password);
    expect(text($(el, '[role="alert"]'))).to.equal('Check your connection and try again.');
    expect(input(el, 'email').value).to.equal(email);
    expect(input(el, 'password').value).to.equal(password);
    submitButton(el).click();
    await until(el, () => el.step === 'second-factor');
  });

  it('tells the provider who logged in, and leaves no password or code in the page or the console', async () => {
    const t = testBackend();
    const provider = await fixture<PortaalProvider>(
      html`<portaal-provider locale="fr-BE" .adapter=${t.adapter}><portaal-login .clock=${t.clock}></portaal-login></portaal-provider>`,
    );
    const el = provider.querySelector('portaal-login')!;
    await el.updateComplete; // the fixture waits for the provider; the login for its French texts too
    const { email, password } = account('full');
    const consoleOutput = recordConsole();
    try {
      await passCredentials(el, email, password);
      expect(text($(el, '#heading'))).to.equal('Vérification en deux étapes');
      expect(deepActive()).to.equal(input(el, 'code'));
      const code = (await t.backend.debugTotpCode(email))!;
      const success = oneEvent(document, 'portaal-login-success');
      await fill(el, 'code', code);
      const event = await success;
      expect(event.composed).to.equal(true);
      expect(event.detail.session.user.email).to.equal(email);
      await until(el, () => provider.session?.user.email === email, 'the provider’s session');
      expect(el.step).to.equal('done');
      expect(text($(el, '[part~="done"]'))).to.equal('Vous êtes connecté.');
      expect(deepActive()).to.equal($(el, '#done'));
      const page = everythingIn(document.body);
      expect(page).not.to.contain(password);
      expect(page).not.to.contain(code);
      expect(consoleOutput.output.join('\n')).not.to.contain(password);
      expect(consoleOutput.output.join('\n')).not.to.contain(code);
      await expect(el).to.be.accessible();
    } finally {
      consoleOutput.stop();
    }
  });

  it('speaks every language of the portal', async () => {
    const t = testBackend();
    const headings: Record<string, string> = {};
    for (const lang of ['nl-BE', 'fr-BE', 'de-BE', 'en-GB']) {
      const el = await renderLogin(t, lang);
      headings[lang] = `${text($(el, '#heading'))} / ${input(el, 'password').labels?.[0]?.textContent?.trim()} / ${text($(el, '#forgot'))}`;
    }
    expect(headings).to.deep.equal({
      'nl-BE': 'Aanmelden / Wachtwoord / Wachtwoord vergeten of meldt u zich voor het eerst aan?',
      'fr-BE': 'Se connecter / Mot de passe / Mot de passe oublié ou première connexion ?',
      'de-BE': 'Anmelden / Passwort / Passwort vergessen oder zum ersten Mal hier?',
      'en-GB': 'Log in / Password / Forgot your password or logging in for the first time?',
    });
  });

  it('starts again when a login takes longer than the back end allows', async () => {
    const t = testBackend();
    const el = await renderLogin(t);
    const { email, password } = account('full');
    await passCredentials(el, email, password);
    t.clock.tick(16 * 60_000);
    await fill(el, 'code', (await t.backend.debugTotpCode(email))!);
    await until(el, () => el.step === 'credentials');
    expect(text($(el, '[role="alert"]'))).to.equal('Your login took too long. Log in again.');
    expect(input(el, 'email').value).to.equal(email);
    expect(input(el, 'password').value, 'the password is not kept once used').to.equal('');
    expect(deepActive()).to.equal($(el, '#heading'));
  });

  it('goes back to the first step with "Back to log in", focus on its heading', async () => {
    const t = testBackend();
    const el = await renderLogin(t);
    const { email, password } = account('full');
    await passCredentials(el, email, password);
    $<HTMLButtonElement>(el, '#restart')!.click();
    await el.updateComplete;
    expect(el.step).to.equal('credentials');
    expect(deepActive()).to.equal($(el, '#heading'));
    expect(input(el, 'email').value).to.equal(email);
  });
});
