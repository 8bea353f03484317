import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../define.js';
import type { PortaalLogin } from './login.js';
import {
  $,
  account,
  deepActive,
  field,
  fill,
  idle,
  input,
  passCredentials,
  submitButton,
  testBackend,
  text,
  until,
  type TestBackend,
} from '../testing/helpers.js';

async function requestLink(t: TestBackend, email: string, lang = 'en-GB') {
  const el = await fixture<PortaalLogin>(html`<portaal-login lang=${lang} .adapter=${t.adapter} .clock=${t.clock}></portaal-login>`);
  await fill(el, 'email', email);
  $<HTMLButtonElement>(el, '#forgot')!.click();
  await el.updateComplete;
  expect(el.step).to.equal('reset-request');
  submitButton(el).click();
  await until(el, () => el.step === 'reset-sent' || (idle(el) && Boolean($(el, '[role="alert"]'))));
  return el;
}

/** The step's words with the address taken out, to compare two answers. */
const answer = (el: PortaalLogin, email: string) => `${el.step}|${text(el.shadowRoot).replace(email, '<address>')}`;

async function openLink(t: TestBackend, token: string) {
  return fixture<PortaalLogin>(html`<portaal-login lang="en-GB" reset-token=${token} .adapter=${t.adapter} .clock=${t.clock}></portaal-login>`);
}

describe('<portaal-login>: forgot password', () => {
  it('answers the same whether or not the address is known, and only a known one gets a link', async () => {
    const t = testBackend();
    const known = account('full').email;
    const unknown = 'nobody@peeters-transport.example';
    const first = await requestLink(t, known);
    expect(deepActive()).to.equal($(first, '#heading'));
    await expect(first).to.be.accessible();
    const second = await requestLink(t, unknown);
    expect(answer(second, unknown)).to.equal(answer(first, known));
    expect(text($(first, '[part~="intro"]'))).to.contain(known);
    expect(t.backend.debugLastEmail(known, 'password-reset')).to.exist;
    expect(t.backend.debugLastEmail(unknown, 'password-reset')).to.equal(undefined);
  });

  it('starts from the address typed at login, with focus in the field, in the user’s language', async () => {
    const t = testBackend();
    const el = await fixture<PortaalLogin>(html`<portaal-login lang="de-BE" .adapter=${t.adapter} .clock=${t.clock}></portaal-login>`);
    await fill(el, 'email', 'an.peeters@peeters-transport.example');
    $<HTMLButtonElement>(el, '#forgot')!.click();
    await el.updateComplete;
    expect(text($(el, '#heading'))).to.equal('Passwort vergessen?');
    expect(input(el, 'reset-email').value).to.equal('an.peeters@peeters-transport.example');
    expect(input(el, 'reset-email').autocomplete).to.equal('username');
    expect(deepActive()).to.equal(input(el, 'reset-email'));
    await expect(el).to.be.accessible();
  });
});

describe('<portaal-login>: choosing a new password from the link', () => {
  async function link(t: TestBackend, email = account('full').email) {
    await t.adapter.auth.requestPasswordReset(email);
    return t.backend.debugLastEmail(email, 'password-reset')!.token!;
  }

  it('shows the rules live and checks them before sending', async () => {
    const t = testBackend();
    const el = await openLink(t, await link(t));
    expect(el.step).to.equal('reset-form');
    expect(input(el, 'new-password').autocomplete).to.equal('new-password');
    const rules = () => [...el.shadowRoot!.querySelectorAll('[part~="rules"] li')].map((li) => `${li.className}: ${text(li)}`);
    expect(rules()).to.deep.equal([
      'unmet: has at least 12 characters (not yet)',
      'unmet: mixes at least 3 of: lowercase, capitals, digits, symbols (not yet)',
    ]);
    await fill(el, 'new-password', 'korter');
    submitButton(el).click();
    await el.updateComplete;
    expect(field(el, 'new-password').error).to.equal('This password does not follow the rules below yet.');
    expect(t.calls).not.to.include('resetPassword');
    await expect(el).to.be.accessible();

    await fill(el, 'new-password', 'veel-langer-wachtwoord');
    expect(field(el, 'new-password').error, 'typing clears the error').to.equal('');
    expect(rules()[0]).to.equal('met: has at least 12 characters (done)');
    expect(rules()[1]).to.contain('unmet');
    await fill(el, 'new-password', 'Veel-langer-wachtwoord');
    expect(rules()[1]).to.equal('met: mixes at least 3 of: lowercase, capitals, digits, symbols (done)');
  });

  it('explains the back end’s objections in the user’s words', async () => {
    const t = testBackend();
    const el = await openLink(t, await link(t));
    await fill(el, 'new-password', 'An.Peeters-2026!');
    submitButton(el).click();
    await until(el, () => idle(el) && Boolean(field(el, 'new-password').error));
    expect(field(el, 'new-password').error).to.equal('Do not use your e-mail address in your password.');
    await fill(el, 'new-password', account('full').password);
    submitButton(el).click();
    await until(el, () => idle(el) && field(el, 'new-password').error.includes('current'));
    expect(field(el, 'new-password').error).to.equal('Choose a password that differs from your current one.');
  });

  it('saves the new password without logging in; the user then logs in with it', async () => {
    const t = testBackend();
    const { email } = account('full');
    const el = await openLink(t, await link(t));
    let loggedIn = false;
    el.addEventListener('portaal-login-success', () => (loggedIn = true));
    const reset = oneEvent(el, 'portaal-password-reset');
    await fill(el, 'new-password', 'Nieuw-Wachtwoord-2026');
    submitButton(el).click();
    await reset;
    await until(el, () => el.step === 'reset-done');
    expect(deepActive()).to.equal($(el, '#heading'));
    expect(loggedIn).to.equal(false);
    expect(await t.adapter.auth.getSession()).to.equal(null);
    await expect(el).to.be.accessible();

    $<HTMLElement>(el, '#to-login')!.click();
    await el.updateComplete;
    expect(el.step).to.equal('credentials');
    expect(el.resetToken).to.equal('');
    await passCredentials(el, email, 'Nieuw-Wachtwoord-2026');
    expect(el.step).to.equal('second-factor');
  });

  it('says so when the link was used already, and offers a new one', async () => {
    const t = testBackend();
    const token = await link(t);
    await t.adapter.auth.resetPassword(token, 'Eerste-Nieuw-2026!');
    const el = await openLink(t, token);
    await fill(el, 'new-password', 'Tweede-Nieuw-2026!');
    submitButton(el).click();
    await until(el, () => el.step === 'reset-invalid');
    expect(text($(el, '#heading'))).to.equal('This link no longer works');
    expect(deepActive()).to.equal($(el, '#heading'));
    await expect(el).to.be.accessible();
    $<HTMLElement>(el, '#request-new')!.click();
    await el.updateComplete;
    expect(el.step).to.equal('reset-request');
  });

  it('follows the reset-token attribute set later, e.g. by a router', async () => {
    const t = testBackend();
    const el = await fixture<PortaalLogin>(html`<portaal-login lang="en-GB" .adapter=${t.adapter}></portaal-login>`);
    el.setAttribute('reset-token', await link(t));
    await el.updateComplete;
    expect(el.step).to.equal('reset-form');
    expect(deepActive()).to.equal(input(el, 'new-password'));
    el.removeAttribute('reset-token');
    await el.updateComplete;
    expect(el.step).to.equal('credentials');
  });
});
