import { expect } from '@open-wc/testing';
import { missingKeys } from '@portaal/core';
import type { PasswordProblem } from '@portaal/mock';
import de from './messages/de.js';
import en from './messages/en.js';
import fr from './messages/fr.js';
import nl from './messages/nl.js';

// Apart from messages.test.ts, which checks that a page fetches only the languages it uses.
describe('login messages', () => {
  it('are complete in nl, fr and de', () => {
    expect(missingKeys({ en, nl, fr, de })).to.deep.equal([]);
  });

  it('cover every notice and every password rule the back end reports', () => {
    // The mock is the reference back end: a new rule there fails to compile here until it has a message.
    const problems = { too_short: 1, too_long: 1, contains_email: 1, too_simple: 1, same_as_current: 1 } satisfies Record<PasswordProblem, 1>;
    for (const problem of Object.keys(problems)) expect(en).to.have.property(`login.password.error.${problem}`);
    for (const notice of ['session-expired', 'logged-out']) expect(en).to.have.property(`login.notice.${notice}`);
  });
});
