import { expect, fixtureSync, html } from '@open-wc/testing';
import { LitElement, css, html as litHtml, type ReactiveElement, type TemplateResult } from 'lit';
import { TOKENS, registerTokens, themeCss, themeStyles, tokenValues, type TokenName } from './tokens.js';

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

/** WCAG 2.x relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

type Pair = [foreground: TokenName, background: TokenName, minimum: number];
const TEXT = 4.5;
const UI = 3;
const PAIRS: Pair[] = [
  ['color-text', 'color-surface', TEXT],
  ['color-text', 'color-surface-raised', TEXT],
  ['color-text', 'color-surface-subtle', TEXT],
  ['color-text', 'color-neutral-subtle', TEXT],
  ['color-text-muted', 'color-surface', TEXT],
  ['color-text-muted', 'color-surface-raised', TEXT],
  ['color-text-muted', 'color-surface-subtle', TEXT],
  ['color-text-muted', 'color-neutral-subtle', TEXT], // disabled buttons
  ['color-on-primary', 'color-primary', TEXT],
  ['color-on-primary', 'color-primary-hover', TEXT],
  ['color-primary', 'color-surface', TEXT], // ghost buttons, links
  ['color-primary', 'color-surface-subtle', TEXT], // ghost button hover
  ['color-on-danger', 'color-danger', TEXT],
  ['color-on-danger', 'color-danger-hover', TEXT],
  ['color-danger', 'color-surface', TEXT], // field errors
  ['color-danger', 'color-surface-raised', TEXT],
  ['color-danger', 'color-danger-subtle', TEXT], // badges
  ['color-warning', 'color-warning-subtle', TEXT],
  ['color-success', 'color-success-subtle', TEXT],
  ['color-info', 'color-info-subtle', TEXT],
  ['color-focus-ring', 'color-surface', UI],
  ['color-focus-ring', 'color-surface-raised', UI],
  ['color-border-strong', 'color-surface', UI], // input boundaries
  ['color-border-strong', 'color-surface-raised', UI],
];

describe('theme tokens', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`meets WCAG AA contrast in the ${theme} theme`, () => {
      const values = tokenValues(theme);
      const failures = PAIRS.map(([fg, bg, min]) => ({ fg, bg, min, ratio: contrast(values[fg], values[bg]) })).filter(
        ({ ratio, min }) => ratio < min,
      );
      expect(failures).to.deep.equal([]);
    });
  }

  it('has a dark value for every colour', () => {
    for (const [name, definition] of Object.entries(TOKENS)) {
      if (name.startsWith('color-')) expect('dark' in definition, name).to.be.true;
    }
  });

  it('registers every token so an element alone on a page gets the light defaults', async () => {
    registerTokens();
    registerTokens(); // idempotent: a second call must not throw
    const el = await mount<HTMLElement>(html`<div></div>`);
    const style = getComputedStyle(el);
    expect(style.getPropertyValue('--portaal-color-text')).to.equal('rgb(26, 29, 35)');
    expect(style.getPropertyValue('--portaal-color-surface')).to.equal('rgb(255, 255, 255)');
    expect(style.getPropertyValue('--portaal-radius-md')).to.equal('6px');
    expect(style.getPropertyValue('--portaal-space-4')).to.equal('1rem');
    el.style.setProperty('--portaal-color-text', 'not a colour');
    // Typed registration: garbage falls back to the initial value instead of invisible text.
    expect(getComputedStyle(el).getPropertyValue('--portaal-color-text')).to.equal('rgb(26, 29, 35)');
  });

  it('switches a themed host between light, dark and auto', async () => {
    class ThemedHost extends LitElement {
      static override styles = [themeStyles, css`:host { display: block; }`];
      protected override render() {
        return litHtml`<slot></slot>`;
      }
    }
    customElements.define('test-themed-host', ThemedHost);
    const el = await mount<HTMLElement>(html`<test-themed-host theme="dark"><p>x</p></test-themed-host>`);
    const surface = () => getComputedStyle(el.querySelector('p')!).getPropertyValue('--portaal-color-surface');
    expect(surface()).to.equal('rgb(20, 23, 28)');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    el.setAttribute('theme', 'light');
    expect(surface()).to.equal('rgb(255, 255, 255)');
    el.setAttribute('theme', 'auto');
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    expect(surface()).to.equal(dark ? 'rgb(20, 23, 28)' : 'rgb(255, 255, 255)');
  });

  it('themes any selector with plain CSS, without the provider', async () => {
    const style = document.createElement('style');
    style.textContent = themeCss('.test-dark-panel', 'dark');
    document.head.append(style);
    const el = await mount<HTMLElement>(html`<div class="test-dark-panel"></div>`);
    expect(getComputedStyle(el).getPropertyValue('--portaal-color-text')).to.equal('rgb(232, 234, 238)');
    // Sizes are not theme rules: an integrator's :root spacing is never overridden.
    expect(themeCss(':root', 'dark')).not.to.contain('--portaal-space-4');
    expect(themeCss(':root', 'auto')).to.contain('@media (prefers-color-scheme: dark)');
    expect(themeCss(':root', 'light')).to.contain('prefers-reduced-motion');
    style.remove();
  });
});
