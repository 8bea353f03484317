/**
 * CSV for spreadsheets, RFC 4180: fields separated by the delimiter, records ended by CRLF, a
 * field holding the delimiter, a quote, CR or LF wrapped in quotes with its quotes doubled.
 *
 * - UTF-8 with a byte-order mark, so Excel reads accents right.
 * - Delimiter and decimal separator follow the locale: where the decimal separator is a comma
 *   (nl-BE, fr-BE, de-BE, nl-NL…) Excel expects `;`; elsewhere (en) `,` with a decimal point.
 * - Dates are written as ISO 8601 calendar dates, `YYYY-MM-DD`, which every spreadsheet reads as a
 *   date whatever its language.
 * - Numbers and amounts are plain numbers (amounts with two decimals), no grouping, never quoted
 *   or prefixed: a premium of −12 stays `-12,00`.
 * - Formula injection: a text cell starting with `=`, `+`, `-`, `@`, tab, CR or NUL gets a
 *   leading `'`, so the spreadsheet shows it as text instead of running it.
 */

import { amountOf } from '../columns.js';

export type CsvKind = 'text' | 'number' | 'money' | 'date';

export interface CsvFormat {
  delimiter: string;
  decimal: '.' | ',';
}

export interface CsvColumn<T> {
  header: string;
  kind: CsvKind;
  value: (row: T) => unknown;
}

/** `;` with a decimal comma where the locale writes decimals with a comma, else `,` and a point. */
export function csvFormatFor(locale: string): CsvFormat {
  let decimal: '.' | ',' = '.';
  try {
    const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
    if (part?.value === ',') decimal = ',';
  } catch {
    // Unknown locale tag: English conventions.
  }
  return { delimiter: decimal === ',' ? ';' : ',', decimal };
}

/** `=`, `+`, `-`, `@`, tab, CR, NUL: what makes a spreadsheet evaluate a cell. */
function dangerousStart(code: number): boolean {
  return code === 0x3d || code === 0x2b || code === 0x2d || code === 0x40 || code === 0x09 || code === 0x0d || code === 0x00;
}

/** A leading `'` for text a spreadsheet would otherwise read as a formula. */
export function neutralise(text: string): string {
  return text.length > 0 && dangerousStart(text.charCodeAt(0)) ? `'${text}` : text;
}

const quoteTests = new Map<string, RegExp>();
/** One scan per field: does it hold a quote, CR, LF or the delimiter? */
function quoteTest(delimiter: string): RegExp {
  let test = quoteTests.get(delimiter);
  if (!test) {
    test = new RegExp(`["\\r\\n${delimiter.replace(/[\\\]^-]/g, '\\$&')}]`);
    quoteTests.set(delimiter, test);
  }
  return test;
}

const quoted = (field: string) => `"${field.includes('"') ? field.replaceAll('"', '""') : field}"`;

/** Quotes a field when RFC 4180 requires it (delimiter, quote, CR, LF), doubling its quotes. */
export function quoteField(field: string, delimiter: string): string {
  return quoteTest(delimiter).test(field) ? quoted(field) : field;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD`: calendar dates as given, moments in time as the user's local date. */
export function isoDate(value: unknown): string {
  if (typeof value === 'string') {
    if (value.length === 10 && value.charCodeAt(4) === 0x2d && value.charCodeAt(7) === 0x2d) return value;
    if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
    value = new Date(value);
  } else if (typeof value === 'number') {
    value = new Date(value);
  }
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return `${pad(value.getFullYear(), 4)}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  return '';
}

/** `1234,50` / `-12.00`: rounded to the cent, half away from zero, without the sign of a zero. */
function cents(n: number, decimal: string): string {
  const abs = Math.abs(n);
  if (abs >= 1e13) return n.toFixed(2).replace('.', decimal);
  // Whole cents in integer arithmetic: five times faster than toFixed over 100 000 amounts.
  const total = Math.round(abs * 100);
  const fraction = total % 100;
  return `${n < 0 && total > 0 ? '-' : ''}${(total - fraction) / 100}${decimal}${fraction < 10 ? '0' : ''}${fraction}`;
}

/** One field, formatted, neutralised (text only) and quoted as needed. */
export function csvField(value: unknown, kind: CsvKind, format: CsvFormat): string {
  return fieldWriter(kind, format)(value);
}

