/**
 * What a table shows: one definition per column. The table renders every value as text (Lit
 * escapes it), except `status` cells (the status badge's markup) and `action` cells (buttons the
 * table draws from the column's `actions`).
 */
import { formatDate, formatMoney, formatNumber, type DateInput, type MessageParams, type StatusKind } from '@portaal/core';
import type { SortValue } from './sort/sort.js';

export type ColumnType = 'text' | 'number' | 'money' | 'date' | 'status' | 'action';

/** Handed to `text()` and `render()`: the table's locale and translation. */
export interface CellContext {
  locale: string;
  t(key: string, params?: MessageParams): string;
}

export interface CellAction {
  id: string;
  /** The visible text. */
  label: string;
  /** A fuller accessible name, e.g. "Documents of policy AUT-2024-100123". */
  accessibleLabel?: string;
}

export interface DataTableColumn<T = unknown> {
  /** Identifies the column; also the sort and filter key sent to a server (`sort: [{ key }]`). */
  key: string;
  /** Message key of the header (translated by the table); plain text works too. */
  label: string;
  /** Default `text`. Decides alignment, formatting, sorting and the CSV cell. */
  type?: ColumnType;
  /**
   * The raw value: a string, a number, an ISO date (`2026-11-21`), a money object
   * (`{ amount }`) or a status. Default: `row[key]`. Used for sorting, filtering and CSV.
   */
  value?: (row: T) => unknown;
  /** Text shown (and searched, sorted and exported) instead of the raw value, e.g. a translated label. */
  text?: (row: T, context: CellContext) => string;
  /**
   * `action` columns: the buttons of the cell. Pressing one emits `portaal-table-action` with its
   * `id`. Action cells are never exported or sorted; keyboard users reach them with Enter.
   */
  actions?: (row: T, context: CellContext) => readonly CellAction[];
  /** Left out of the grid, the search and the CSV. */
  hidden?: boolean;
  /** Default true, except for `action` columns. */
  sortable?: boolean;
  /** A CSS grid track, e.g. `12rem` or `minmax(10rem, 2fr)`. Default depends on the type. */
  width?: string;
  /** Hidden in the narrow (card) layout, below 600 px. */
  hideNarrow?: boolean;
  /** The cell that names the row (`role="rowheader"`), used in the selection checkbox's label. */
  rowHeader?: boolean;
  /** `status` columns: which statuses (default `policy`). */
  statusKind?: StatusKind;
  /**
   * For a column of codes: the message key prefix of their labels. With `valueLabels: 'lob'` a
   * cell holding `car` shows `t('lob.car')`; a code without a message shows as it is. Each code is
   * translated once per sort or export, where `text` would run for every row.
   */
  valueLabels?: string;
}

export const DEFAULT_WIDTHS: Record<ColumnType, string> = {
  text: 'minmax(9rem, 1.5fr)',
  number: 'minmax(6rem, 0.7fr)',
  money: 'minmax(9rem, 0.8fr)',
  date: 'minmax(8.5rem, 0.7fr)',
  status: 'minmax(9.5rem, 0.8fr)',
  action: 'minmax(9rem, 0.8fr)',
};

export function columnType(column: DataTableColumn<never>): ColumnType {
  return column.type ?? 'text';
}

export function isSortable(column: DataTableColumn<never>): boolean {
  return columnType(column) !== 'action' && column.sortable !== false;
}

/** The raw value of a cell. */
export function rawValue<T>(column: DataTableColumn<T>, row: T): unknown {
  return column.value ? column.value(row) : (row as Record<string, unknown>)[column.key];
}

/** `rawValue` of one column for many rows (sorting, filtering, export). */
export function valueReader<T>(column: DataTableColumn<T>): (row: T) => unknown {
  const { key } = column;
  return column.value ?? ((row) => (row as Record<string, unknown>)[key]);
}

/** A money object's amount, or the number itself. */
export function amountOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value && typeof value === 'object' && 'amount' in value && typeof value.amount === 'number') return value.amount;
  return null;
}

/**
 * `cellText` of one column for many rows (sorting, export): a column of codes translates each
 * code once instead of once per row.
 */
export function textReader<T>(column: DataTableColumn<T>, context: CellContext): (row: T) => string {
  const { text } = column;
  if (text) return (row) => text(row, context);
  const value = valueReader(column);
  if (!labelPrefix(column)) {
    return (row) => {
      const raw = value(row);
      return raw === null || raw === undefined ? '' : String(raw);
    };
  }
  const labels = new Map<unknown, string>();
  return (row) => {
    const raw = value(row);
    let label = labels.get(raw);
    if (label === undefined) labels.set(raw, (label = cellText(column, row, context)));
    return label;
  };
}

/**
 * What a CSV text cell holds: the shown text where `text` or labels make it, else the raw value
 * as it is (the CSV formats it), without `textReader`'s wrapper, a third of an export's reading.
 */
export function exportReader<T>(column: DataTableColumn<T>, context: CellContext): (row: T) => unknown {
  return column.text || labelPrefix(column) ? textReader(column, context) : valueReader(column);
}

/** What a column sorts by, row by row: display text for text-like columns, numbers and dates by value. */
export function sortReader<T>(column: DataTableColumn<T>, context: CellContext): (row: T) => SortValue {
  const type = columnType(column);
  const value = valueReader(column);
  if (type === 'number' || type === 'money') return (row) => amountOf(value(row));
  if (type === 'date') {
    return (row) => {
      const raw = value(row);
      return raw instanceof Date || typeof raw === 'string' || typeof raw === 'number' ? raw : null;
    };
  }
  return textReader(column, context);
}

export function sortKind(column: DataTableColumn<never>): 'text' | 'number' | 'date' {
  const type = columnType(column);
  return type === 'number' || type === 'money' ? 'number' : type === 'date' ? 'date' : 'text';
}

/** The text of a text or status cell (codes and statuses: their translated labels). */
export function cellText<T>(column: DataTableColumn<T>, row: T, context: CellContext): string {
  if (column.text) return column.text(row, context);
  const value = rawValue(column, row);
  if (value === null || value === undefined) return '';
  const prefix = labelPrefix(column);
  if (prefix) {
    const key = `${prefix}.${String(value)}`;
    const label = context.t(key);
    return label === key ? String(value) : label;
  }
  return String(value);
}

/** Where the labels of a column's codes are: `valueLabels`, or the statuses of a status column. */
function labelPrefix(column: DataTableColumn<never>): string | undefined {
  return column.valueLabels ?? (columnType(column) === 'status' ? `status.${column.statusKind ?? 'policy'}` : undefined);
}

/** What a cell shows, formatted for the locale (`€ 1.234,56`, `21/11/2026`). Also what search looks in. */
export function displayText<T>(column: DataTableColumn<T>, row: T, context: CellContext): string {
  const type = columnType(column);
  if (column.text || type === 'text' || type === 'status') return cellText(column, row, context);
  if (type === 'action') return '';
  const value = rawValue(column, row);
  if (type === 'money') {
    const amount = amountOf(value);
    const currency = value && typeof value === 'object' && 'currency' in value ? String(value.currency) : 'EUR';
    return amount === null ? '' : formatMoney({ amount, currency }, context.locale);
  }
  if (type === 'number') return formatNumber(amountOf(value), context.locale);
  return formatDate(value as DateInput, context.locale);
}
