import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook uses the root vite.config.ts, whose esbuild pre-pass lowers the standard decorators
 * Chromium cannot parse yet, and whose `source` condition points @portaal/* at TypeScript.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
};

export default config;
