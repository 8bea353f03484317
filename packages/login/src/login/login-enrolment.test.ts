import { expect, fixture, html } from '@open-wc/testing';
import { generate } from 'otplib';
import type { EnrolmentStart } from '@portaal/core';
import '../define.js';
import type { PortaalLogin } from './login.js';
import type { PortaalQrCode } from '../qr-code/qr-code.js';
import {
  $,
  account,
  deepActive,
  everythingIn,
  field,
  idle,
  input,
  passCredentials,
  recordConsole,
  testBackend,
  text,
  typeCode,
  until,
  type TestBackend,
} from '../testing/helpers.js';

async function atEnrolment(key: 'must-enrol' | 'may-postpone', lang = 'en-GB', t: TestBackend = testBackend()) {
  const el = await fixture<PortaalLogin>(html`<portaal-login lang=${lang} .adapter=${t.adapter} .clock=${t.clock}></portaal-login>`);
  const { email, password } = account(key);
  await passCredentials(el, email, password);
  expect(el.step).to.equal('enrolment');
  await until(el, () => idle(el) && Boolean($(el, '#code')), 'the enrolment to start');
  return { t, el, email };
}

const shownKey = (el: PortaalLogin) => text($(el, '[part~="key"]')).replace(/\s/g, '');
const qrLoaded = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('qrcode'));

/** What the user's authenticator app shows once the key is in it. */
const appCode = (secret: string, t: TestBackend) =>
  generate({ secret, epoch: Math.floor(t.clock.now() / 1000), period: 30, digits: 6, algorithm: 'sha1' });

/** Reads the dark modules back from the drawn SVG path (`M{x} {y}h1v1h-1z`, quiet zone of 4). */
function drawnModules(qr: PortaalQrCode): { size: number; dark: Set<string> } {
  const svg = qr.shadowRoot!.querySelector('svg')!;
  const size = Number(svg.getAttribute('viewBox')!.split(' ')[2]) - 8;
  const d = svg.querySelector('path')!.getAttribute('d')!;
  return { size, dark: new Set([...d.matchAll(/M(\d+) (\d+)/g)].map(([, x, y]) => `${Number(y) - 4},${Number(x) - 4}`)) };
}

