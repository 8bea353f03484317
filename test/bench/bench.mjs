// `npm run bench`: <portaal-data-table> against @vaadin/grid with the same 100 000 mock policies, in
// headless Chromium, median of 5 fresh pages each (alternating which grid goes first). Prints a
// table of figures, ours / Vaadin and the targets of issue 5. Also the table's own code size.
//
// Per page: set the data (first paint), sort by a text column, scroll 3 s while sorted, jump to
// row 50 000, export CSV (ours), switch to "car only" while sorted. Heap above data: after the
// first paint and a full GC, minus the heap once the data and an empty grid exist.
//
//   node test/bench/bench.mjs [--runs 5] [--json out.json] [--quick] [--ours]
//
// `--quick` (or BENCH_QUICK=1): for iterating on the CSV export and the code size only. Ours alone,
// per page: set the data, sort, export CSV; prints the CSV and size rows. The full run is what
// the README quotes.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { minifyLiterals } from '../../scripts/minify-literals.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const RUNS = Number(option('runs', 5));
const JSON_OUT = option('json', null);
const SCROLL_SECONDS = 3;
const QUICK = args.includes('--quick') || Boolean(process.env.BENCH_QUICK);
/** `--ours`: our table only, every measure (for iterating; the Vaadin column stays empty). */
const ONLY_OURS = args.includes('--ours');

/** One bundle per page; decorators lowered, workspace packages from their TypeScript source. */
async function bundle(entry, minify = false) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    minify,
    conditions: ['source', 'browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

/**
 * The data table package alone: lit and @portaal/core are external (the page has them anyway).
 * Split as a bundler splits it: the code a page loads, and one chunk per language of which a page
 * loads the one it uses (reported apart, the largest of them).
 */
async function tableSize() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['packages/data-table/src/index.ts'],
    bundle: true,
    splitting: true,
    outdir: 'size',
    write: false,
    metafile: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    conditions: ['source'],
    external: ['lit', 'lit/*', '@lit/*', '@portaal/core', '@portaal/core/*'],
    logLevel: 'error',
    // Templates minified as `npm run build` ships them.
    plugins: [
      {
        name: 'minify-literals',
        setup(context) {
          context.onLoad({ filter: /packages\/data-table\/src\/.*\.ts$/ }, (file) => ({
            contents: minifyLiterals(readFileSync(file.path, 'utf8'), file.path),
            loader: 'ts',
          }));
        },
      },
    ],
  });
  const sizes = (files) => {
    const code = Buffer.concat(files.map((file) => file.contents));
    return { min: code.length, gzip: files.reduce((sum, file) => sum + gzipSync(file.contents, { level: 9 }).length, 0) };
  };
  const isLanguage = (file) => /messages\/\w+\.ts$/.test(result.metafile.outputs[relative(root, file.path)]?.entryPoint ?? '');
  const languages = result.outputFiles.filter(isLanguage).map((file) => sizes([file]));
  return { ...sizes(result.outputFiles.filter((file) => !isLanguage(file))), language: languages.sort((a, b) => b.gzip - a.gzip)[0] };
}

const PAGE = (script) => `<!doctype html><html lang="nl-BE"><head><meta charset="utf-8"><title>bench</title>
<style>body { margin: 16px; font-family: system-ui, sans-serif; }</style></head>
<body><script type="module">${script.replace(/<\/script/g, '<\\/script')}</script></body></html>`;

