import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Clock } from './clock.js';

/**
 * Counts down to a moment and re-renders its host once a second. Ticks are aligned to the
 * deadline, and every tick reads the clock instead of counting, so a throttled background tab
 * shows the right time as soon as it runs again.
 */
export class Countdown implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #clock: () => Clock;
  readonly #onDone: () => void;
  readonly #ticks: boolean;
  #until = 0;
  #timer: unknown = null;

  /**
   * @param clock read at every tick, so the host can swap its clock
   * @param onDone called once when the moment is reached
   * @param options `ticks: false` wakes up only at the end (nothing shows the seconds)
   */
  constructor(host: ReactiveControllerHost, clock: () => Clock, onDone: () => void = () => {}, options: { ticks?: boolean } = {}) {
    this.#host = host;
    this.#clock = clock;
    this.#onDone = onDone;
    this.#ticks = options.ticks ?? true;
    host.addController(this);
  }

  /** Starts (or restarts) counting down to `until`, in epoch milliseconds. */
  start(until: number): void {
    this.#until = until;
    this.#schedule();
    this.#host.requestUpdate();
  }

  stop(): void {
    this.#until = 0;
    this.#cancel();
    this.#host.requestUpdate();
  }

  /** Whole seconds left, rounded up (a lock of 0.2 s still says "1 second"); 0 when done. */
  get remaining(): number {
    if (!this.#until) return 0;
    return Math.max(0, Math.ceil((this.#until - this.#clock().now()) / 1000));
  }

  get running(): boolean {
    return this.remaining > 0;
  }

  hostConnected(): void {
    if (this.#until) this.#schedule();
  }

  hostDisconnected(): void {
    this.#cancel();
  }

  #schedule(): void {
    this.#cancel();
    const left = this.#until - this.#clock().now();
    if (left <= 0) {
      this.#until = 0;
      this.#host.requestUpdate();
      this.#onDone();
      return;
    }
    // Wake up when the displayed second changes, not 1000 ms after whenever we started.
    const delay = this.#ticks ? left % 1000 || 1000 : left;
    this.#timer = this.#clock().setTimeout(() => {
      this.#timer = null;
      this.#host.requestUpdate();
      this.#schedule();
    }, delay);
  }

  #cancel(): void {
    if (this.#timer !== null) this.#clock().clearTimeout(this.#timer);
    this.#timer = null;
  }
}
