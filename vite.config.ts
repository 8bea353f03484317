import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';

/**
 * Vite 8 (Oxc) leaves standard decorators in place and Chromium cannot parse them yet,
 * so TypeScript goes through esbuild first, which lowers them.
 */
function lowerDecorators(): Plugin {
  return {
    name: 'portaal:lower-decorators',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\.ts$/.test(id.split('?')[0] ?? '') || id.includes('node_modules')) return null;
      const result = await transform(code, { loader: 'ts', target: 'es2022', sourcefile: id, sourcemap: true });
      return { code: result.code, map: result.map };
    },
  };
}

export default defineConfig({
  plugins: [lowerDecorators()],
  resolve: { conditions: ['source', 'browser', 'module', 'development|production'] },
  server: { port: Number(process.env.PORT ?? 5173), host: '127.0.0.1' },
  build: { outDir: fileURLToPath(new URL('./demo-dist', import.meta.url)), emptyOutDir: true },
});
