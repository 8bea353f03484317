/**
 * Filter, search, sort and page: one function for every list (policies, claims), the way a real
 * back end would run it in SQL. Unknown keys are a `validation` error, not silently ignored.
 */
import { collatorFor, translate, type ListQuery, type Page } from '@portaal/core';
import { fieldError } from './field-error.js';

type Primitive = string | number | boolean | null;
type FilterValue = Primitive | readonly string[];

export interface ListFields<T> {
  /** Keys that may be filtered and sorted on. */
  keys: readonly string[];
  /** The comparable value of a field (amounts for money, names for people). */
  value(item: T, key: string): Primitive;
  /** The texts a free-text search looks in. */
  text(item: T): readonly string[];
  /** Fields holding codes, with the message prefix of their labels: sorted by label in the query's locale. */
  labels?: Readonly<Record<string, string>>;
}

/** Lower case without accents, so `lefevre` finds `Lefèvre` and `zoe` finds `Zoë`. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

function compareValues(a: Primitive, b: Primitive, collator: Intl.Collator): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const left = String(a);
  const right = String(b);
  // ISO dates and date-times order correctly as plain strings; names need the collator.
  if (ISO_DATE.test(left) && ISO_DATE.test(right)) return left < right ? -1 : left > right ? 1 : 0;
  return collator.compare(left, right);
}

/** Filter values may arrive as strings (from a URL), so equality compares the text form. */
function matches(actual: Primitive, expected: FilterValue): boolean {
  if (expected === null) return actual === null;
  if (Array.isArray(expected)) return expected.length === 0 || expected.some((option) => actual !== null && String(actual) === option);
  return actual !== null && String(actual) === String(expected);
}

const haystacks = new WeakMap<object, string>();

function haystack<T extends object>(item: T, fields: ListFields<T>): string {
  let text = haystacks.get(item);
  if (text === undefined) {
    text = foldText(fields.text(item).join('\u0000'));
    haystacks.set(item, text);
  }
  return text;
}

export function runQuery<T extends object>(items: readonly T[], query: ListQuery = {}, fields: ListFields<T>): Page<T> {
  const known = new Set(fields.keys);
  const filters = Object.entries(query.filter ?? {}).filter(([, value]) => value !== undefined) as [string, FilterValue][];
  for (const [key] of filters) if (!known.has(key)) throw fieldError(`filter.${key}`, 'unknown_field');
  for (const { key, direction } of query.sort ?? []) {
    if (!known.has(key)) throw fieldError(`sort.${key}`, 'unknown_field');
    if (direction !== 'asc' && direction !== 'desc') throw fieldError(`sort.${key}`, 'invalid_direction');
  }
  const page = query.page;
  if (page && (!Number.isInteger(page.index) || page.index < 0)) throw fieldError('page.index', 'invalid');
  if (page && (!Number.isInteger(page.size) || page.size < 1 || page.size > 10_000)) throw fieldError('page.size', 'invalid');

  const needle = foldText(query.search?.trim() ?? '');
  let result = items.filter(
    (item) =>
      filters.every(([key, expected]) => matches(fields.value(item, key), expected)) &&
      (needle === '' || haystack(item, fields).includes(needle)),
  );

  const sort = query.sort ?? [];
  if (sort.length > 0) {
    const locale = query.locale || 'nl';
    const collator = collatorFor(locale);
    // A code sorts by its label in the user's language (`lob.fire` → Brand, Incendie, Feuer).
    const read = (item: T, key: string): Primitive => {
      const value = fields.value(item, key);
      const prefix = fields.labels?.[key];
      return prefix && value !== null ? translate(locale, `${prefix}.${String(value)}`) : value;
    };
    result = result.sort((a, b) => {
      for (const { key, direction } of sort) {
        const left = read(a, key);
        const right = read(b, key);
        if (left === right) continue;
        // Empty values go last whatever the direction, as spreadsheets do.
        if (left === null) return 1;
        if (right === null) return -1;
        const order = compareValues(left, right, collator);
        if (order !== 0) return direction === 'desc' ? -order : order;
      }
      return 0;
    });
  }

  const total = result.length;
  if (page) result = result.slice(page.index * page.size, (page.index + 1) * page.size);
  return { items: result, total };
}
