/**
 * Design tokens: every colour, size and duration an element uses, as `--portaal-*` custom properties.
 *
 * Why registered properties: an element dropped on a page without <portaal-provider> and without
 * any stylesheet must still look right. `registerTokens()` registers each token with its light
 * value as initial value, so `var(--portaal-color-text)` always resolves, and typed colours
 * (`<color>`) reject garbage instead of turning text invisible.
 *
 * Theming, from most to least specific:
 * - the provider includes `themeStyles` and switches with its `theme` attribute (light/dark/auto);
 * - a page without provider can add `themeCss(':root', 'auto')` to a stylesheet;
 * - an integrator rebrands from outside, which beats `:host` rules:
 *   `portaal-provider { --portaal-color-primary: #7a0019 }`,
 *   `portaal-provider[theme=dark] { --portaal-color-primary: #ff9bb0 }`.
 * Only theme-dependent tokens (colours, shadow) are declared by the theme rules; sizes set on
 * `:root` by an integrator are never overridden.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';
import type { ThemeName } from '../provider/context.js';

interface TokenDefinition {
  /** CSS syntax for CSS.registerProperty; `*` for values in rem (not computationally independent). */
  syntax: string;
  light: string;
  /** Only theme-dependent tokens have one. */
  dark?: string;
}

/** Colours are plain hex so the contrast test can check every pair that text or controls use. */
export const TOKENS = {
  'color-surface': { syntax: '<color>', light: '#ffffff', dark: '#14171c' },
  'color-surface-raised': { syntax: '<color>', light: '#ffffff', dark: '#1e222a' },
  'color-surface-subtle': { syntax: '<color>', light: '#f3f5f8', dark: '#262b34' },
  'color-text': { syntax: '<color>', light: '#1a1d23', dark: '#e8eaee' },
  'color-text-muted': { syntax: '<color>', light: '#596170', dark: '#a7afbb' },
  /** Decorative lines (dividers, card edges): no contrast requirement. */
  'color-border': { syntax: '<color>', light: '#d5d9e0', dark: '#353b46' },
  /** Boundaries a user must see to use a control (inputs, secondary buttons): ≥ 3:1. */
  'color-border-strong': { syntax: '<color>', light: '#7a8290', dark: '#7f8896' },
  'color-primary': { syntax: '<color>', light: '#0b5cad', dark: '#7cb5ff' },
  'color-primary-hover': { syntax: '<color>', light: '#084a8c', dark: '#a1caff' },
  'color-on-primary': { syntax: '<color>', light: '#ffffff', dark: '#0a1a2f' },
  'color-focus-ring': { syntax: '<color>', light: '#1565c0', dark: '#8fc1ff' },
  'color-danger': { syntax: '<color>', light: '#b42318', dark: '#ff8e85' },
  'color-danger-hover': { syntax: '<color>', light: '#912018', dark: '#ffb0a9' },
  'color-on-danger': { syntax: '<color>', light: '#ffffff', dark: '#2a0906' },
  'color-danger-subtle': { syntax: '<color>', light: '#fdeceb', dark: '#3d1a18' },
  'color-warning': { syntax: '<color>', light: '#8a4b00', dark: '#f2c46b' },
  'color-warning-subtle': { syntax: '<color>', light: '#fff3d6', dark: '#3a2c10' },
  'color-success': { syntax: '<color>', light: '#1b7332', dark: '#80d498' },
  'color-success-subtle': { syntax: '<color>', light: '#e5f4ea', dark: '#163321' },
  'color-info': { syntax: '<color>', light: '#0b5cad', dark: '#8cc4ff' },
  'color-info-subtle': { syntax: '<color>', light: '#e6f0fb', dark: '#13294a' },
  'color-neutral-subtle': { syntax: '<color>', light: '#eceff3', dark: '#2c313a' },
  'color-backdrop': { syntax: '<color>', light: 'rgb(16 20 27 / 0.55)', dark: 'rgb(0 0 0 / 0.7)' },

  'shadow-raised': {
    syntax: '*',
    light: '0 1px 2px rgb(16 20 27 / 0.08), 0 8px 24px rgb(16 20 27 / 0.14)',
    dark: '0 1px 2px rgb(0 0 0 / 0.5), 0 8px 24px rgb(0 0 0 / 0.5)',
  },

  'radius-sm': { syntax: '<length>', light: '4px' },
  'radius-md': { syntax: '<length>', light: '6px' },
  'radius-lg': { syntax: '<length>', light: '12px' },
  'radius-pill': { syntax: '<length>', light: '999px' },

  // Spacing and type in rem, so they grow with the user's default font size.
  'space-1': { syntax: '*', light: '0.25rem' },
  'space-2': { syntax: '*', light: '0.5rem' },
  'space-3': { syntax: '*', light: '0.75rem' },
  'space-4': { syntax: '*', light: '1rem' },
  'space-5': { syntax: '*', light: '1.5rem' },
  'space-6': { syntax: '*', light: '2rem' },

  'font-family': {
    syntax: '*',
    light: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  },
  'font-size-sm': { syntax: '*', light: '0.875rem' },
  'font-size-md': { syntax: '*', light: '1rem' },
  'font-size-lg': { syntax: '*', light: '1.25rem' },
  'font-size-xl': { syntax: '*', light: '1.5rem' },
  'line-height': { syntax: '<number>', light: '1.5' },
  'font-weight-medium': { syntax: '<number>', light: '500' },
  'font-weight-bold': { syntax: '<number>', light: '600' },

  /** Minimum heights; 2rem (32px) keeps small controls above the 24px target size of WCAG 2.5.8. */
  'control-height-sm': { syntax: '*', light: '2rem' },
  'control-height-md': { syntax: '*', light: '2.5rem' },
  'control-height-lg': { syntax: '*', light: '3rem' },

  'focus-ring-width': { syntax: '<length>', light: '2px' },
  'focus-ring-offset': { syntax: '<length>', light: '2px' },

  /** Base duration of transitions; 0s under prefers-reduced-motion. */
  'motion-duration': { syntax: '<time>', light: '150ms' },
} as const satisfies Record<string, TokenDefinition>;

