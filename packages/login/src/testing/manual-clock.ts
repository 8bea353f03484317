import type { Clock } from '../internal/clock.js';

/**
 * A clock the test moves by hand: `tick(300_000)` passes five minutes at once, running every timer
 * that falls due on the way, in order. Share it with `new MockBackend({ now: () => clock.now() })`
 * so the back end's lockouts, code expiry and TOTP steps follow the same time.
 */
export class ManualClock implements Clock {
  #now: number;
  #timers = new Map<number, { at: number; callback: () => void }>();
  #nextId = 1;

  constructor(start = Date.parse('2026-11-23T09:00:00Z')) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.#nextId++;
    this.#timers.set(id, { at: this.#now + Math.max(0, ms), callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as number);
  }

  tick(ms: number): void {
    const end = this.#now + ms;
    for (;;) {
      let next: [number, { at: number; callback: () => void }] | undefined;
      for (const entry of this.#timers) if (entry[1].at <= end && (!next || entry[1].at < next[1].at)) next = entry;
      if (!next) break;
      this.#timers.delete(next[0]);
      this.#now = Math.max(this.#now, next[1].at);
      next[1].callback();
    }
    this.#now = end;
  }

  /** Timers waiting to run (to check that an element cleans up after itself). */
  get pending(): number {
    return this.#timers.size;
  }
}
