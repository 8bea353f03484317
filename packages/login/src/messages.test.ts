import { expect, fixture, html } from '@open-wc/testing';
import { missingKeys, registerMessages, translate } from '@portaal/core';
import type { PasswordProblem } from '@portaal/mock';
import { en, loginMessages } from './messages.js';

describe('login messages', () => {
  it('are complete in nl, fr and de', () => {
    expect(missingKeys(loginMessages)).to.deep.equal([]);
  });

  it('cover every notice and every password rule the back end reports', () => {
    // The mock is the reference back end: a new rule there fails to compile here until it has a message.
    const problems = { too_short: 1, too_long: 1, contains_email: 1, too_simple: 1, same_as_current: 1 } satisfies Record<PasswordProblem, 1>;
    for (const problem of Object.keys(problems)) expect(en).to.have.property(`login.password.error.${problem}`);
    for (const notice of ['session-expired', 'logged-out']) expect(en).to.have.property(`login.notice.${notice}`);
  });

  it('are registered when the first element is created, without undoing an integrator’s rewording', async () => {
    expect(translate('en', 'login.credentials.title'), 'nothing registered at import').to.equal('login.credentials.title');
    registerMessages({ en: { 'login.credentials.title': 'Sign in to Acme Insurance' }, nl: {}, fr: {}, de: {} });
    await import('./define.js');
    const el = await fixture<HTMLElement>(html`<portaal-login lang="en"></portaal-login>`);
    expect(el.shadowRoot!.querySelector('#heading')!.textContent).to.equal('Sign in to Acme Insurance');
    expect(translate('nl-BE', 'login.credentials.title')).to.equal('Aanmelden');
  });
});