/** A column's formatter, made once per export for its kind and format: 100 000 calls then test nothing twice. */
function fieldWriter(kind: CsvKind, format: CsvFormat): (value: unknown) => string {
  const { delimiter, decimal } = format;
  if (kind === 'text') {
    const quotes = quoteTest(delimiter);
    return (value) => {
      if (value === null || value === undefined) return '';
      const text = neutralise(typeof value === 'string' ? value : String(value));
      return quotes.test(text) ? quoted(text) : text;
    };
  }
  // Numbers and dates hold no quotes or line breaks; only an odd delimiter (`-`, `.`) can clash.
  const plain = (text: string) => (text.includes(delimiter) ? quoted(text) : text);
  if (kind === 'date') return (value) => plain(isoDate(value));
  return (value) => {
    const n = amountOf(value);
    if (n === null) return '';
    return plain(kind === 'money' ? cents(n, decimal) : decimal === ',' ? String(n).replace('.', ',') : String(n));
  };
}

export function csvRecord(fields: readonly string[], delimiter: string): string {
  return `${fields.join(delimiter)}\r\n`;
}

/** The header record of `columns`. */
function csvHeader(columns: readonly CsvColumn<never>[], format: CsvFormat): string {
  return csvRecord(
    columns.map((column) => csvField(column.header, 'text', format)),
    format.delimiter,
  );
}

/** Rows are read and formatted this many at a time, column by column. */
const BATCH = 128;

/**
 * The records of view positions `from` to `to` (at most BATCH apart). Read and formatted column by
 * column: each reader and formatter runs for the whole batch, and the reads of different rows do
 * not wait on each other. Records are built with `+=`, which measured faster than joining arrays.
 */
function rowsWriter<T>(columns: readonly CsvColumn<T>[], format: CsvFormat) {
  const values = columns.map((column) => column.value);
  const writers = columns.map((column) => fieldWriter(column.kind, format));
  const last = columns.length - 1;
  const { delimiter } = format;
  const batch: T[] = [];
  const cells: string[] = [];
  return ({ rows, order }: RowSource<T>, from: number, to: number): string => {
    const size = to - from;
    for (let i = 0; i < size; i++) batch[i] = rows[order ? order[from + i]! : from + i]!;
    for (let c = 0; c <= last; c++) {
      const value = values[c]!;
      const write = writers[c]!;
      for (let i = 0; i < size; i++) cells[c * BATCH + i] = write(value(batch[i]!));
    }
    let text = '';
    for (let i = 0; i < size; i++) {
      let record = cells[i] ?? '';
      for (let c = 1; c <= last; c++) record += delimiter + cells[c * BATCH + i]!;
      text += `${record}\r\n`;
    }
    return text;
  };
}

/**
 * What to export: `rows` as they are, or the positions listed in `order` (a table's sorted and
 * filtered view), so the table need not copy its rows into a new array.
 */
export interface RowSource<T> {
  rows: readonly T[];
  order?: ArrayLike<number> | null;
}

export interface BuildCsvOptions {
  format: CsvFormat;
  signal?: AbortSignal;
  /** Called after each chunk with the rows done so far. */
  onProgress?: (done: number, total: number) => void;
  /** Longest stretch of work between two yields to the browser, in ms. */
  budgetMs?: number;
  /** Encode to UTF-8 in a worker (default); `false` keeps all work on the main thread. */
  worker?: boolean;
}

export const CSV_MIME = 'text/csv;charset=utf-8';
const BOM = '\uFEFF';

/**
 * Gives the browser a turn between two chunks. A posted message, not `scheduler.yield()`: its
 * continuation outranks rendering, which then waited ~100 ms per frame in Chromium, and not
 * `setTimeout`, which is clamped to 4 ms after a few nested calls.
 */
