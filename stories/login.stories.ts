import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { registerMessages, translate, type Adapter } from '@portaal/core';
import { MockBackend, createMockAdapter, demoAccount, type DemoAccountKey } from '@portaal/mock';
import '@portaal/login/define';
import type { PortaalLogin } from '@portaal/login';
import { $, fill, idle, passCredentials, submitButton, typeCode, until } from '../packages/login/src/testing/helpers.js';

/**
 * Every step of <portaal-login> on a live mock back end. Each story gets a fresh back end (in its
 * loader); its play function walks the element to the state through the element's own UI, the
 * way a user would. From there it stays live: type, paste, wait for the countdowns.
 */

registerMessages({
  en: {
    'story.login.aid': 'Demo aids (the mock back end)',
    'story.login.password': 'Password of every demo account',
    'story.login.code': 'Authenticator code of {email} now',
    'story.login.mail': 'Last e-mail to {email}',
    'story.login.none': 'none yet',
  },
  nl: {
    'story.login.aid': 'Hulp voor de demo (de mock-back-end)',
    'story.login.password': 'Wachtwoord van elk demo-account',
    'story.login.code': 'Code in de authenticatie-app van {email} nu',
    'story.login.mail': 'Laatste e-mail aan {email}',
    'story.login.none': 'nog geen',
  },
  fr: {
    'story.login.aid': 'Aides de démo (le back-end simulé)',
    'story.login.password': 'Mot de passe de chaque compte de démo',
    'story.login.code': 'Code d’authentification de {email} maintenant',
    'story.login.mail': 'Dernier e-mail à {email}',
    'story.login.none': 'aucun pour l’instant',
  },
  de: {
    'story.login.aid': 'Demo-Hilfen (das simulierte Backend)',
    'story.login.password': 'Passwort aller Demo-Konten',
    'story.login.code': 'Authenticator-Code von {email} jetzt',
    'story.login.mail': 'Letzte E-Mail an {email}',
    'story.login.none': 'noch keine',
  },
});

interface Loaded {
  backend: MockBackend;
  adapter: Adapter;
  token: string;
}

/** A fresh back end per story; a reset link ready for the reset stories. */
const loaders = [
  async (): Promise<Loaded> => {
    const backend = new MockBackend({ passwordIterations: 1000 });
    const adapter = createMockAdapter(backend);
    const { email } = demoAccount('full');
    await adapter.auth.requestPasswordReset(email);
    return { backend, adapter, token: backend.debugLastEmail(email, 'password-reset')?.token ?? '' };
  },
];

interface Options {
  resetToken?: string;
  notice?: 'session-expired' | 'logged-out';
  aid?: DemoAccountKey;
}

function render(loaded: Loaded, globals: Record<string, unknown>, options: Options = {}) {
  return html`<div style="display: flex; flex-wrap: wrap; gap: var(--portaal-space-5); align-items: flex-start;">
    <portaal-login
      style="flex: 1 1 20rem;"
      .adapter=${loaded.adapter}
      reset-token=${options.resetToken ?? ''}
      notice=${options.notice ?? ''}
      support-href="https://www.example.be/support"
    ></portaal-login>
    ${options.aid ? demoAid(loaded.backend, options.aid, String(globals.locale ?? 'nl-BE')) : nothing}
  </div>`;
}

/** What a visitor needs to log in for real: the password, the phone's code, the mailbox. */
function demoAid(backend: MockBackend, key: DemoAccountKey, locale: string) {
  const { email, password } = demoAccount(key);
  const t = (id: string, params?: Record<string, string>) => translate(locale, id, params);
  const aside = document.createElement('aside');
  aside.setAttribute('aria-label', t('story.login.aid'));
  aside.style.cssText =
    'flex: 0 1 18rem; font-size: var(--portaal-font-size-sm); color: var(--portaal-color-text); display: grid; gap: var(--portaal-space-2);';
  const refresh = async () => {
    if (!aside.isConnected && aside.dataset.started) return;
    aside.dataset.started = 'yes';
    const code = (await backend.debugTotpCode(email)) ?? t('story.login.none');
    const mail = backend.debugOutbox.findLast((m) => m.to === email);
    const rows: [string, string][] = [
      [t('story.login.password'), password],
      [t('story.login.code', { email }), code],
      [t('story.login.mail', { email }), mail ? (mail.code ?? mail.link ?? mail.subject) : t('story.login.none')],
    ];
    aside.replaceChildren(
      ...rows.map(([label, value]) => {
        const row = document.createElement('div');
        const name = document.createElement('div');
        name.textContent = label;
        name.style.color = 'var(--portaal-color-text-muted)';
        const code = document.createElement('code');
        code.textContent = value;
        code.style.overflowWrap = 'anywhere';
        row.append(name, code);
        return row;
      }),
    );
    setTimeout(() => void refresh(), 1000);
  };
  void refresh();
  return aside;
}

