import { ContextProvider } from '@lit/context';
import { Task } from '@lit/task';
import { expect, fixtureSync, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { LitElement, html, type ReactiveElement, type TemplateResult } from 'lit';
import { portaalContext, type PortaalContextValue } from '../provider/context.js';
import { LocalizeController, MESSAGES_WAIT_MS } from './localize-controller.js';
import { registerMessageLoader, registerMessages } from './catalogue.js';

/**
 * Like fixture(), without its wait for an animation frame when the root is not a Lit element:
 * web-test-runner's background pages get no frames, so that wait can hang. Waits for every Lit
 * element inside to render instead.
 */
async function mount<T extends Element>(template: TemplateResult): Promise<T> {
  const root = fixtureSync<T>(template);
  const elements = [root, ...root.querySelectorAll('*')] as Partial<ReactiveElement>[];
  await Promise.all(elements.map((el) => el.updateComplete));
  return root;
}

class TestLocalized extends LitElement {
  readonly i18n = new LocalizeController(this);
  protected override render() {
    return html`<button>${this.i18n.t('action.close')}</button> <span>${this.i18n.money(1234.56)}</span>`;
  }
}
customElements.define('test-localized', TestLocalized);

/** Stands in for <portaal-provider>: provides the context from a plain wrapper element. */
class TestContextRoot extends HTMLElement {
  readonly provider = new ContextProvider(this, { context: portaalContext, initialValue: value('nl-BE') });
}
customElements.define('test-context-root', TestContextRoot);

function value(locale: string): PortaalContextValue {
  return { adapter: null, locale, theme: 'light', session: null, organisation: null, membership: null };
}

/** Visible text, with Intl's no-break spaces as plain ones for readable assertions. */
const text = (el: LitElement) => el.shadowRoot!.textContent!.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

describe('LocalizeController', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('takes the locale from the context and re-renders in French when it changes', async () => {
    const root = await mount<TestContextRoot>(fixtureHtml`<test-context-root><test-localized></test-localized></test-context-root>`);
    const el = root.querySelector('test-localized') as TestLocalized;
    await el.updateComplete;
    expect(el.i18n.locale).to.equal('nl-BE');
    expect(text(el)).to.equal('Sluiten € 1.234,56');

    root.provider.setValue(value('fr-BE'));
    await el.updateComplete;
    expect(el.i18n.locale).to.equal('fr-BE');
    expect(el.i18n.language).to.equal('fr');
    expect(text(el)).to.equal('Fermer 1 234,56 €');
  });

  it('without a provider, uses the nearest lang attribute, also across shadow roots', async () => {
    const wrapper = await mount<HTMLElement>(fixtureHtml`<div lang="de-BE"><test-localized></test-localized></div>`);
    const el = wrapper.querySelector('test-localized') as TestLocalized;
    await el.updateComplete;
    expect(text(el)).to.equal('Schließen 1.234,56 €');

    const host = document.createElement('div');
    host.setAttribute('lang', 'nl-BE');
    const inner = document.createElement('test-localized') as TestLocalized;
    host.attachShadow({ mode: 'open' }).append(inner);
    wrapper.append(host);
    await inner.updateComplete;
    expect(inner.i18n.locale).to.equal('nl-BE');
  });

  it('follows <html lang> and re-renders when it changes', async () => {
    document.documentElement.lang = 'fr-BE';
    const el = await mount<TestLocalized>(fixtureHtml`<test-localized></test-localized>`);
    expect(text(el)).to.contain('Fermer');

    document.documentElement.lang = 'nl-BE';
    await new Promise((resolve) => setTimeout(resolve)); // MutationObserver callback
    await el.updateComplete;
    expect(text(el)).to.contain('Sluiten');
  });

  it('falls back to English', async () => {
    const el = await mount<TestLocalized>(fixtureHtml`<test-localized></test-localized>`);
    expect(el.i18n.locale).to.equal('en');
    expect(text(el)).to.equal('Close €1,234.56');
  });

  it('re-renders when messages are registered later (an integrator rewording a text)', async () => {
    const el = await mount<TestLocalized>(fixtureHtml`<test-localized lang="en"></test-localized>`);
    registerMessages({ en: { 'action.close': 'Dismiss' }, nl: {}, fr: {}, de: {} });
    await el.updateComplete;
    expect(text(el)).to.contain('Dismiss');
    registerMessages({ en: { 'action.close': 'Close' }, nl: {}, fr: {}, de: {} });
  });

  it('offers the formatting shortcuts for its locale', async () => {
    const el = await mount<TestLocalized>(fixtureHtml`<test-localized lang="nl-BE"></test-localized>`);
    expect(el.i18n.date('2026-11-21')).to.equal('21/11/2026');
    expect(el.i18n.number(1234.5)).to.equal('1.234,5');
    expect(el.i18n.fileSize(1_200_000)).to.equal('1,2 MB');
    expect(el.i18n.enterpriseNumber('0123456749')).to.equal('0123.456.749');
    expect(el.i18n.dateTime('2026-11-21T14:05:00Z', { timeZone: 'Europe/Brussels' })).to.equal('21/11/2026, 15:05');
    expect(el.i18n.t('count.results', { count: 1 })).to.equal('1 resultaat');
  });

  it('lets the data load while the texts do, and does not ask for it again when they arrive', async () => {
    let arrive!: (messages: Record<string, string>) => void;
    registerMessageLoader((language) => (language === 'de' ? new Promise((resolve) => (arrive = resolve)) : Promise.resolve({})));
    const el = fixtureSync<TestFetching>(fixtureHtml`<test-fetching lang="de-BE"></test-fetching>`);
    await waitUntil(() => el.fetches === 1, 'the data is asked for before the texts are there');
    expect(el.hasUpdated).to.equal(false);
    arrive({ 'lazy.data': 'Daten' });
    await waitUntil(() => text(el) === 'Daten: 42', 'texts and data shown together');
    expect(el.fetches).to.equal(1);
  });

  // Last: the loader it registers keeps German waiting on this page.
  it('renders anyway when lazily loaded messages hang, then again when they arrive', async () => {
    let arrive!: (messages: Record<string, string>) => void;
    registerMessageLoader((language) => (language === 'de' ? new Promise((resolve) => (arrive = resolve)) : Promise.resolve({})));
    const started = performance.now();
    const el = await mount<TestWaiting>(fixtureHtml`<test-waiting lang="de-BE"></test-waiting>`);
    expect(performance.now() - started).to.be.at.least(MESSAGES_WAIT_MS - 50);
    expect(text(el)).to.equal('Schließen lazy.word');
    // Later updates do not wait again.
    const again = performance.now();
    el.requestUpdate();
    await el.updateComplete;
    expect(performance.now() - again).to.be.below(500);
    arrive({ 'lazy.word': 'Wort' });
    await waitUntil(() => text(el) === 'Schließen Wort', 'the late messages show');
  });
});

class TestWaiting extends LitElement {
  readonly i18n = new LocalizeController(this);
  protected override scheduleUpdate() {
    return this.i18n.whenReady(() => super.scheduleUpdate());
  }
  protected override render() {
    return html`<span>${this.i18n.t('action.close')}</span> <span>${this.i18n.t('lazy.word')}</span>`;
  }
}
customElements.define('test-waiting', TestWaiting);

class TestFetching extends LitElement {
  readonly i18n = new LocalizeController(this);
  fetches = 0;
  readonly data = new Task(this, {
    task: () => {
      this.fetches++;
      return Promise.resolve(42);
    },
    args: () => [] as const,
  });
  protected override scheduleUpdate() {
    return this.i18n.whenReady(
      () => super.scheduleUpdate(),
      () => this.data.hostUpdate(),
    );
  }
  protected override render() {
    return html`${this.i18n.t('lazy.data')}: ${this.data.value}`;
  }
}
customElements.define('test-fetching', TestFetching);
