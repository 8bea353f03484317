import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { minifyLiterals } from './scripts/minify-literals.mjs';

/**
 * qrcode ships CommonJS only, which the browser cannot import. Serve it pre-bundled as an ES module
 * with the named exports the code uses (Vite does the same for the demo and Storybook).
 */
function qrcodeAsEsm() {
  const path = '/__portaal/qrcode.js';
  let bundle;
  return {
    name: 'portaal-qrcode-esm',
    resolveImport({ source }) {
      return source === 'qrcode' ? path : undefined;
    },
    async serve(context) {
      if (context.path !== path) return undefined;
      bundle ??= build({
        stdin: {
          contents: "export { create, toCanvas, toDataURL, toString } from 'qrcode';",
          resolveDir: process.cwd(),
        },
        bundle: true,
        format: 'esm',
        platform: 'browser',
        write: false,
        logLevel: 'silent',
      }).then((result) => result.outputFiles[0].text);
      return { body: await bundle, type: 'js' };
    },
  };
}

/** The packages' Lit templates minified as `npm run build` ships them, so the tests cover that. */
function shippedTemplates() {
  return {
    name: 'portaal-minify-literals',
    transform(context) {
      if (/^\/packages\/[^/]+\/src\/.*(?<!\.test)\.ts$/.test(context.path)) return { body: minifyLiterals(context.body, context.path) };
      return undefined;
    },
  };
}

/** Real Chromium from Debian; no browser is ever downloaded. */
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export default {
  files: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: {
    // `source` points workspace packages at their TypeScript; `browser` keeps msw off its Node interceptors.
    exportConditions: ['source', 'browser', 'development'],
  },
  plugins: [qrcodeAsEsm(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }), shippedTemplates()],
  browsers: [
    chromeLauncher({
      // A context per test file: pages sharing one context run in the background, where
      // requestAnimationFrame never fires and fixtures waiting for a frame hang.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
        ],
      },
    }),
  ],
  concurrency: 2,
  // Lit's dev-mode banner repeats in every file; keep the output to what the tests say.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: {
    config: { timeout: 10000 },
  },
  testsFinishTimeout: 300000,
};
