import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import type { PortaalLogin } from './login.js';
import {
  $,
  account,
  announced,
  deepActive,
  field,
  fill,
  idle,
  input,
  passCredentials,
  paste,
  submitButton,
  testBackend,
  text,
  spokenText,
  typeCode,
  until,
  visibleText,
  wrongTotpCode,
  type TestBackend,
} from '../testing/helpers.js';

async function atSecondFactor(key: 'full' | 'multi-org' | 'email-code', lang = 'en-GB') {
  const t = testBackend();
  const el = await fixture<PortaalLogin>(html`<portaal-login lang=${lang} .adapter=${t.adapter} .clock=${t.clock} support-href="https://support.example/login"></portaal-login>`);
  const { email, password } = account(key);
  await passCredentials(el, email, password);
  expect(el.step).to.equal('second-factor');
  return { t, el, email };
}

const verifyCalls = (t: TestBackend) => t.calls.filter((call) => call === 'verifySecondFactor').length;
const codeError = (el: PortaalLogin) => field(el, 'code').error;

describe('<portaal-login>: code from the authenticator app', () => {
  it('asks for the code in one labelled numeric one-time-code input, and is accessible', async () => {
    const { el } = await atSecondFactor('full', 'de-BE');
    const code = input(el, 'code');
    expect(code.autocomplete).to.equal('one-time-code');
    expect(code.inputMode).to.equal('numeric');
    expect(code.labels?.[0]?.textContent?.trim()).to.equal('Bestätigungscode');
    expect(deepActive()).to.equal(code);
    expect($(el, '#switch'), 'no e-mail option for a user without it').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('turns a pasted "123 456", "123-456" or " 123456 " into 123456 and submits it once', async () => {
    const { t, el } = await atSecondFactor('full');
    for (const [pasted, count] of [['123 456', 1], ['123-456', 2], [' 123456 ', 3]] as const) {
      // Select what is there, as a user does before pasting over it.
      input(el, 'code').select();
      const event = paste(el, 'code', pasted);
      expect(event.defaultPrevented).to.equal(true);
      await until(el, () => verifyCalls(t) === count && idle(el), `the answer to ${pasted}`);
      expect(codeError(el)).to.contain('This code is not correct.');
      expect(input(el, 'code').value).to.equal('123456');
    }
    expect(verifyCalls(t)).to.equal(3);
  });

  it('submits when the sixth digit is typed, not before, and not again', async () => {
    const { t, el, email } = await atSecondFactor('full');
    const code = (await t.backend.debugTotpCode(email))!;
    input(el, 'code').focus();
    await sendKeys({ type: `${code.slice(0, 2)} ${code.slice(2, 5)}` });
    await el.updateComplete;
    expect(input(el, 'code').value, 'the space is dropped').to.equal(code.slice(0, 5));
    expect(verifyCalls(t)).to.equal(0);
    await sendKeys({ type: `${code.slice(5)}7` });
    await until(el, () => el.step === 'done');
    expect(verifyCalls(t)).to.equal(1);
  });

  it('explains a wrong code with the tries left and the real portals’ help, keeps it selected', async () => {
    const { t, el, email } = await atSecondFactor('full');
    const wrong = await wrongTotpCode(t, email);
    await fill(el, 'code', wrong);
    await until(el, () => Boolean(codeError(el)));
    expect(codeError(el)).to.equal('This code is not correct. You have 4 attempts left.');
    expect(input(el, 'code').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'code').value).to.equal(wrong);
    expect(deepActive()).to.equal(input(el, 'code'));
    expect([input(el, 'code').selectionStart, input(el, 'code').selectionEnd]).to.deep.equal([0, 6]);
    await until(el, () => announced().includes('4 attempts left'), 'the announcement');
    const tips = $<HTMLDetailsElement>(el, '[part~="tips"]')!;
    expect(tips.open).to.equal(true);
    expect(text(tips)).to.contain('Check that the clock of your phone is right');
    expect(text(tips)).to.contain('Use the most recent code');
    expect(text(tips)).to.contain('Your administrator can reset');
    expect($<HTMLAnchorElement>(el, '[part~="support"]')!.href).to.equal('https://support.example/login');
    await expect(el).to.be.accessible();

    await fill(el, 'code', (await t.backend.debugTotpCode(email))!);
    await until(el, () => el.step === 'done');
  });

  it('says an incomplete code needs six digits without asking the back end', async () => {
    const { t, el } = await atSecondFactor('full');
    await fill(el, 'code', '1234');
    submitButton(el).click();
    await el.updateComplete;
    expect(codeError(el)).to.equal('Enter all 6 digits of the code.');
    expect(verifyCalls(t)).to.equal(0);
  });
});

describe('<portaal-login>: code by e-mail', () => {
  it('sends a code when the user asks for one instead, with a visible countdown before another', async () => {
    const { t, el, email } = await atSecondFactor('multi-org');
    const switchButton = $<HTMLButtonElement>(el, '#switch')!;
    expect(text(switchButton)).to.equal('Send me a code by e-mail instead');
    switchButton.click();
    await until(el, () => Boolean(t.backend.debugLastEmail(email, 'email-code')) && !el.shadowRoot!.textContent!.includes('Sending'));
    expect(text($(el, '#heading'))).to.equal('Check your e-mail');
    expect(text($(el, '[part~="intro"]'))).to.match(/^We sent a 6-digit code to m•••@dubois-consult\.example\. It is valid until \d\d:\d\d\.$/);
    const resend = $<HTMLButtonElement>(el, '#resend')!;
    expect(resend.disabled).to.equal(true);
    expect(visibleText($(el, '[part~="resend"] .hint'))).to.equal('You can ask for a new code in 0:30.');
    expect(spokenText($(el, '[part~="resend"] .hint'))).to.equal('You can ask for a new code in 30 seconds.');
    await expect(el).to.be.accessible();

    t.clock.tick(12_000);
    await el.updateComplete;
    expect(text($(el, '[part~="resend"] .countdown'))).to.equal('0:18');
    t.clock.tick(18_000);
    await el.updateComplete;
    expect(resend.disabled).to.equal(false);
    expect($(el, '[part~="resend"] .hint')).to.equal(null);

    // A new code replaces the old one.
    const mails = () => t.backend.debugOutbox.filter((mail) => mail.to === email && mail.kind === 'email-code');
    const first = mails()[0]!.code!;
    resend.click();
    await until(el, () => mails().length === 2 && idle(el), 'the second e-mail');
    const second = mails()[1]!.code!;
    await until(el, () => announced().includes('A new code was sent'), 'the announcement');
    expect(deepActive()).to.equal(input(el, 'code'));
    await typeCode(el, first);
    await until(el, () => Boolean(codeError(el)));
    expect(codeError(el)).to.contain('This code is not correct.');
    await typeCode(el, second);
    await until(el, () => el.step === 'done');
  });

  it('sends the code at once to a user who only has e-mail, and refuses it once expired', async () => {
    const { t, el, email } = await atSecondFactor('email-code', 'nl-BE');
    await until(el, () => Boolean(t.backend.debugLastEmail(email, 'email-code')) && !$(el, '[part~="intro"][role="status"]'));
    expect($(el, '#switch'), 'no authenticator app to switch to').to.equal(null);
    const code = t.backend.debugLastEmail(email, 'email-code')!.code!;
    t.clock.tick(10 * 60_000 + 1000);
    await el.updateComplete;
    expect(text($(el, '[part~="intro"]'))).to.equal('Deze code is verlopen. Vraag een nieuwe code aan.');
    await fill(el, 'code', code);
    await until(el, () => Boolean(codeError(el)));
    expect(codeError(el)).to.contain('Deze code is niet juist.');
    expect(el.step).to.equal('second-factor');
  });
});

describe('<portaal-login>: locked after too many wrong codes', () => {
  it('counts TOTP and e-mail codes together, shows the time left and refuses input until then', async () => {
    const { t, el, email } = await atSecondFactor('multi-org');
    for (let attempt = 1; attempt <= 3; attempt++) {
      await typeCode(el, await wrongTotpCode(t, email));
      await until(el, () => verifyCalls(t) === attempt && idle(el));
    }
    $<HTMLButtonElement>(el, '#switch')!.click();
    await until(el, () => Boolean(t.backend.debugLastEmail(email, 'email-code')));
    for (let attempt = 4; attempt <= 5; attempt++) {
      await typeCode(el, attempt === 4 ? '000001' : '000002');
      await until(el, () => verifyCalls(t) === attempt && idle(el));
    }
    const lock = $(el, '#lock')!;
    expect(visibleText(lock)).to.equal('Too many attempts For your security, logging in is blocked for a moment. You can try again in 5:00.');
    expect(spokenText(lock)).to.equal('Too many attempts For your security, logging in is blocked for a moment. You can try again in 5 minutes.');
    expect(deepActive()).to.equal(lock);
    expect(input(el, 'code').disabled).to.equal(true);
    expect($<HTMLButtonElement>(el, '#resend')!.disabled).to.equal(true);
    await until(el, () => announced().includes('Too many attempts'), 'the announcement');
    await expect(el).to.be.accessible();

    t.clock.tick(61_000);
    await el.updateComplete;
    expect(text($(el, '#lock .countdown'))).to.equal('3:59');
    // Even a submit forced by script goes nowhere while locked.
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    await el.updateComplete;
    expect(verifyCalls(t)).to.equal(5);

    t.clock.tick(240_000);
    await el.updateComplete;
    expect(text($(el, '#lock'))).to.equal('You can try again now.');
    expect(input(el, 'code').disabled).to.equal(false);
    $<HTMLButtonElement>(el, '#switch')!.click(); // back to the app
    await el.updateComplete;
    await typeCode(el, (await t.backend.debugTotpCode(email))!);
    await until(el, () => el.step === 'done');
  });

  it('shows a lockout met at the password step, and lets the button work again afterwards', async () => {
    const { t, el, email } = await atSecondFactor('full');
    for (let attempt = 1; attempt <= 5; attempt++) {
      await typeCode(el, await wrongTotpCode(t, email));
      await until(el, () => verifyCalls(t) === attempt && (Boolean(codeError(el)) || Boolean($(el, '#lock'))));
    }
    $<HTMLButtonElement>(el, '#restart')!.click();
    await el.updateComplete;
    await passCredentials(el, email, account('full').password);
    expect(el.step).to.equal('credentials');
    expect(text($(el, '#lock'))).to.contain('You can try again in 5:00');
    expect($(el, 'portaal-button.submit')!.hasAttribute('disabled')).to.equal(true);
    t.clock.tick(300_000);
    await el.updateComplete;
    expect($(el, 'portaal-button.submit')!.hasAttribute('disabled')).to.equal(false);
  });
});
