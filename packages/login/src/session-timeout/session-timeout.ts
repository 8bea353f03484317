import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  visuallyHidden,
  LocalizeController,
  PortaalConsumer,
  announce,
  emit,
  isPortaalError,
  registerTokens,
  type Adapter,
  type Session,
} from '@portaal/core';
import { systemClock, type Clock } from '../internal/clock.js';
import { Countdown } from '../internal/countdown.js';
import { formatCountdown } from '../internal/duration.js';
import { sentenceWithCountdown } from '../internal/countdown-text.js';
import { ensureLoginMessages, type LoginMessageKey } from '../messages.js';
import { sessionTimeoutStyles } from './session-timeout.styles.js';

export interface SessionExpiredDetail {
  /** `idle`: no activity for the idle timeout; `ended`: the back end no longer knows the session. */
  reason: 'idle' | 'ended';
}

export type LogoutDetail = Record<string, never>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portaal-logout': CustomEvent<LogoutDetail>;
    'portaal-session-expired': CustomEvent<SessionExpiredDetail>;
  }
}

/** What tabs of the same origin tell each other. */
type TabMessage = { type: 'activity' } | { type: 'touched'; expiresAt: string } | { type: 'logout' } | { type: 'expired' };

/** Activity is shared with other tabs at most this often. */
const BROADCAST_INTERVAL_MS = 5_000;
/**
 * The back end hears about activity at most this often (a `touch` per keystroke would be absurd).
 * Short enough that its own idle clock never runs out while the user is busy here.
 */
const TOUCH_INTERVAL_MS = 60_000;

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'mousemove', 'wheel', 'touchstart'] as const;

/**
 * Logs the user out after the session's idle timeout (30 minutes by default) without activity, and
 * warns before (2 minutes by default) with "Stay logged in", which tells the back end (`touch`).
 * Activity in any tab of the same origin counts, through a BroadcastChannel, and so do logging out
 * and expiry: one tab ending the session ends it in all.
 *
 * Put it anywhere inside <portaal-provider>; it follows the provider's session and shows nothing
 * until the warning. WCAG 2.2.1: the user is warned and can extend with one action.
 *
 * @event portaal-session-expired - detail `{ reason }`; the provider forgets the session.
 * @event portaal-logout - the user chose "Log out" in the warning (or logged out in another tab).
 * @csspart body - the warning text.
 * @csspart stay - "Stay logged in".
 * @csspart logout - "Log out".
 */
export class PortaalSessionTimeout extends LitElement {
  static override styles = [visuallyHidden, sessionTimeoutStyles];

  /** The back end; the provider's is used when this is not set. */
  @property({ attribute: false }) accessor adapter: Adapter | null = null;
  /** The session to watch; the provider's is used when this is left undefined. */
  @property({ attribute: false }) accessor session: Session | null | undefined = undefined;
  /** Seconds of inactivity before logging out; default: the session's `idleTimeoutSeconds`. */
  @property({ type: Number, attribute: 'idle-timeout' }) accessor idleTimeout: number | undefined = undefined;
  /** Seconds before the logout at which the warning appears. */
  @property({ type: Number, attribute: 'warn-before' }) accessor warnBefore = 120;
  /** BroadcastChannel name shared by the tabs of one portal. */
  @property() accessor channel = 'portaal-session';
  /** Time source; tests and stories inject one. */
  @property({ attribute: false }) accessor clock: Clock = systemClock;

  @state() private accessor warning = false;

  private readonly portaal = new PortaalConsumer(this);
  private readonly i18n = new LocalizeController(this);
  private readonly warningCountdown = new Countdown(this, () => this.clock, () => this.check());

  /** The session being watched, and whether it already ended here. */
  private tracked: Session | null = null;
  private ended = false;
  private lastActivity = 0;
  private lastTouch = 0;
  private lastBroadcast = Number.NEGATIVE_INFINITY;
  private timer: unknown = null;
  private touchTimer: unknown = null;
  private tabs: BroadcastChannel | null = null;
  /** Set while this element itself fires portaal-logout, so it is not echoed back to other tabs. */
  private loggingOut = false;

