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
function needsQuotes(field: string, delimiter: string): boolean {
  let test = quoteTests.get(delimiter);
  if (!test) {
    test = new RegExp(`["\\r\\n${delimiter.replace(/[\\\]^-]/g, '\\$&')}]`);
    quoteTests.set(delimiter, test);
  }
  return test.test(field);
}

/** Quotes a field when RFC 4180 requires it (delimiter, quote, CR, LF), doubling its quotes. */
export function quoteField(field: string, delimiter: string): string {
  if (!needsQuotes(field, delimiter)) return field;
  return `"${field.includes('"') ? field.replaceAll('"', '""') : field}"`;
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

function amount(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value && typeof value === 'object' && 'amount' in value && typeof value.amount === 'number') return value.amount;
  return null;
}

/** One field, formatted, neutralised (text only) and quoted as needed. */
export function csvField(value: unknown, kind: CsvKind, format: CsvFormat): string {
  if (value === null || value === undefined) return '';
  switch (kind) {
    case 'money':
    case 'number': {
      const n = amount(value);
      if (n === null) return '';
      let text = kind === 'money' ? n.toFixed(2) : String(n);
      if (text === '-0.00') text = '0.00';
      if (format.decimal === ',') text = text.replace('.', ',');
      return quoteField(text, format.delimiter);
    }
    case 'date':
      return isoDate(value);
    default:
      return quoteField(neutralise(String(value)), format.delimiter);
  }
}

export function csvRecord(fields: readonly string[], delimiter: string): string {
  return `${fields.join(delimiter)}\r\n`;
}

/** Rows by position, so a table can hand over its sorted view without copying it into an array. */
export interface RowSource<T> {
  length: number;
  at(index: number): T;
}

export interface BuildCsvOptions {
  format: CsvFormat;
  signal?: AbortSignal;
  /** Called after each chunk with the rows done so far. */
  onProgress?: (done: number, total: number) => void;
  /** Longest stretch of work between two yields to the browser, in ms. */
  budgetMs?: number;
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
  let text = csvRecord(
    columns.map((column) => csvField(column.header, 'text', format)),
    format.delimiter,
  );
  for (const row of rows) text += csvRecord(columns.map((column) => csvField(column.value(row), column.kind, format)), format.delimiter);
  return text;
}

/**
 * Builds the CSV file in chunks of at most `budgetMs` of work, yielding to the browser between
 * them, so 100 000 rows never freeze the page. Each chunk is encoded to UTF-8 as it is made, so the
 * final Blob only joins bytes. Rejects with an AbortError when `signal` aborts.
 */
export async function buildCsv<T>(rows: RowSource<T>, columns: readonly CsvColumn<T>[], options: BuildCsvOptions): Promise<Blob> {
  const { format, signal, onProgress, budgetMs = 8 } = options;
  const encoder = new TextEncoder();
  const chunks: Uint8Array<ArrayBuffer>[] = [encoder.encode(BOM + csvRecord(columns.map((c) => csvField(c.header, 'text', format)), format.delimiter))];
  const { delimiter } = format;
  const width = columns.length;
  // One formatting function per column, chosen once rather than per cell.
  const cells = columns.map((column): ((row: T) => string) => {
    const { value, kind } = column;
    if (kind === 'text') return (row) => {
      const raw = value(row);
      return raw === null || raw === undefined ? '' : quoteField(neutralise(String(raw)), delimiter);
    };
    return (row) => csvField(value(row), kind, format);
  });
  let index = 0;
  while (index < rows.length) {
    signal?.throwIfAborted();
    const started = performance.now();
    // Joined once per chunk: a flat string encodes much faster than a long chain of `+=`.
    const lines: string[] = [];
    const fields = new Array<string>(width);
    do {
      const end = Math.min(rows.length, index + 128);
      for (; index < end; index++) {
        const row = rows.at(index);
        for (let c = 0; c < width; c++) fields[c] = cells[c]!(row);
        lines.push(fields.join(delimiter));
      }
    } while (index < rows.length && performance.now() - started < budgetMs);
    lines.push('');
    chunks.push(encoder.encode(lines.join('\r\n')));
    onProgress?.(index, rows.length);
    if (index < rows.length) await yieldToMain();
  }
  signal?.throwIfAborted();
  return new Blob(chunks, { type: CSV_MIME });
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