export function yieldToMain(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * The CSV text of `rows`, without BOM. Synchronous: for small exports and tests; the table uses
 * `buildCsv`, which does the same work in chunks.
 */
export function csvText<T>(rows: readonly T[], columns: readonly CsvColumn<T>[], format: CsvFormat): string {
  const write = rowsWriter(columns, format);
  let text = csvHeader(columns, format);
  for (let k = 0; k < rows.length; k += BATCH) text += write({ rows }, k, Math.min(rows.length, k + BATCH));
  return text;
}

/** Where the chunks of text go on their way to becoming the file. */
interface ChunkSink {
  add(text: string): void;
  finish(): Promise<Blob>;
  cancel(): void;
}

/** Each chunk encoded to UTF-8 right away (inside `new Blob`), so the end only joins bytes. */
function mainThreadSink(): ChunkSink {
  const parts: Blob[] = [];
  return {
    add: (text) => void parts.push(new Blob([text])),
    finish: () => Promise.resolve(new Blob(parts, { type: CSV_MIME })),
    cancel() {},
  };
}

// Says it runs (0), keeps each chunk as bytes, and answers the final message with the whole file.
const WORKER_SOURCE = `postMessage(0);const p=[];onmessage=({data:d})=>{if(typeof d=='string')p.push(new Blob([d]));else postMessage(new Blob(p,{type:d.type}))}`;

/**
 * Encoding ten megabytes of text to UTF-8 is a third of an export's work: a worker does it while
 * the main thread formats the next rows. Until the worker says it runs, chunks wait here: where it
 * cannot start (a Content-Security-Policy without `worker-src blob:`) they are encoded on the main
 * thread instead. Once it runs, nothing is kept here, so ten megabytes of text do not pile up.
 */
function workerSink(): ChunkSink {
  let worker: Worker;
  let url: string;
  try {
    url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
    worker = new Worker(url);
  } catch {
    return mainThreadSink();
  }
  let waiting: string[] | null = [];
  let fallback: ChunkSink | null = null;
  let started!: () => void;
  let finished!: (file: Blob | Error) => void;
  const running = new Promise<void>((resolve) => (started = resolve));
  const file = new Promise<Blob | Error>((resolve) => (finished = resolve));
  worker.onmessage = ({ data }: MessageEvent<Blob | 0>) => {
    if (data instanceof Blob) return finished(data);
    for (const text of waiting ?? []) worker.postMessage(text);
    waiting = null;
    started();
  };
  worker.onerror = () => {
    if (waiting) {
      fallback = mainThreadSink();
      for (const text of waiting) fallback.add(text);
      waiting = null;
      started();
    } else {
      finished(new Error('The CSV worker stopped'));
    }
  };
  const stop = () => {
    worker.terminate();
    URL.revokeObjectURL(url);
  };
  return {
    add(text) {
      if (fallback) fallback.add(text);
      else if (waiting) waiting.push(text);
      else worker.postMessage(text);
    },
    async finish() {
      await running;
      if (fallback) {
        stop();
        return fallback.finish();
      }
      worker.postMessage({ type: CSV_MIME });
      const result = await file;
      stop();
      if (result instanceof Error) throw result;
      return result;
    },
    cancel: stop,
  };
}

/**
 * Builds the CSV file in chunks of at most `budgetMs` of work, yielding to the browser between
 * them, so 100 000 rows never freeze the page. Rejects with an AbortError when `signal` aborts.
 * Built from strings with `+=` and the engine's encoder, fast from the first call: a faster
 * hand-written UTF-8 writer was tried, but an export runs once, before the JIT has warmed it up,
 * and then took twice as long.
 */
export async function buildCsv<T>(source: RowSource<T>, columns: readonly CsvColumn<T>[], options: BuildCsvOptions): Promise<Blob> {
  const { format, signal, onProgress, budgetMs = 8, worker = true } = options;
  const total = source.order ? source.order.length : source.rows.length;
  const write = rowsWriter(columns, format);
  const sink = worker ? workerSink() : mainThreadSink();
  sink.add(BOM + csvHeader(columns, format));
  try {
    let k = 0;
    while (k < total) {
      signal?.throwIfAborted();
      const started = performance.now();
      let chunk = '';
      do {
        const end = Math.min(total, k + BATCH);
        chunk += write(source, k, end);
        k = end;
      } while (k < total && performance.now() - started < budgetMs);
      sink.add(chunk);
      onProgress?.(k, total);
      if (k < total) await yieldToMain();
    }
    signal?.throwIfAborted();
    return await sink.finish();
  } catch (error) {
    sink.cancel();
    throw error;
  }
}

/** Lower case ASCII words joined by `-`: `Transport Peeters & Zonen NV` → `transport-peeters-zonen-nv`. */
export function slugify(text: string, maxLength = 60): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}

/** `transport-peeters-zonen-nv-polissen-2026-11-21.csv`; empty parts are left out. */
export function csvFilename(parts: readonly (string | null | undefined)[], date: Date = new Date()): string {
  const words = parts.map((part) => slugify(part ?? '')).filter(Boolean);
  return `${[...words, isoDate(date)].join('-')}.csv`;
}