  constructor() {
    super();
    registerTokens();
    ensureLoginMessages();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of ACTIVITY_EVENTS) document.addEventListener(type, this.onActivity, { capture: true, passive: true });
    document.addEventListener('visibilitychange', this.onVisible);
    window.addEventListener('portaal-logout', this.onPageLogout);
    this.openChannel();
    if (this.tracked && !this.ended) this.check();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of ACTIVITY_EVENTS) document.removeEventListener(type, this.onActivity, { capture: true });
    document.removeEventListener('visibilitychange', this.onVisible);
    window.removeEventListener('portaal-logout', this.onPageLogout);
    this.tabs?.close();
    this.tabs = null;
    this.clearTimers();
  }

  /** Counts as activity, as if the user had pressed a key (e.g. after a long upload). */
  registerActivity(): void {
    this.onActivity();
  }

  /** The warning's texts load per language: wait for them rather than show keys or another language. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.i18n.whenReady(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('channel') && this.isConnected) this.openChannel();
    const session = this.session !== undefined ? this.session : this.portaal.value.session;
    if (session === this.tracked) return;
    if (!session) {
      this.stop();
    } else if (!this.tracked || this.ended || session.user.id !== this.tracked.user.id) {
      this.begin(session);
    } else {
      // The same session, updated (an organisation switch): the back end counted that as activity.
      this.tracked = session;
      this.noteServerActivity(session.expiresAt);
      this.check();
    }
  }

  protected override render() {
    if (!this.tracked || this.ended) return nothing;
    const t = (key: LoginMessageKey, params?: Record<string, string>) => this.i18n.t(key, params);
    return html`<portaal-dialog .open=${this.warning} label=${t('session.warning.title')} @portaal-dialog-close=${this.onDialogClose}>
      <p class="body" part="body">${sentenceWithCountdown((time) => t('session.warning.body', { time }), this.warningCountdown.remaining, this.i18n.locale)}</p>
      <portaal-button slot="footer" part="logout" @click=${this.logout}>${t('session.logout')}</portaal-button>
      <portaal-button slot="footer" part="stay" variant="primary" autofocus @click=${this.stay}>${t('session.stay')}</portaal-button>
    </portaal-dialog>`;
  }

  // --- The idle clock ---------------------------------------------------------------------------

  private begin(session: Session): void {
    const now = this.clock.now();
    this.tracked = session;
    this.ended = false;
    this.warning = false;
    // A session picked up after a reload may have been idle for a while already: the back end's
    // expiry says when it last saw activity. A fresh login's expiry is a full timeout away.
    this.lastActivity = Math.min(now, Date.parse(session.expiresAt) - this.idleMs());
    this.lastTouch = this.lastActivity;
    this.check();
  }

  private stop(): void {
    this.tracked = null;
    this.ended = false;
    this.warning = false;
    this.warningCountdown.stop();
    this.clearTimers();
  }

  private idleMs(): number {
    return (this.idleTimeout ?? this.tracked?.idleTimeoutSeconds ?? 1800) * 1000;
  }

  /**
   * When the session ends. The back end's own idle clock never runs out first: every activity is
   * followed by a `touch` within a minute, so its expiry is always later than this one.
   */
  private deadline(): number {
    return this.lastActivity + this.idleMs();
  }

  /** The back end saw activity (an answer carrying a new expiry), possibly from another tab. */
  private noteServerActivity(expiresAt: string): void {
    const at = Date.parse(expiresAt) - this.idleMs();
    if (Number.isFinite(at) && at > this.lastActivity) this.lastActivity = Math.min(at, this.clock.now());
  }

  /**
   * Compares the clock with the deadline and sets the next wake-up. Activity does not reschedule:
   * the timer wakes up at the old warning time, finds the deadline moved, and sleeps again.
   */
  private check(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    if (!this.tracked || this.ended) return;
    const now = this.clock.now();
    const deadline = this.deadline();
    const warnAt = deadline - this.warnBefore * 1000;
    if (now >= deadline) {
      void this.expire('idle');
      return;
    }
    if (now >= warnAt) {
      if (!this.warning) this.openWarning(deadline);
      else this.warningCountdown.start(deadline);
      return; // the countdown calls check() again when it reaches the deadline
    }
    if (this.warning) this.closeWarning();
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      this.check();
    }, warnAt - now);
  }

  private openWarning(deadline: number): void {
    this.warning = true;
    this.warningCountdown.start(deadline);
    const { spoken } = formatCountdown((deadline - this.clock.now()) / 1000, this.i18n.locale);
    // Focus goes to "Stay logged in"; the sentence with the time left is read out once.
    void this.updateComplete.then(() => {
      if (this.warning) void announce(this.i18n.t('session.warning.body', { time: spoken }));
    });
  }

  private closeWarning(): void {
    this.warning = false;
    this.warningCountdown.stop();
  }

  private readonly onActivity = (): void => {
    // While the warning shows, only its buttons count: a mouse nudge must not silently extend.
    if (!this.tracked || this.ended || this.warning) return;
    const now = this.clock.now();
    this.lastActivity = now;
    this.scheduleTouch();
    if (now - this.lastBroadcast >= BROADCAST_INTERVAL_MS) {
      this.lastBroadcast = now;
      this.post({ type: 'activity' });
    }
  };

  private readonly onVisible = (): void => {
    // Background tabs run timers late; look at the clock as soon as the tab shows again.
    if (document.visibilityState === 'visible') this.check();
  };

  /** Tells the back end about activity, at most once a minute, and always after the last activity. */
  private scheduleTouch(): void {
    if (this.touchTimer !== null) return;
    const wait = Math.max(0, this.lastTouch + TOUCH_INTERVAL_MS - this.clock.now());
    this.touchTimer = this.clock.setTimeout(() => {
      this.touchTimer = null;
      void this.touch();
    }, wait);
  }

  private async touch(): Promise<void> {
    const adapter = this.portaal.adapter;
    if (!adapter || !this.tracked || this.ended) return;
    this.lastTouch = this.clock.now();
    try {
      const session = await adapter.auth.touch();
      if (!this.tracked || this.ended) return;
      this.post({ type: 'touched', expiresAt: session.expiresAt });
    } catch (error) {
      // The back end ended the session (restarted, logged out elsewhere): end it here too.
      if (isPortaalError(error, 'unauthenticated')) void this.expire('ended');
      // A network hiccup is not a reason to log anyone out; the next activity tries again.
    }
  }

  private readonly stay = (): void => {
    if (!this.tracked || this.ended) return;
    this.lastActivity = this.clock.now();
    this.closeWarning();
    this.post({ type: 'activity' });
    if (this.touchTimer !== null) this.clock.clearTimeout(this.touchTimer);
    this.touchTimer = null;
    void this.touch();
    this.check();
  };

  /** Escape or the close button mean "I am here": same as "Stay logged in". */
  private readonly onDialogClose = (event: Event): void => {
    event.preventDefault();
    this.stay();
  };

  private readonly logout = (): void => {
    if (!this.tracked || this.ended) return;
    this.post({ type: 'logout' });
    this.endWithLogout();
  };

  /** Stops watching, tells the page (`portaal-logout`) and ends the session on the server. */
  private endWithLogout(): void {
    this.end();
    this.loggingOut = true;
    try {
      emit<LogoutDetail>(this, 'portaal-logout', {});
    } finally {
      this.loggingOut = false;
    }
    void this.endOnServer();
  }

  private async expire(reason: SessionExpiredDetail['reason'], fromOtherTab = false): Promise<void> {
    if (!this.tracked || this.ended) return;
    this.end();
    if (!fromOtherTab) this.post({ type: 'expired' });
    // The page hides the portal first; telling the back end may take a moment.
    emit<SessionExpiredDetail>(this, 'portaal-session-expired', { reason });
    // In the page's language once its texts are there: the page may have just switched.
    void this.i18n.whenReady(() => announce(this.i18n.t('session.expired'), 'assertive'));
    if (reason === 'idle') await this.endOnServer();
  }

  private end(): void {
    this.ended = true;
    this.closeWarning();
    this.clearTimers();
  }

  private async endOnServer(): Promise<void> {
    try {
      await this.portaal.adapter?.auth.logout();
    } catch {
      // Already gone on the server, or unreachable: the session is over here either way.
    }
  }

  /** The page logged out by other means (a logout button): tell the other tabs. */
  private readonly onPageLogout = (): void => {
    if (this.loggingOut || !this.tracked || this.ended) return;
    this.end();
    this.post({ type: 'logout' });
  };

  // --- Other tabs -------------------------------------------------------------------------------

  private openChannel(): void {
    this.tabs?.close();
    this.tabs = null;
    if (typeof BroadcastChannel === 'undefined') return;
    this.tabs = new BroadcastChannel(this.channel);
    this.tabs.addEventListener('message', (event: MessageEvent<TabMessage>) => this.onTabMessage(event.data));
  }

  private post(message: TabMessage): void {
    this.tabs?.postMessage(message);
  }

  private onTabMessage(message: TabMessage): void {
    if (!this.tracked || this.ended) return;
    switch (message.type) {
      case 'activity':
        // The user is busy in another tab: this one neither warns nor logs out. It tells its
        // back end too, in case each tab has its own session (throttled like local activity).
        this.lastActivity = this.clock.now();
        this.scheduleTouch();
        this.check();
        break;
      case 'touched':
        this.noteServerActivity(message.expiresAt);
        this.check();
        break;
      case 'logout':
        this.endWithLogout();
        break;
      case 'expired':
        void this.expire('idle', true);
        break;
    }
  }

  private clearTimers(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    if (this.touchTimer !== null) this.clock.clearTimeout(this.touchTimer);
    this.timer = null;
    this.touchTimer = null;
  }
}