async function runPage(browser, name, html) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('http://bench.local/', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto('http://bench.local/');
  await page.waitForFunction(() => window.bench !== undefined, null, { timeout: 60_000 });
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const call = (method, ...params) =>
    page.evaluate(([m, p]) => window.bench[m](...p), [method, params]).catch((error) => {
      throw new Error(`${name}.${method}: ${error.message}\n${errors.join('\n')}`);
    });

  await call('prepare');
  if (QUICK) {
    await call('firstPaint');
    await call('sort');
    const csv = await call('csv');
    await context.close();
    return { csv: csv.ms, csvLongTasks: csv.longTasks, csvLongest: csv.longestTask, csvWorstFrame: csv.worstFrame, csvRows: csv.rows, csvBytes: csv.bytes };
  }
  const base = await heap();
  const result = { firstPaint: await call('firstPaint') };
  result.heapFirst = (await heap()) - base;
  const sort = await call('sort');
  result.sort = sort.ms;
  result.inversions = sort.inversions;
  result.checked = sort.checked;
  const scroll = await call('scroll', SCROLL_SECONDS);
  result.fps = scroll.fps;
  result.worstFrame = scroll.worst;
  result.jump = await call('jump');
  const hasCsv = await page.evaluate(() => typeof window.bench.csv === 'function');
  if (hasCsv) {
    const csv = await call('csv');
    Object.assign(result, { csv: csv.ms, csvLongTasks: csv.longTasks, csvLongest: csv.longestTask, csvWorstFrame: csv.worstFrame, csvRows: csv.rows, csvBytes: csv.bytes });
  }
  result.filter = await call('filter');
  // Not reported: between the first paint and here V8 also frees compiled code of the page's
  // earlier work (seed generation), so "after everything minus base" came out negative.
  result.heapAfter = (await heap()) - base;
  await context.close();
  return result;
}

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main() {
  process.stdout.write('Building the bench pages… ');
  const [ours, vaadin] = await Promise.all([bundle('test/bench/pages/ours.ts'), bundle('test/bench/pages/vaadin.ts')]);
  const size = await tableSize();
  console.log('done.');

  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--js-flags=--no-flush-bytecode'],
  });
  const runs = { ours: [], vaadin: [] };
  try {
    for (let run = 0; run < RUNS; run++) {
      const order = QUICK || ONLY_OURS ? ['ours'] : run % 2 === 0 ? ['ours', 'vaadin'] : ['vaadin', 'ours'];
      for (const name of order) {
        process.stdout.write(`run ${run + 1}/${RUNS}: ${name}… `);
        const result = await runPage(browser, name, PAGE(name === 'ours' ? ours : vaadin));
        runs[name].push(result);
        console.log(QUICK ? `CSV ${result.csv.toFixed(0)} ms` : `first paint ${result.firstPaint.toFixed(0)} ms, sort ${result.sort.toFixed(0)} ms, ${result.fps.toFixed(1)} fps`);
      }
    }
  } finally {
    await browser.close();
  }

  const m = (name, key) => median(runs[name].map((r) => r[key]));
  const MB = 1024 * 1024;
  const allRows = [
    ['First rows painted after data set (ms)', m('ours', 'firstPaint'), m('vaadin', 'firstPaint'), 'ratio ≤ 0.5', (o, v) => o / v <= 0.5],
    ['Sort click → repaint, 100k text (ms)', m('ours', 'sort'), m('vaadin', 'sort'), 'ratio ≤ 0.8', (o, v) => o / v <= 0.8],
    ['  misordered pairs vs nl-BE collation', m('ours', 'inversions'), m('vaadin', 'inversions'), '0 (ours)', (o) => o === 0, 'count'],
    ['Filter switch → repaint, sorted (ms)', m('ours', 'filter'), m('vaadin', 'filter'), '—', null],
    [`Sorted scrolling ${SCROLL_SECONDS} s: frames per second`, m('ours', 'fps'), m('vaadin', 'fps'), '≥ 55', (o) => o >= 55],
    ['Sorted scrolling: worst frame (ms)', m('ours', 'worstFrame'), m('vaadin', 'worstFrame'), '≤ 100', (o) => o <= 100],
    ['Jump to row 50,000 (ms)', m('ours', 'jump'), m('vaadin', 'jump'), '—', null],
    ['Heap above data, after first paint (MB)', m('ours', 'heapFirst') / MB, m('vaadin', 'heapFirst') / MB, '≤ 2', (o) => o <= 2],
    ['CSV export 100k × 8 columns: total (ms)', m('ours', 'csv'), NaN, '≤ 400', (o) => o <= 400],
    ['CSV export: long tasks ≥ 50 ms (count)', m('ours', 'csvLongTasks'), NaN, '0', (o) => o === 0, 'count'],
    ['CSV export: worst frame while exporting (ms)', m('ours', 'csvWorstFrame'), NaN, '—', null],
    ['Table code, min+gzip without lit (KB)', size.gzip / 1024, NaN, '≤ 15', (o) => o <= 15],
  ];
  const rows = QUICK ? allRows.filter(([label]) => label.startsWith('CSV') || label.startsWith('Table code')) : allRows;
  const fmt = (value, kind) => (Number.isNaN(value) ? '—' : kind === 'count' ? String(Math.round(value)) : value >= 100 ? value.toFixed(0) : value.toFixed(1));
  const table = [['Measure (median of ' + RUNS + ')', 'Ours', 'Vaadin', 'Ours/Vaadin', 'Target', 'Met']];
  for (const [label, o, v, target, check, kind] of rows) {
    const ratio = Number.isNaN(v) || v === 0 || kind === 'count' ? '—' : (o / v).toFixed(2);
    table.push([label, fmt(o, kind), fmt(v, kind), ratio, target, check ? (check(o, v) ? 'yes' : 'NO') : '']);
  }
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
  const line = (row) => `| ${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`;
  console.log('');
  console.log(line(table[0]));
  console.log(`|${widths.map((w, c) => (c === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const row of table.slice(1)) console.log(line(row));
  console.log('');
  console.log(`CSV: ${fmt(m('ours', 'csvRows'), 'count')} rows, ${(m('ours', 'csvBytes') / MB).toFixed(1)} MB; longest long task ${fmt(m('ours', 'csvLongest'))} ms (0: none).`);
  console.log(`Table code: ${(size.min / 1024).toFixed(1)} KB minified, ${(size.gzip / 1024).toFixed(1)} KB gzipped (lit and @portaal/core external); plus the texts of one language, at most ${(size.language.gzip / 1024).toFixed(1)} KB gzipped.`);
  if (!QUICK) console.log(`Sorted column: insured risk (text). Vaadin checked over its ${fmt(m('vaadin', 'checked'), 'count')} sorted rows, ours over ${fmt(m('ours', 'checked'), 'count')}.`);
  if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify({ runs, size }, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