describe('<portaal-login>: setting up two-step verification', () => {
  it('loads the QR library only at this step and draws the QR of the key shown as text', async () => {
    performance.clearResourceTimings(); // the test runner's own modules fill the buffer
    const t = testBackend();
    const el = await fixture<PortaalLogin>(html`<portaal-login lang="en-GB" .adapter=${t.adapter} .clock=${t.clock}></portaal-login>`);
    expect(qrLoaded(), 'not on the login step').to.equal(false);
    const { email, password } = account('must-enrol');
    await passCredentials(el, email, password);
    const qr = $<PortaalQrCode>(el, 'portaal-qr-code')!;
    await until(el, () => Boolean(qr.modules), 'the QR code');
    expect(qrLoaded()).to.equal(true);
    expect(deepActive()).to.equal($(el, '#heading'));

    // The image encodes exactly the otpauth URI the back end gave (QR encoding is deterministic)…
    const QRCode = await import('qrcode');
    const start = t.answers.get('startEnrolment') as EnrolmentStart & { method: 'totp' };
    const expected = QRCode.create(start.otpauthUri, { errorCorrectionLevel: 'M' }).modules;
    const drawn = drawnModules(qr);
    expect(drawn.size).to.equal(expected.size);
    for (let row = 0; row < expected.size; row++) {
      for (let col = 0; col < expected.size; col++) {
        expect(drawn.dark.has(`${row},${col}`), `module ${row},${col}`).to.equal(Boolean(expected.get(row, col)));
      }
    }
    // …and that URI carries the same secret as the key shown for typing by hand.
    const uri = new URL(start.otpauthUri);
    expect(uri.protocol).to.equal('otpauth:');
    expect(uri.host).to.equal('totp');
    expect(uri.searchParams.get('secret')).to.equal(shownKey(el));
    expect(text($(el, '[part~="key"]'))).to.match(/^(\S{4} )+\S{1,4}$/);
    expect(qr.shadowRoot!.querySelector('svg')!.getAttribute('role')).to.equal('img');
    expect(qr.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.equal('QR code to add your account to an authenticator app');
    await expect(el).to.be.accessible();
  });

  it('activates the factor only after a valid first code, and then leaves no key or code behind', async () => {
    const { t, el, email } = await atEnrolment('must-enrol');
    const consoleOutput = recordConsole();
    try {
      const key = shownKey(el);
      await typeCode(el, '000000' === (await appCode(key, t)) ? '111111' : '000000');
      await until(el, () => idle(el) && Boolean(field(el, 'code').error));
      expect(field(el, 'code').error).to.contain('This code is not correct.');
      expect(t.backend.debugTotpSecret(email), 'not active after a wrong code').to.equal(null);

      const code = await appCode(key, t);
      await typeCode(el, code);
      await until(el, () => el.step === 'done');
      expect(t.backend.debugTotpSecret(email)).to.equal(key);
      const page = everythingIn(document.body);
      expect(page).not.to.contain(key);
      expect(page).not.to.contain(code);
      expect($(el, 'portaal-qr-code')).to.equal(null);
      expect(consoleOutput.output.join('\n')).not.to.contain(key);
      expect(consoleOutput.output.join('\n')).not.to.contain(code);
    } finally {
      consoleOutput.stop();
    }
  });

  it('does not accept the code that confirmed the set-up as the first login code', async () => {
    const { t, el, email } = await atEnrolment('must-enrol');
    const key = shownKey(el);
    const code = await appCode(key, t);
    await typeCode(el, code);
    await until(el, () => el.step === 'done');
    el.restart();
    await el.updateComplete;
    await passCredentials(el, email, account('must-enrol').password);
    expect(el.step).to.equal('second-factor');
    await typeCode(el, code);
    await until(el, () => idle(el) && Boolean(field(el, 'code').error));
    expect(field(el, 'code').error).to.contain('This code is not correct.');
  });

  it('copies the key for an app on the same device', async () => {
    const { el } = await atEnrolment('must-enrol', 'nl-BE');
    let copied = '';
    const clipboard = navigator.clipboard;
    Object.defineProperty(clipboard, 'writeText', { configurable: true, value: async (value: string) => void (copied = value) });
    try {
      $<HTMLElement>(el, '#copy')!.click();
      await until(el, () => text($(el, '.copy-status')) !== '');
      expect(copied).to.equal(shownKey(el));
      expect(text($(el, '.copy-status'))).to.equal('Sleutel gekopieerd.');
      expect($(el, '.copy-status')!.getAttribute('role')).to.equal('status');
    } finally {
      delete (clipboard as unknown as Record<string, unknown>).writeText;
    }
  });

  it('offers codes by e-mail instead, active once the e-mailed code is confirmed', async () => {
    const { t, el, email } = await atEnrolment('must-enrol', 'fr-BE');
    const other = $<HTMLButtonElement>(el, '#switch')!;
    expect(text(other)).to.equal('Pas de smartphone ? Recevez plutôt les codes par e-mail');
    other.click();
    await until(el, () => idle(el) && Boolean(t.backend.debugLastEmail(email, 'email-code')) && Boolean($(el, '#code')));
    expect($(el, 'portaal-qr-code')).to.equal(null);
    expect(text(el.shadowRoot)).to.contain('y•••@bos-brussels.example');
    expect($<HTMLButtonElement>(el, '#resend')!.disabled).to.equal(true);
    expect(deepActive()).to.equal(input(el, 'code'));
    await expect(el).to.be.accessible();
    await typeCode(el, t.backend.debugLastEmail(email, 'email-code')!.code!);
    await until(el, () => el.step === 'done');
    const session = await t.adapter.auth.getSession();
    expect(session?.user.secondFactors).to.deep.equal(['email']);
  });

  it('lets a user postpone until the deadline, reminds at every login, and insists after it', async () => {
    const t = testBackend();
    const { el } = await atEnrolment('may-postpone', 'nl-BE', t);
    const reminder = $(el, '[part~="reminder"]')!;
    expect(text(reminder)).to.match(/^U kunt dit uitstellen tot \d\d\/\d\d\/2026\. /);
    await expect(el).to.be.accessible();
    $<HTMLElement>(el, '#postpone')!.click();
    await until(el, () => el.step === 'done');
    expect(t.calls).to.include('postponeEnrolment');

    // The next login reminds again.
    const again = await atEnrolment('may-postpone', 'nl-BE', t);
    expect($(again.el, '#postpone')).to.exist;

    // After the deadline there is no "later" any more.
    t.clock.tick(31 * 24 * 3600_000);
    const late = await atEnrolment('may-postpone', 'nl-BE', t);
    expect($(late.el, '#postpone')).to.equal(null);
    expect($(late.el, '[part~="reminder"]')).to.equal(null);
  });
});
