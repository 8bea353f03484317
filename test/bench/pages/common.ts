/**
 * What both bench pages share: the same 100 000 mock policies, and the same way of waiting for a
 * repaint and of timing frames, so the two grids are measured alike.
 */
import type { Policy } from '@portaal/core';
import { createSeed } from '@portaal/mock';

export interface BenchPage {
  prepare(): Promise<void>;
  firstPaint(): Promise<number>;
  sort(): Promise<{ ms: number; inversions: number; checked: number }>;
  scroll(seconds: number): Promise<FrameStats>;
  jump(): Promise<number>;
  csv?(): Promise<{ ms: number; longTasks: number; longestTask: number; worstFrame: number; rows: number; bytes: number }>;
  filter(): Promise<number>;
}

export interface FrameStats {
  fps: number;
  worst: number;
  frames: number;
}

declare global {
  interface Window {
    bench: BenchPage;
  }
}

export const ROWS = 100_000;
export const JUMP_TO = 50_000;
export const VIEW_HEIGHT = '34rem';
export const CAR = new Set(['car', 'omnium']);

/**
 * Every policy of the seed (all organisations): exactly ROWS rows, the same in both pages. Through
 * JSON, as an adapter delivers them: the seed's strings are built by concatenation, and the first
 * code to read them would pay for flattening them (and the heap would shrink while it does).
 */
export function makeData(): Policy[] {
  document.documentElement.lang = 'nl-BE';
  return JSON.parse(JSON.stringify(createSeed({ policies: ROWS, claims: 10 }).policies)) as Policy[];
}

/** Polls (without timer clamping) until `ready()` holds, then waits for the frame to be painted. */
export async function untilPainted(ready: () => boolean, timeoutMs = 60_000): Promise<void> {
  const start = performance.now();
  while (!ready()) {
    if (performance.now() - start > timeoutMs) throw new Error('timed out waiting for the grid');
    await new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  }
  await nextPaint();
}

export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Time from `act()` until `ready()` holds and the result is on screen. */
export async function timed(act: () => void | Promise<void>, ready: () => boolean): Promise<number> {
  const start = performance.now();
  await act();
  await untilPainted(ready);
  return performance.now() - start;
}

/** Scrolls `scroller` down by `step` px every frame for `seconds`; frame rate and worst frame. */
export async function scrollFor(scroller: HTMLElement, seconds: number, step = 150): Promise<FrameStats> {
  const deltas: number[] = [];
  await new Promise<void>((resolve) => {
    let last = 0;
    let start = 0;
    const frame = (time: number) => {
      if (start === 0) start = time;
      else deltas.push(time - last);
      last = time;
      if (time - start >= seconds * 1000) return resolve();
      scroller.scrollTop += step;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const total = deltas.reduce((sum, d) => sum + d, 0);
  return { fps: (deltas.length / total) * 1000, worst: Math.max(...deltas), frames: deltas.length };
}

/** Adjacent pairs out of order for the nl-BE collation (0: the sort is locale-correct). */
export function inversions(texts: readonly string[]): number {
  const collator = new Intl.Collator('nl-BE', { numeric: true });
  let count = 0;
  for (let i = 1; i < texts.length; i++) if (collator.compare(texts[i - 1]!, texts[i]!) > 0) count++;
  return count;
}

/** Long tasks (≥ 50 ms) and the worst frame while `work` runs. */
export async function watchMainThread<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; longTasks: number; longestTask: number; worstFrame: number }> {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration)));
  observer.observe({ type: 'longtask' });
  let worstFrame = 0;
  let running = true;
  let last = performance.now();
  const frame = (time: number) => {
    worstFrame = Math.max(worstFrame, time - last);
    last = time;
    if (running) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  running = false;
  await nextPaint();
  observer.takeRecords().forEach((entry) => tasks.push(entry.duration));
  observer.disconnect();
  return { result, ms, longTasks: tasks.length, longestTask: tasks.length ? Math.max(...tasks) : 0, worstFrame };
}
