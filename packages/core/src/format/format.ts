/**
 * Locale-aware formatting through Intl, for tables that format the same few patterns 100k times.
 *
 * Intl formatters are expensive to construct and cheap to use, so each one is built once per
 * (locale, pattern) and kept. Nothing here throws: a value that cannot be formatted is returned
 * as given (or '' for null/undefined), so one bad row never breaks a table.
 */
import { formatEnterpriseNumber } from '../contract/enterprise-number.js';

export { formatEnterpriseNumber };

/** A date-only ISO string (`2026-11-21`): a calendar date, not a moment in time. */
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.Collator;
const cache = new Map<string, Formatter>();

function cached<T extends Formatter>(key: string, create: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = create();
    cache.set(key, formatter);
  }
  return formatter;
}

/** Falls back to `en` for a tag Intl rejects (e.g. `xx_YY`), instead of throwing in the middle of a render. */
function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** How lists sort text for a locale: accent- and case-aware, numbers by value (`Polis 9` before `Polis 10`). */
export function collatorFor(locale: string): Intl.Collator {
  return cached(`collator|${locale}`, () => new Intl.Collator(safeLocale(locale), { numeric: true }));
}

export type DateInput = string | number | Date | null | undefined;

interface ParsedDate {
  date: Date;
  /** True for `YYYY-MM-DD`: format in UTC so the day never shifts with the user's time zone. */
  calendar: boolean;
}

function parseDate(value: Exclude<DateInput, null | undefined>): ParsedDate | null {
  if (typeof value === 'string') {
    const match = CALENDAR_DATE.exec(value);
    if (match) {
      const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
      // Rejects 2026-02-30 and friends, which Date.UTC would silently roll over.
      return date.getUTCDate() === Number(match[3]) ? { date, calendar: true } : null;
    }
  }
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : { date, calendar: false };
}

const DATE_OPTIONS: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' };
const TIME_OPTIONS: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

export interface DateTimeOptions {
  /** IANA zone for moments in time (default: the user's own). Calendar dates ignore it. */
  timeZone?: string;
}

function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions, zone: string | undefined, kind: string) {
  return cached(`${kind}|${locale}|${zone ?? ''}`, () => {
    try {
      return new Intl.DateTimeFormat(safeLocale(locale), zone ? { ...options, timeZone: zone } : options);
    } catch {
      return new Intl.DateTimeFormat(safeLocale(locale), options); // unknown time zone
    }
  });
}

/** `2026-11-21` → `21/11/2026` (nl-BE, fr-BE, en-GB) or `21.11.2026` (de-BE). */
export function formatDate(value: DateInput, locale: string, options: DateTimeOptions = {}): string {
  if (value === null || value === undefined || value === '') return '';
  const parsed = parseDate(value);
  if (!parsed) return String(value);
  const zone = parsed.calendar ? 'UTC' : options.timeZone;
  return dateFormatter(locale, DATE_OPTIONS, zone, 'date').format(parsed.date);
}

/** A moment in time with hours and minutes, in the user's time zone unless told otherwise. */
export function formatDateTime(value: DateInput, locale: string, options: DateTimeOptions = {}): string {
  if (value === null || value === undefined || value === '') return '';
  const parsed = parseDate(value);
  if (!parsed) return String(value);
  const zone = parsed.calendar ? 'UTC' : options.timeZone;
  return dateFormatter(locale, { ...DATE_OPTIONS, ...TIME_OPTIONS }, zone, 'datetime').format(parsed.date);
}

export interface MoneyLike {
  amount: number;
  currency: string;
}

/** `1234.56` or `{ amount: 1234.56, currency: 'EUR' }` → `€ 1.234,56` (nl-BE). Plain numbers are euros. */
export function formatMoney(value: number | MoneyLike | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '';
  const { amount, currency } = typeof value === 'number' ? { amount: value, currency: 'EUR' } : value;
  if (!Number.isFinite(amount)) return '';
  const formatter = cached(`money|${locale}|${currency}`, () => {
    try {
      return new Intl.NumberFormat(safeLocale(locale), { style: 'currency', currency });
    } catch {
      return new Intl.NumberFormat(safeLocale(locale), { style: 'currency', currency: 'EUR' });
    }
  });
  return formatter.format(amount);
}

/**
 * Numbers with the locale's grouping and decimals. Options are part of the cache key, so pass the
 * same literal shape each time (a table column does).
 */
export function formatNumber(value: number | null | undefined, locale: string, options?: Intl.NumberFormatOptions): string {
  if (value === null || value === undefined) return '';
  if (!Number.isFinite(value)) return String(value);
  const key = options ? `number|${locale}|${JSON.stringify(options)}` : `number|${locale}`;
  return cached(key, () => new Intl.NumberFormat(safeLocale(locale), options)).format(value);
}

const FILE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/**
 * `1_200_000` → `1,2 MB` (nl), `1,2 Mo` (fr). Decimal units (1 kB = 1000 bytes), matching the
 * unit names Intl prints; one decimal below 10, none above, as file lists usually show.
 */
export function formatFileSize(bytes: number | null | undefined, locale: string): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return '';
  let index = 0;
  let size = bytes;
  while (size >= 1000 && index < FILE_UNITS.length - 1) {
    size /= 1000;
    index += 1;
  }
  // 999_950 bytes would round to "1000 kB": show "1 MB" instead.
  if (index > 0 && Math.round(size * 10) / 10 >= 1000 && index < FILE_UNITS.length - 1) {
    size /= 1000;
    index += 1;
  }
  const unit = FILE_UNITS[index] ?? 'byte';
  const digits = index === 0 || size >= 10 ? 0 : 1;
  const formatter = cached(`filesize|${locale}|${unit}|${digits}`, () =>
    new Intl.NumberFormat(safeLocale(locale), { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: digits }),
  );
  return formatter.format(size);
}