const loginIn = (canvas: HTMLElement) => until(canvas, () => Boolean(canvas.querySelector('portaal-login'))).then(() => canvas.querySelector('portaal-login') as PortaalLogin);

async function toSecondFactor(canvas: HTMLElement, key: DemoAccountKey) {
  const el = await loginIn(canvas);
  const { email, password } = demoAccount(key);
  await passCredentials(el, email, password);
  return el;
}

async function wrongCode(backend: MockBackend, email: string) {
  const now = backend.now();
  const valid = await Promise.all([now - 30_000, now, now + 30_000].map((at) => backend.debugTotpCode(email, at)));
  return ['000000', '111111', '222222'].find((code) => !valid.includes(code))!;
}

const meta: Meta = {
  title: 'Login/Login',
  component: 'portaal-login',
  loaders,
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj;

/** E-mail and password. Try it: the demo aid shows the password and the authenticator's code. */
export const Credentials: Story = {
  render: (_args, { loaded, globals }) => render(loaded as Loaded, globals, { aid: 'multi-org' }),
};

/** A wrong password: the same message as an unknown address, tied to the password field. */
export const CredentialsError: Story = {
  render: (_args, { loaded, globals }) => render(loaded as Loaded, globals),
  play: async ({ canvasElement }) => {
    const el = await loginIn(canvasElement);
    await passCredentials(el, demoAccount('full').email, 'Zomer2026!');
  },
};

/** Back at the login after the idle timeout logged the user out. */
export const AfterIdleLogout: Story = {
  render: (_args, { loaded, globals }) => render(loaded as Loaded, globals, { notice: 'session-expired' }),
};

/** The code from the authenticator app; the demo aid shows it. */
export const SecondFactor: Story = {
  render: (_args, { loaded, globals }) => render(loaded as Loaded, globals, { aid: 'multi-org' }),
  play: async ({ canvasElement }) => void (await toSecondFactor(canvasElement, 'multi-org')),
};

/** A wrong code: tries left, and the help of the real portals opened. */
export const SecondFactorError: Story = {
  render: (_args, { loaded, globals }) => render(loaded as Loaded, globals),
  play: async ({ canvasElement, loaded }) => {
    const el = await toSecondFactor(canvasElement, 'full');
    await typeCode(el, await wrongCode((loaded as Loaded).backend, demoAccount('full').email));
    await until(el, () => idle(el) && Boolean($(el, '#code')?.getAttribute('error')));
  },
};

/** A code sent by e-mail, with the countdown before another can be sent. */
export const EmailCode: Story = {
  render: (_args, { loaded, globals }) => render(loaded as Loaded, globals, { aid: 'email-code' }),
  play: async ({ canvasElement }) => {
    const el = await toSecondFactor(canvasElement, 'email-code');
    await until(el, () => idle(el));
  },
};

/** Five wrong codes: locked, with the time left. */
export const Locked: Story = {
  render: (_args, { loaded, globals }) => render(loaded as Loaded, globals),
  play: async ({ canvasElement, loaded }) => {
    const el = await toSecondFactor(canvasElement, 'full');
    const { backend } = loaded as Loaded;
    for (let attempt = 0; attempt < 5 && !$(el, '#lock'); attempt++) {
      await typeCode(el, await wrongCode(backend, demoAccount('full').email));
      await until(el, () => idle(el));
    }
  },
};

/** First login: scan the QR code or type the key, then confirm with a first code. */
export const Enrolment: Story = {
  render: (_args, { loaded, globals }) => render(loaded as Loaded, globals),
  play: async ({ canvasElement }) => {
    const el = await toSecondFactor(canvasElement, 'must-enrol');
    await until(el, () => Boolean($(el, 'portaal-qr-code')?.shadowRoot?.querySelector('svg')));
  },
};

/** Enrolment that may still wait until a deadline: "Set up later", reminded at every login. */
export const EnrolmentPostponable: Story = {
  render: (_args, { loaded, globals }) => render(loaded as Loaded, globals),
  play: async ({ canvasElement }) => {
    const el = await toSecondFactor(canvasElement, 'may-postpone');
    await until(el, () => Boolean($(el, 'portaal-qr-code')?.shadowRoot?.querySelector('svg')));
  },
};

/** Enrolment with codes by e-mail, for users without a smartphone. */
export const EnrolmentByEmail: Story = {
  render: (_args, { loaded, globals }) => render(loaded as Loaded, globals, { aid: 'must-enrol' }),
  play: async ({ canvasElement }) => {
    const el = await toSecondFactor(canvasElement, 'must-enrol');
    await until(el, () => idle(el) && Boolean($(el, '#switch')));
    $<HTMLButtonElement>(el, '#switch')!.click();
    await until(el, () => idle(el) && Boolean($(el, '#code')));
  },
};

/** "Forgot password": the address typed at login is carried over. */
export const ResetRequest: Story = {
  render: (_args, { loaded, globals }) => render(loaded as Loaded, globals),
  play: async ({ canvasElement }) => {
    const el = await loginIn(canvasElement);
    await fill(el, 'email', demoAccount('full').email);
    $<HTMLButtonElement>(el, '#forgot')!.click();
  },
};

/** The same answer whether or not the address is known. */
export const ResetSent: Story = {
  render: (_args, { loaded, globals }) => render(loaded as Loaded, globals),
  play: async ({ canvasElement }) => {
    const el = await loginIn(canvasElement);
    await fill(el, 'email', 'iemand@voorbeeld.be');
    $<HTMLButtonElement>(el, '#forgot')!.click();
    await el.updateComplete;
    submitButton(el).click();
    await until(el, () => el.step === 'reset-sent');
  },
};

/** From the link in the e-mail (`reset-token`): the rules tick off while typing. */
export const ResetForm: Story = {
  render: (_args, { loaded, globals }) => render(loaded as Loaded, globals, { resetToken: (loaded as Loaded).token }),
  play: async ({ canvasElement }) => {
    const el = await loginIn(canvasElement);
    await fill(el, 'new-password', 'zomerzon2026');
  },
};

/** The back end refuses the password (it contains the e-mail address). */
export const ResetFormError: Story = {
  render: (_args, { loaded, globals }) => render(loaded as Loaded, globals, { resetToken: (loaded as Loaded).token }),
  play: async ({ canvasElement }) => {
    const el = await loginIn(canvasElement);
    await fill(el, 'new-password', 'An.Peeters-2026!');
    submitButton(el).click();
    await until(el, () => idle(el));
  },
};

/** A link that was used already, or is older than an hour. */
export const ResetLinkExpired: Story = {
  render: (_args, { loaded, globals }) => render(loaded as Loaded, globals, { resetToken: 'used-or-expired' }),
  play: async ({ canvasElement }) => {
    const el = await loginIn(canvasElement);
    await fill(el, 'new-password', 'Nieuw-Wachtwoord-2026');
    submitButton(el).click();
    await until(el, () => el.step === 'reset-invalid');
  },
};

/** Saved: no automatic login, the user logs in with the new password. */
export const ResetDone: Story = {
  render: (_args, { loaded, globals }) => render(loaded as Loaded, globals, { resetToken: (loaded as Loaded).token }),
  play: async ({ canvasElement }) => {
    const el = await loginIn(canvasElement);
    await fill(el, 'new-password', 'Nieuw-Wachtwoord-2026');
    submitButton(el).click();
    await until(el, () => el.step === 'reset-done');
  },
};

/** Logged in (the page usually replaces the element at once). */
export const LoggedIn: Story = {
  render: (_args, { loaded, globals }) => render(loaded as Loaded, globals),
  play: async ({ canvasElement, loaded }) => {
    const el = await toSecondFactor(canvasElement, 'full');
    await typeCode(el, (await (loaded as Loaded).backend.debugTotpCode(demoAccount('full').email)) ?? '');
    await until(el, () => el.step === 'done');
  },
};
