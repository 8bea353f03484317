import { expect } from '@open-wc/testing';
import { announce, pushAnnouncerContainer, removeAnnouncerContainer } from './announce.js';

const regions = () => document.querySelectorAll('body > [data-portaal-announcer]');
const polite = () => document.querySelector<HTMLElement>('body > [data-portaal-announcer] [role="status"]')!;
const assertive = () => document.querySelector<HTMLElement>('body > [data-portaal-announcer] [aria-live="assertive"]')!;

describe('announce', () => {
  it('creates its live regions lazily, once, visually hidden', async () => {
    expect(regions().length).to.equal(0);
    await announce('3 resultaten');
    await announce('4 resultaten');
    expect(regions().length).to.equal(1);
    expect(polite().getAttribute('aria-live')).to.equal('polite');
    expect(polite().getAttribute('aria-atomic')).to.equal('true');
    expect(polite().textContent).to.equal('4 resultaten');
    const box = (regions()[0] as HTMLElement).getBoundingClientRect();
    expect(box.width).to.be.at.most(1);
    expect(box.height).to.be.at.most(1);
  });

  it('re-announces an identical message by emptying the region first', async () => {
    await announce('Ontwerp opgeslagen');
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(polite().textContent ?? ''));
    observer.observe(polite(), { childList: true, characterData: true, subtree: true });
    await announce('Ontwerp opgeslagen');
    await Promise.resolve();
    observer.disconnect();
    expect(seen).to.deep.equal(['', 'Ontwerp opgeslagen']);
  });

  it('uses a separate assertive region for urgent messages', async () => {
    await announce('Verbinding verbroken', 'assertive');
    expect(assertive().textContent).to.equal('Verbinding verbroken');
    expect(polite().textContent).not.to.equal('Verbinding verbroken');
  });

  it('lets the latest of quick successive messages win, resolving every call', async () => {
    const first = announce('Bezig met laden…');
    const second = announce('12 polissen');
    await Promise.all([first, second]);
    expect(polite().textContent).to.equal('12 polissen');
  });

  it('announces inside a registered modal container while it is open', async () => {
    const container = document.createElement('dialog');
    document.body.append(container);
    container.showModal();
    pushAnnouncerContainer(container);
    await announce('In het venster');
    expect(container.querySelector('[role="status"]')?.textContent).to.equal('In het venster');
    removeAnnouncerContainer(container);
    container.close();
    container.remove();
    await announce('Op de pagina');
    expect(polite().textContent).to.equal('Op de pagina');
  });
});
