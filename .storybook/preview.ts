import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@portaal/core/define';
import { themeCss } from '@portaal/core';

export const LOCALES = ['nl-BE', 'fr-BE', 'de-BE', 'en-GB'] as const;
type Theme = 'light' | 'dark';

/**
 * The page around the story follows the theme too (canvas background, scrollbars), and <html lang>
 * the locale, so things rendered outside the provider (the live announcer) match the story.
 */
function applyPage(locale: string, theme: Theme): void {
  let style = document.getElementById('portaal-storybook-theme');
  if (!style) {
    style = document.createElement('style');
    style.id = 'portaal-storybook-theme';
    document.head.append(style);
  }
  style.textContent = `${themeCss(':root', theme)}
html, body { background: var(--portaal-color-surface); color: var(--portaal-color-text); }`;
  document.documentElement.lang = locale;
}

const withProvider: Decorator = (story, context) => {
  const locale = String(context.globals.locale ?? 'nl-BE');
  const theme: Theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  applyPage(locale, theme);
  return html`<portaal-provider locale=${locale} theme=${theme}>
    <div style="padding: var(--portaal-space-5); background: var(--portaal-color-surface); min-height: 100%;">
      ${story()}
    </div>
  </portaal-provider>`;
};

const preview: Preview = {
  decorators: [withProvider],
  globalTypes: {
    locale: {
      description: 'Language and region of the portal',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'nl-BE', title: 'Nederlands (België)' },
          { value: 'fr-BE', title: 'Français (Belgique)' },
          { value: 'de-BE', title: 'Deutsch (Belgien)' },
          { value: 'en-GB', title: 'English (UK)' },
        ],
      },
    },
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'nl-BE', theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // Violations show as errors in the Accessibility panel (and fail the story in test runs).
    a11y: { test: 'error' },
    backgrounds: { disable: true },
  },
};

export default preview;