export type TokenName = keyof typeof TOKENS;

/** `cssVar('color-text')` → `var(--portaal-color-text)`, for the rare style set from script. */
export function cssVar(name: TokenName): string {
  return `var(--portaal-${name})`;
}

/** Every token's value in a theme (non-themed tokens have the same value in both). */
export function tokenValues(theme: 'light' | 'dark'): Record<TokenName, string> {
  const values = {} as Record<TokenName, string>;
  for (const [name, definition] of Object.entries(TOKENS) as [TokenName, TokenDefinition][]) {
    values[name] = theme === 'dark' ? (definition.dark ?? definition.light) : definition.light;
  }
  return values;
}

const REGISTERED = Symbol.for('portaal.tokens.registered');

/**
 * Registers every token once per page. Safe to call from every constructor: later calls return at
 * once, a token another copy of Portaal already registered is skipped, and browsers without
 * CSS.registerProperty simply keep relying on the theme CSS.
 */
export function registerTokens(): void {
  const scope = globalThis as typeof globalThis & { [REGISTERED]?: boolean };
  if (scope[REGISTERED]) return;
  scope[REGISTERED] = true;
  if (typeof CSS === 'undefined' || typeof CSS.registerProperty !== 'function') return;
  for (const [name, { syntax, light }] of Object.entries(TOKENS) as [TokenName, TokenDefinition][]) {
    try {
      CSS.registerProperty({ name: `--portaal-${name}`, syntax, inherits: true, initialValue: light });
    } catch {
      // InvalidModificationError: already registered (another copy, or the page itself). Keep it.
    }
  }
}

function declarations(theme: 'light' | 'dark'): string {
  const values = tokenValues(theme);
  const themed = (Object.keys(TOKENS) as TokenName[]).filter((name) => 'dark' in TOKENS[name]);
  return [...themed.map((name) => `--portaal-${name}: ${values[name]};`), `color-scheme: ${theme};`].join(' ');
}

const REDUCED_MOTION = '--portaal-motion-duration: 0s;';

/**
 * Plain CSS that themes `selector` without the provider, e.g. in a page's own stylesheet:
 * `themeCss(':root', 'auto')` follows the system setting, `themeCss('.dark-panel', 'dark')`.
 */
export function themeCss(selector = ':root', theme: ThemeName = 'auto'): string {
  const rules =
    theme === 'auto'
      ? `${selector} { ${declarations('light')} }\n@media (prefers-color-scheme: dark) { ${selector} { ${declarations('dark')} } }`
      : `${selector} { ${declarations(theme)} }`;
  return `${rules}\n@media (prefers-reduced-motion: reduce) { ${selector} { ${REDUCED_MOTION} } }`;
}

/** For a host with a `theme` attribute (the provider): light, dark or auto (follows the system). */
export const themeStyles: CSSResult = css`
  ${unsafeCSS(`
:host([theme='light']), :host([theme='auto']) { ${declarations('light')} }
:host([theme='dark']) { ${declarations('dark')} }
@media (prefers-color-scheme: dark) { :host([theme='auto']) { ${declarations('dark')} } }
@media (prefers-reduced-motion: reduce) { :host { ${REDUCED_MOTION} } }
`)}
`;
