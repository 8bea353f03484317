import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PortaalDialog, PortaalProvider, Session } from '@portaal/core';
import { signInDemoAccount } from '@portaal/mock';
import '@portaal/core/define';
import '../define.js';
import type { PortaalSessionTimeout } from './session-timeout.js';
import { announced, deepActive, spokenText, testBackend, until, visibleText, type TestBackend } from '../testing/helpers.js';

const MINUTE = 60_000;

function logIn(t: TestBackend): Promise<Session> {
  return signInDemoAccount(t.backend, t.adapter, 'full');
}

/** A logged-in portal page with the idle timeout in it, on a clock the test moves. */
async function portal(channel = `test-${Math.random()}`) {
  const t = testBackend();
  await logIn(t);
  const provider = await fixture<PortaalProvider>(html`<portaal-provider locale="en-GB" .adapter=${t.adapter}>
    <portaal-session-timeout channel=${channel} .clock=${t.clock}></portaal-session-timeout>
  </portaal-provider>`);
  await until(provider, () => provider.session !== null, 'the session');
  const timeout = provider.querySelector('portaal-session-timeout')!;
  await timeout.updateComplete;
  return { t, provider, timeout, channel };
}

const dialog = (timeout: PortaalSessionTimeout) => timeout.shadowRoot!.querySelector<PortaalDialog>('portaal-dialog');
const warningShown = (timeout: PortaalSessionTimeout) => Boolean(dialog(timeout)?.open);
/** The portaal-button that has focus (focus sits on the native button in its shadow root). */
const focusedButton = () => (deepActive()?.getRootNode() as ShadowRoot | undefined)?.host;
const settle = () => new Promise((resolve) => setTimeout(resolve));
const button = (timeout: PortaalSessionTimeout, part: 'stay' | 'logout') =>
  timeout.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`)!;

async function tick(t: TestBackend, timeout: PortaalSessionTimeout, ms: number) {
  t.clock.tick(ms);
  await timeout.updateComplete;
}

/** Waits until `channel` delivered what was posted before (delivery follows creation order). */
async function delivered(channel: string, post: (other: BroadcastChannel) => void) {
  const other = new BroadcastChannel(channel);
  const probe = new BroadcastChannel(channel);
  const arrived = new Promise((resolve) => probe.addEventListener('message', resolve, { once: true }));
  post(other);
  await arrived;
  other.close();
  probe.close();
}

describe('<portaal-session-timeout>', () => {
  it('warns 2 minutes before the 30-minute idle timeout, then logs out and tells the provider', async () => {
    const { t, provider, timeout } = await portal();
    await tick(t, timeout, 27 * MINUTE + 59_000);
    expect(warningShown(timeout)).to.equal(false);
    await tick(t, timeout, 1000);
    expect(warningShown(timeout)).to.equal(true);
    const body = timeout.shadowRoot!.querySelector('[part~="body"]');
    expect(visibleText(body)).to.equal('You have not done anything for a while. For your security, you will be logged out in 2:00.');
    expect(spokenText(body)).to.contain('logged out in 2 minutes.');
    await until(timeout, () => focusedButton() === button(timeout, 'stay'), 'focus on "Stay logged in"');
    await until(timeout, () => announced().includes('you will be logged out in 2 minutes'), 'the announcement');
    await expect(provider).to.be.accessible();

    await tick(t, timeout, 61_000);
    expect(visibleText(body)).to.contain('logged out in 0:59.');
    const expired = oneEvent(provider, 'portaal-session-expired');
    await tick(t, timeout, 59_000);
    expect((await expired).detail).to.deep.equal({ reason: 'idle' });
    expect(provider.session).to.equal(null);
    await until(timeout, () => t.calls.includes('logout'), 'the logout on the back end');
    expect(dialog(timeout)).to.equal(null);
    expect(t.clock.pending, 'no timers left').to.equal(0);
  });

  it('counts keyboard and mouse activity, telling the back end at most once a minute', async () => {
    const { t, timeout } = await portal();
    await tick(t, timeout, 20 * MINUTE);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await tick(t, timeout, 0);
    await until(timeout, () => t.answers.has('touch'), 'the answer to the touch');
    await settle();
    await tick(t, timeout, 20 * MINUTE);
    expect(warningShown(timeout), '20 minutes after the activity').to.equal(false);
    expect(t.calls.filter((call) => call === 'touch')).to.have.length(1);
    await tick(t, timeout, 8 * MINUTE);
    expect(warningShown(timeout), '28 minutes after the activity').to.equal(true);
  });

  it('stays logged in with the button (telling the back end), Escape or activity in another tab', async () => {
    const { t, timeout, channel } = await portal();
    await tick(t, timeout, 28 * MINUTE);
    button(timeout, 'stay').click();
    await timeout.updateComplete;
    expect(warningShown(timeout)).to.equal(false);
    await until(timeout, () => t.answers.has('touch'), 'the answer to the touch');
    await settle();
    await tick(t, timeout, 25 * MINUTE);
    expect(await t.adapter.auth.getSession(), 'the back end kept the session').not.to.equal(null);
    expect(warningShown(timeout)).to.equal(false);

    await tick(t, timeout, 3 * MINUTE);
    expect(warningShown(timeout)).to.equal(true);
    await until(timeout, () => focusedButton() === button(timeout, 'stay'), 'focus in the dialog');
    await sendKeys({ press: 'Escape' });
    await timeout.updateComplete;
    expect(warningShown(timeout)).to.equal(false);

    await tick(t, timeout, 28 * MINUTE);
    expect(warningShown(timeout)).to.equal(true);
    await delivered(channel, (other) => other.postMessage({ type: 'activity' }));
    await timeout.updateComplete;
    expect(warningShown(timeout), 'the user is busy in another tab').to.equal(false);
  });

  it('tells other tabs about activity and logs them all out together', async () => {
    const { t, provider, timeout, channel } = await portal();
    const other = new BroadcastChannel(channel);
    const heard: unknown[] = [];
    other.addEventListener('message', (event) => heard.push(event.data));
    try {
      await tick(t, timeout, MINUTE);
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
      await until(timeout, () => heard.length > 0, 'the message to other tabs');
      expect(heard[0]).to.deep.equal({ type: 'activity' });

      await tick(t, timeout, 28 * MINUTE);
      const logout = oneEvent(provider, 'portaal-logout');
      button(timeout, 'logout').click();
      await logout;
      expect(provider.session).to.equal(null);
      await until(timeout, () => heard.some((message) => (message as { type: string }).type === 'logout'), 'the logout message');
    } finally {
      other.close();
    }
  });

  it('logs out when another tab logged out', async () => {
    const { provider, channel } = await portal();
    const logout = oneEvent(provider, 'portaal-logout');
    await delivered(channel, (other) => other.postMessage({ type: 'logout' }));
    await logout;
    expect(provider.session).to.equal(null);
  });

  it('ends the session here when the back end no longer knows it', async () => {
    const { t, provider, timeout } = await portal();
    await t.adapter.auth.logout();
    await tick(t, timeout, MINUTE);
    const expired = oneEvent(provider, 'portaal-session-expired');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    await tick(t, timeout, 0);
    expect((await expired).detail).to.deep.equal({ reason: 'ended' });
  });

  it('works without a provider, with its own session and timings', async () => {
    const t = testBackend();
    const session = await logIn(t);
    const timeout = await fixture<PortaalSessionTimeout>(html`<portaal-session-timeout
      lang="nl-BE"
      idle-timeout="600"
      warn-before="60"
      channel="standalone-test"
      .adapter=${t.adapter}
      .session=${session}
      .clock=${t.clock}
    ></portaal-session-timeout>`);
    await tick(t, timeout, 539_000);
    expect(warningShown(timeout)).to.equal(false);
    await tick(t, timeout, 1000);
    expect(warningShown(timeout)).to.equal(true);
    expect(visibleText(timeout.shadowRoot!.querySelector('[part~="body"]'))).to.equal(
      'U was een tijd niet actief. Voor uw veiligheid wordt u afgemeld over 1:00.',
    );
    expect(dialog(timeout)!.label).to.equal('Bent u er nog?');
    const expired = oneEvent(timeout, 'portaal-session-expired');
    await tick(t, timeout, 60_000);
    await expired;
    timeout.session = null;
    await timeout.updateComplete;
    expect(t.clock.pending).to.equal(0);
  });

  it('counts from the back end’s last activity for a session picked up after a reload', async () => {
    const t = testBackend();
    const session = await logIn(t);
    t.clock.tick(20 * MINUTE); // idle before the reload
    const resumed = { ...session, expiresAt: new Date(t.clock.now() + 10 * MINUTE).toISOString() };
    const timeout = await fixture<PortaalSessionTimeout>(
      html`<portaal-session-timeout channel="reload-test" .adapter=${t.adapter} .session=${resumed} .clock=${t.clock}></portaal-session-timeout>`,
    );
    await tick(t, timeout, 7 * MINUTE + 59_000);
    expect(warningShown(timeout)).to.equal(false);
    await tick(t, timeout, 1000);
    expect(warningShown(timeout)).to.equal(true);
  });
});
