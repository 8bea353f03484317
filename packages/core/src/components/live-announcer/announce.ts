/**
 * Screen-reader announcements for things that happen without focus moving: "Loading…",
 * "3 results", "Draft saved", "Message sent".
 *
 * One pair of visually hidden live regions (polite and assertive) is created lazily. The text is
 * cleared and set again after a short pause, so announcing the same message twice is heard
 * twice. Within that pause the latest message wins.
 *
 * While a modal <portaal-dialog> is open the rest of the page is inert, and live regions in inert
 * content are silent; so the dialog registers itself as the container for announcements
 * (`pushAnnouncerContainer`) and regions are created inside it.
 */

export type Politeness = 'polite' | 'assertive';

/** Long enough for screen readers to notice the region was emptied before it is filled again. */
const ANNOUNCE_DELAY_MS = 100;

const HIDDEN =
  'position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;';

interface Regions {
  polite: HTMLElement;
  assertive: HTMLElement;
}

const regions = new WeakMap<Node, Regions>();
const pending = new WeakMap<HTMLElement, { timer: ReturnType<typeof setTimeout>; resolve: () => void }>();
const containers: Element[] = [];

/** A modal surface announcements must go into while it is open (the topmost one wins). */
export function pushAnnouncerContainer(container: Element): void {
  removeAnnouncerContainer(container);
  containers.push(container);
}

export function removeAnnouncerContainer(container: Element): void {
  const index = containers.indexOf(container);
  if (index >= 0) containers.splice(index, 1);
}

function currentContainer(): Element {
  for (let i = containers.length - 1; i >= 0; i -= 1) {
    const container = containers[i];
    if (container?.isConnected) return container;
  }
  return document.body;
}

function regionsIn(container: Element): Regions {
  const existing = regions.get(container);
  if (existing?.polite.isConnected) return existing;
  const root = document.createElement('div');
  root.setAttribute('data-portaal-announcer', '');
  root.style.cssText = HIDDEN;
  const polite = document.createElement('div');
  polite.setAttribute('role', 'status');
  polite.setAttribute('aria-live', 'polite');
  polite.setAttribute('aria-atomic', 'true');
  const assertive = document.createElement('div');
  assertive.setAttribute('aria-live', 'assertive');
  assertive.setAttribute('aria-atomic', 'true');
  root.append(polite, assertive);
  container.append(root);
  const created = { polite, assertive };
  regions.set(container, created);
  return created;
}

/**
 * Reads `message` to screen-reader users. `assertive` interrupts; keep it for errors that need
 * immediate attention. Resolves once the text is in the live region (tests await it).
 */
export function announce(message: string, politeness: Politeness = 'polite'): Promise<void> {
  const region = regionsIn(currentContainer())[politeness];
  region.textContent = '';
  const previous = pending.get(region);
  if (previous) {
    clearTimeout(previous.timer); // superseded: the newer message is read instead
    previous.resolve();
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      pending.delete(region);
      region.textContent = message;
      resolve();
    }, ANNOUNCE_DELAY_MS);
    pending.set(region, { timer, resolve });
  });
}
