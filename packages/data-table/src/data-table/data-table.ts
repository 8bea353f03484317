import {
  LocalizeController,
  hostStyles,
  announce,
  emit,
  formatDate,
  formatMoney,
  formatNumber,
  isAbortError,
  onMessagesChange,
  registerTokens,
  statusBadgeStyles,
  statusBadgeTemplate,
  statusTone,
  visuallyHidden,
  type ListQuery,
  type Page,
  type SortKey,
} from '@portaal/core';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  DEFAULT_WIDTHS,
  cellText,
  columnType,
  displayText,
  exportReader,
  isSortable,
  rawValue,
  sortKind,
  sortReader,
  valueReader,
  type CellContext,
  type DataTableColumn,
} from '../columns.js';
import { buildCsv, csvFilename, csvFormatFor, type CsvColumn, type CsvFormat, type RowSource } from '../csv/csv.js';
import { saveBlob } from '../download.js';
import { registerDataTableMessages } from '../messages.js';
import { RowSelection } from '../selection/selection.js';
import { collatorFor } from '../sort/collation.js';
import { rankValues, sortPermutation, type Ranks } from '../sort/sort.js';
import { dataTableStyles } from './data-table.styles.js';

/** Filters as the adapter contract has them: equality, or membership for an array (empty: no filter). */
export type TableFilter = NonNullable<ListQuery['filter']>;

/** Server paging: the table asks for the page it needs and shows `total` rows. */
export type DataProvider<T> = (query: ListQuery, options: { signal: AbortSignal }) => Promise<Page<T>>;

export type TableState = 'loading' | 'error' | 'empty' | 'no-results' | 'rows';

export interface TableSortDetail {
  sort: SortKey[];
}
export interface TableSelectDetail {
  /** How many rows are selected. */
  count: number;
  /** True: every matching row except `ids`; false: exactly `ids`. */
  all: boolean;
  ids: string[];
}
export interface TableSearchDetail {
  search: string;
}
export interface TableExportDetail {
  blob: Blob;
  filename: string;
  count: number;
}
export interface TableActionDetail<T = unknown> {
  /** The `id` of the action (see `DataTableColumn.actions`). */
  action: string;
  row: T;
  rowId: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portaal-table-sort': CustomEvent<TableSortDetail>;
    'portaal-table-select': CustomEvent<TableSelectDetail>;
    'portaal-table-search': CustomEvent<TableSearchDetail>;
    'portaal-table-export': CustomEvent<TableExportDetail>;
    'portaal-table-action': CustomEvent<TableActionDetail>;
    'portaal-table-retry': CustomEvent<Record<string, never>>;
    'portaal-table-clear-filters': CustomEvent<Record<string, never>>;
  }
}

/** Rows rendered above and below the visible ones. */
const BUFFER = 4;
/** Pages kept in memory in server mode; the farthest from the view are dropped first. */
const MAX_PAGES = 24;
const EXPORT_PAGE_SIZE = 5000;
const SEARCH_DELAY_MS = 200;
const NARROW_WIDTH = 600;

/** Lower case without accents (only when there are any: most table text is ASCII). */
function fold(text: string): string {
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() : text.toLowerCase();
}

/** The smallest width of a grid track in rem (`minmax(9rem, 1fr)` → 9), so narrow boxes scroll sideways. */
function trackMinimum(track: string): number {
  const match = /^(?:minmax\(\s*)?([\d.]+)rem/.exec(track.trim());
  return match ? Number(match[1]) : 8;
}

/** The sort ranks of `rows` by `column`, in the context's locale. */
function columnRanks<T>(rows: readonly T[], column: DataTableColumn<T>, context: CellContext): Ranks {
  const value = sortReader(column, context);
  return rankValues(rows.length, (i) => value(rows[i]!), sortKind(column), context.locale);
}

/** How many of the using element's filters narrow the list. */
function activeFilters(filter: TableFilter): number {
  return Object.values(filter).filter((value) => value !== undefined && !(Array.isArray(value) && value.length === 0)).length;
}

/**
 * A virtualised, sortable, filterable, selectable grid with CSV export, per the WAI-ARIA grid
 * pattern. Give it `columns` and either `rows` (the full list: it sorts, filters and searches
 * itself) or a `dataProvider` (server paging: it asks for the pages it shows).
 *
 * Rows have a fixed height, so only the visible rows (and a few more) are in the DOM, whether
 * there are 10 or 100 000. Sorting builds an index permutation once; scrolling only reads it.
 * Below 600 px wide, rows become cards, shown a page at a time so nothing is cut off.
 *
 * @slot filters - the using element's filter controls, shown next to the search field.
 * @slot empty - what to show when there are no rows at all ("nothing yet").
 * @event portaal-table-sort - the user changed the sort; detail `{ sort }`.
 * @event portaal-table-select - the selection changed; detail `{ count, all, ids }`.
 * @event portaal-table-search - the search text was applied; detail `{ search }`.
 * @event portaal-table-export - a CSV file is ready; detail `{ blob, filename, count }`. Cancel it to
 *   handle the file yourself instead of having it downloaded.
 * @event portaal-table-action - an action button in a row was pressed; detail `{ action, row, rowId }`.
 * @event portaal-table-retry - Retry was pressed in the error state (client mode: reload `rows`).
 * @event portaal-table-clear-filters - "Clear filters" was pressed: reset your filters (the table
 *   clears its search itself).
 * @csspart toolbar - the row with the filters slot and the search field.
 * @csspart search - the search field.
 * @csspart summary - the count, selection and export line.
 * @csspart export - the export button.
 * @csspart scroller - the scrolling box around the grid.
 * @csspart grid
 * @csspart header - the header row.
 * @csspart row - every data row.
 * @csspart cell - every data cell.
 * @csspart state - the message for loading, nothing yet, no results and errors.
 * @csspart footer - the range, "go to row" and (narrow) paging line.
 * @cssprop --portaal-data-table-row-height - default 2.75rem; rows are exactly this tall.
 * @cssprop --portaal-data-table-height - the most the grid is tall before it scrolls; default 34rem.
 */
export class PortaalDataTable<T = unknown> extends LitElement {
  static override styles = [hostStyles, visuallyHidden, statusBadgeStyles, dataTableStyles];

  /*
   * Declared with `static properties` rather than decorators: decorated fields make the compiler
   * lower the whole class (every private field becomes a WeakMap lookup), which costs bytes and
   * time in the code that runs on every scrolled frame.
   */
  static override properties = {
    columns: { attribute: false },
    rows: { attribute: false },
    dataProvider: { attribute: false },
    rowId: { attribute: false },
    filter: { attribute: false },
    search: {},
    sort: { attribute: false },
    selectable: { type: Boolean, reflect: true },
    exportable: { type: Boolean, reflect: true },
    loading: { type: Boolean, reflect: true },
    error: { attribute: false },
    label: {},
    countKey: { attribute: 'count-key' },
    emptyText: { attribute: 'empty-text' },
    exportName: { attribute: 'export-name' },
    delimiter: {},
    pageSize: { type: Number, attribute: 'page-size' },
    cardPageSize: { type: Number, attribute: 'card-page-size' },
    narrow: { type: Boolean, reflect: true },
    searchDraft: { state: true },
    exporting: { state: true },
    cardPage: { state: true },
  };

  /** What to show, in order. */
  declare columns: DataTableColumn<T>[];
  /** The full list (client mode); null while it is loading. */
  declare rows: readonly T[] | null;
  /** Server mode: asks for one page at a time. Wins over `rows`. */
  declare dataProvider: DataProvider<T> | null;
  /** A stable id per row, for selection; default `row.id`. */
  declare rowId: (row: T) => string;
  /** Filters from the using element, as in the adapter contract. */
  declare filter: TableFilter;
  /** The applied search text (the field applies what the user types after a short pause). */
  declare search: string;
  /** Sort keys, most significant first. */
  declare sort: SortKey[];
  declare selectable: boolean;
  declare exportable: boolean;
  /** Client mode: the using element is (re)loading `rows`. */
  declare loading: boolean;
  /** Client mode: loading failed; shown with Retry. */
  declare error: unknown;
  /** The grid's accessible name (already translated). */
  declare label: string;
  /** Base message key for the count, with `.one`/`.other` forms; default "{count} rows". */
  declare countKey: string;
  /** Message for "nothing yet" (already translated); the `empty` slot wins. */
  declare emptyText: string;
  /** Part of the CSV file name after the organisation, e.g. `polissen`. */
  declare exportName: string;
  /** Overrides the locale's CSV delimiter (`;`, `,` or `tab`). */
  declare delimiter: string;
  /** Rows per server request. */
  declare pageSize: number;
  /** Cards per page in the narrow layout. */
  declare cardPageSize: number;
  /** Set below 600 px: rows are shown as cards. */
  declare narrow: boolean;

  private declare searchDraft: string;
  private declare exporting: boolean;
  private declare cardPage: number;

  readonly #i18n = new LocalizeController(this);
  readonly #selection = new RowSelection<T>();

  // Client mode: the sorted permutation (null: natural order) and the filtered view of it.
  #order: Uint32Array | null = null;
  #view: Uint32Array | null = null;
  #viewLength = 0;
  #ranks = new Map<string, Ranks>();
  #haystack: string[] | null = null;
  #locale = '';
  #memoLocale = '';
  #labels = new Map<string, string>();
  #dates = new Map<string, string>();
  #stopMessages: (() => void) | null = null;

  // Server mode.
  #pages = new Map<number, T[]>();
  #pending = new Map<number, AbortController>();
  #total: number | null = null;
  #serverError: unknown = null;
  #generation = 0;

  // Window.
  #rowHeight = 44;
  #headerHeight = 44;
  #viewportHeight = 600;
  #first = 0;
  #scrollTop = 0;

  // Keyboard: the active cell (-1 = header row), the one tab stop.
  #activeRow = -1;
  #activeCol = 0;

  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #announced = '';
  #announcedKey = '';
  #resize: ResizeObserver | null = null;
  #resizeEntries: ResizeObserverEntry[] = [];
  #resizeFrame = 0;
  #exportAbort: AbortController | null = null;

  constructor() {
    super();
    registerTokens();
    registerDataTableMessages();
    this.columns = [];
    this.rows = null;
    this.dataProvider = null;
    this.rowId = (row) => String((row as { id?: unknown }).id ?? '');
    this.filter = {};
    this.search = '';
    this.sort = [];
    this.selectable = false;
    this.exportable = false;
    this.loading = false;
    this.error = null;
    this.label = '';
    this.countKey = 'dataTable.count';
    this.emptyText = '';
    this.exportName = '';
    this.delimiter = '';
    this.pageSize = 100;
    this.cardPageSize = 20;
    this.narrow = false;
    this.searchDraft = '';
    this.exporting = false;
    this.cardPage = 0;
  }

  private get scroller(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.scroller');
  }

  // --- Public API ------------------------------------------------------------------------------

  /** How many rows match the filters and search (every page, in server mode). */
  get total(): number {
    return this.dataProvider ? (this.#total ?? 0) : this.#viewLength;
  }

  /** Which state the table shows. */
  get state(): TableState {
    if (this.dataProvider) {
      if (this.#serverError && this.#total === null) return 'error';
      if (this.#total === null) return 'loading';
    } else {
      if (this.error) return 'error';
      if (this.loading || this.rows === null) return 'loading';
    }
    if (this.total > 0) return 'rows';
    return this.#filtered() ? 'no-results' : 'empty';
  }

  /** The selection: all matching rows except `ids`, or exactly `ids`. */
  get selection(): TableSelectDetail {
    const { all, ids } = this.#selection;
    return { all, ids: [...ids], count: this.#selection.count(this.total) };
  }

  /** The row at a position of the current (sorted, filtered) view, if loaded. */
  rowAt(index: number): T | undefined {
    if (index < 0 || index >= this.total) return undefined;
    if (this.dataProvider) return this.#pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize];
    const rows = this.rows ?? [];
    return rows[this.#view ? this.#view[index]! : index];
  }

  /** The position of a row in the current view, or -1 (also when its page is not loaded). */
  indexOfRow(id: string): number {
    if (this.dataProvider) {
      for (const [page, items] of this.#pages) {
        const offset = items.findIndex((row) => this.rowId(row) === id);
        if (offset >= 0) return page * this.pageSize + offset;
      }
      return -1;
    }
    for (let i = 0; i < this.total; i++) if (this.rowId(this.rowAt(i)!) === id) return i;
    return -1;
  }

  selectAllMatching(): void {
    this.#selection.selectAll();
    this.#selectionChanged();
  }

  clearSelection(): void {
    this.#selection.clear();
    this.#selectionChanged();
  }

  /** Scrolls to row `n` (1-based, as shown to users) and focuses its first cell. */
  async goToRow(n: number): Promise<void> {
    if (this.total === 0) return;
    const index = Math.min(this.total - 1, Math.max(0, Math.floor(n) - 1));
    await this.#moveTo(index, this.#activeCol, 'top');
  }

  /** Focuses a row by id (e.g. after a dialog about it closed); false when it is not in the view. */
  async focusRow(id: string): Promise<boolean> {
    const index = this.indexOfRow(id);
    if (index < 0) return false;
    await this.#moveTo(index, this.#activeCol);
    return true;
  }

  /** Server mode: forgets the loaded pages and asks again. */
  refresh(): void {
    this.#resetServer();
  }

  /** The CSV of the selected rows, or of every matching row when none is selected. */
  async exportCsv(signal?: AbortSignal): Promise<TableExportDetail> {
    const context = this.#context();
    const format: CsvFormat = { ...csvFormatFor(context.locale) };
    if (this.delimiter) format.delimiter = this.delimiter === 'tab' ? '\t' : this.delimiter;
    // Every column that is not hidden: those left out of the cards on a phone are still the user's data.
    const columns: CsvColumn<T>[] = this.columns
      .filter((column) => !column.hidden && columnType(column) !== 'action')
      .map((column) => {
        const type = columnType(column);
        const kind = type === 'money' || type === 'number' || type === 'date' ? type : 'text';
        return {
          header: context.t(column.label),
          kind,
          value: kind === 'text' ? exportReader(column, context) : valueReader(column),
        };
      });
    const source = await this.#exportRows(signal);
    const blob = await buildCsv(source, columns, { format, ...(signal ? { signal } : {}) });
    const organisation = this.#i18n.context?.organisation?.name;
    const filename = csvFilename([organisation, this.exportName || context.t('dataTable.filename')]);
    return { blob, filename, count: source.order?.length ?? source.rows.length };
  }

  // --- Lifecycle -------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    // Applied in the next frame: changing the layout inside the callback would loop.
    this.#resize = new ResizeObserver((entries) => {
      this.#resizeEntries.push(...entries);
      if (this.#resizeFrame) return;
      this.#resizeFrame = requestAnimationFrame(() => {
        this.#resizeFrame = 0;
        this.#onResize(this.#resizeEntries.splice(0));
      });
    });
    this.#resize.observe(this);
    if (this.hasUpdated) this.#observeParts();
    // An integrator rewording a message: forget the memo (the controller re-renders us).
    this.#stopMessages = onMessagesChange(() => this.#labels.clear());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#resize = null;
    this.#stopMessages?.();
    this.#stopMessages = null;
    cancelAnimationFrame(this.#resizeFrame);
    this.#resizeFrame = 0;
    this.#resizeEntries = [];
    clearTimeout(this.#searchTimer);
    this.#abortPending();
    this.#exportAbort?.abort();
  }

  /** The table's texts load per language: wait for them rather than show keys or another language. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.#i18n.whenReady(() => super.scheduleUpdate());
  }

  protected override firstUpdated(): void {
    const probe = this.renderRoot.querySelector('.probe');
    const rowHeight = probe?.getBoundingClientRect().height ?? 0;
    if (rowHeight > 0) this.#rowHeight = rowHeight;
    this.#observeParts();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('columns') && !this.rows?.length) this.#warmUp();
    if (!this.hasUpdated) {
      // Measured once before the first render, so the first frame already has the right layout.
      const width = this.getBoundingClientRect().width;
      if (width > 0) this.narrow = width < NARROW_WIDTH;
    }
    const locale = this.#i18n.locale;
    const localeChanged = locale !== this.#locale;
    this.#locale = locale;
    if (changed.has('search')) this.searchDraft = this.search;

    const queryChanged = changed.has('filter') || changed.has('search');
    const dataChanged = changed.has('rows') || changed.has('dataProvider') || changed.has('columns');
    if ((queryChanged || dataChanged) && this.hasUpdated && this.#selection.count(Number.MAX_SAFE_INTEGER) > 0) {
      // A selection belongs to one query: "all 3 000 matching" must not silently mean other rows.
      this.#selection.clear();
      this.#selectionChanged(false);
    }

    if (this.dataProvider) {
      if (dataChanged || queryChanged || changed.has('sort') || changed.has('pageSize')) this.#resetServer(false);
    } else {
      if (dataChanged || localeChanged) {
        this.#ranks.clear();
        this.#haystack = null;
      }
      const sortsText = this.sort.some((key) => {
        const column = this.#column(key.key);
        return column !== undefined && sortKind(column) === 'text';
      });
      const reorder = dataChanged || changed.has('sort') || (localeChanged && sortsText);
      if (reorder) this.#computeOrder();
      if (reorder || queryChanged || (localeChanged && this.search)) this.#computeView();
    }

    if (queryChanged || dataChanged || changed.has('sort')) {
      this.cardPage = 0;
      if (changed.has('sort') === false && this.scroller) this.scroller.scrollTop = 0;
    }
    // Keep the tab stop inside the grid when rows disappear.
    if (this.#activeRow >= this.total) this.#activeRow = this.total - 1;
    const columns = this.#columnCount();
    if (this.#activeCol >= columns) this.#activeCol = Math.max(0, columns - 1);
  }

  protected override updated(): void {
    if (this.dataProvider) this.#loadVisiblePages();
    this.#announceState();
  }

  /**
   * Intl formatters take milliseconds to create: make the ones the columns need while the rows are
   * still on their way, so the first rows appear sooner.
   */
  #warmUp(): void {
    const context = this.#context();
    for (const column of this.columns) {
      const type = columnType(column);
      if (type === 'money') formatMoney(0, context.locale);
      else if (type === 'number') formatNumber(0, context.locale);
      else if (type === 'date') formatDate('2000-01-01', context.locale);
      else if (type === 'status') context.t(`status.${column.statusKind ?? 'policy'}.active`);
    }
    collatorFor(context.locale);
  }

  // --- Client model ----------------------------------------------------------------------------

  /**
   * Locale and a translation memo: a table asks for the same few labels (statuses, lines of
   * business, headers) thousands of times while sorting, searching, exporting and scrolling.
   */
  #context(): CellContext {
    const locale = this.#i18n.locale;
    if (locale !== this.#memoLocale) {
      this.#labels.clear();
      this.#dates.clear();
      this.#memoLocale = locale;
    }
    const labels = this.#labels;
    return {
      locale,
      t: (key, params) => {
        if (params) return this.#i18n.t(key, params);
        let label = labels.get(key);
        if (label === undefined) labels.set(key, (label = this.#i18n.t(key)));
        return label;
      },
    };
  }

  /** Calendar dates repeat a lot (a few thousand days for 100 000 rows): format each once. */
  #dateText(value: string, context: CellContext): string {
    let text = this.#dates.get(value);
    if (text === undefined) {
      text = formatDate(value, context.locale);
      if (this.#dates.size > 20_000) this.#dates.clear();
      this.#dates.set(value, text);
    }
    return text;
  }

  #column(key: string): DataTableColumn<T> | undefined {
    return this.columns.find((column) => column.key === key);
  }

  /**
   * The columns on screen: not `hidden`, and without the `hideNarrow` ones on cards. Side by side
   * every column stays: when they do not fit, the grid scrolls sideways with the row's name in view.
   */
  #visibleColumns(): DataTableColumn<T>[] {
    return this.columns.filter((column) => !column.hidden && !(this.narrow && column.hideNarrow));
  }

  #columnCount(): number {
    return this.#visibleColumns().length + (this.selectable ? 1 : 0);
  }

  #filtered(): boolean {
    return activeFilters(this.filter) > 0 || this.search.trim() !== '';
  }

  #rankFor(column: DataTableColumn<T>): Ranks {
    const key = column.key;
    let ranks = this.#ranks.get(key);
    if (!ranks) {
      ranks = columnRanks(this.rows ?? [], column, this.#context());
      this.#ranks.set(key, ranks);
    }
    return ranks;
  }

  /** Sorts once into a permutation; keeps only the ranks of the current sort keys. */
  #computeOrder(): void {
    const rows = this.rows ?? [];
    const steps = this.sort
      .map(({ key, direction }) => {
        const column = this.#column(key);
        return column && isSortable(column) ? { ranks: this.#rankFor(column), descending: direction === 'desc' } : null;
      })
      .filter((step) => step !== null);
    for (const key of this.#ranks.keys()) if (!this.sort.some((s) => s.key === key)) this.#ranks.delete(key);
    this.#order = steps.length ? sortPermutation(rows.length, steps) : null;
  }

  /** Applies filters and search to the sorted order; never sorts. */
  #computeView(): void {
    const rows = this.rows ?? [];
    const tests = this.#filterTests();
    const needle = fold(this.search.trim());
    const order = this.#order;
    if (tests.length === 0 && needle === '') {
      this.#view = order;
      this.#viewLength = rows.length;
      return;
    }
    const haystack = needle ? this.#searchTexts() : null;
    const out = new Uint32Array(rows.length);
    let count = 0;
    for (let p = 0; p < rows.length; p++) {
      const i = order ? order[p]! : p;
      const row = rows[i]!;
      if (haystack && !haystack[i]!.includes(needle)) continue;
      if (tests.every((test) => test(row))) out[count++] = i;
    }
    this.#view = out.slice(0, count);
    this.#viewLength = count;
  }

  #filterTests(): ((row: T) => boolean)[] {
    const tests: ((row: T) => boolean)[] = [];
    for (const [key, expected] of Object.entries(this.filter)) {
      if (expected === undefined) continue;
      const column = this.#column(key);
      const get = column ? (row: T) => rawValue(column, row) : (row: T) => (row as Record<string, unknown>)[key];
      if (Array.isArray(expected)) {
        if (expected.length === 0) continue;
        const allowed = new Set(expected.map(String));
        tests.push((row) => {
          const value = get(row);
          return value !== null && value !== undefined && allowed.has(String(value));
        });
      } else if (expected === null) {
        tests.push((row) => {
          const value = get(row);
          return value === null || value === undefined || value === '';
        });
      } else {
        const wanted = String(expected);
        tests.push((row) => String(get(row)) === wanted);
      }
    }
    return tests;
  }

  /** One folded text per row with what its visible cells show; built on the first search. */
  #searchTexts(): string[] {
    if (this.#haystack) return this.#haystack;
    const rows = this.rows ?? [];
    const context = this.#context();
    const columns = this.columns.filter((column) => !column.hidden && columnType(column) !== 'action');
    const texts = new Array<string>(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      let text = '';
      for (const column of columns) text += `${displayText(column, row, context)}\u0000`;
      texts[i] = fold(text);
    }
    this.#haystack = texts;
    return texts;
  }

  async #exportRows(signal?: AbortSignal): Promise<RowSource<T>> {
    const selection = this.#selection;
    const total = this.total;
    const selecting = !selection.isEmpty(total);
    if (!this.dataProvider) {
      const rows = this.rows ?? [];
      const view = this.#view;
      if (!selecting) return { rows, order: view };
      const order: number[] = [];
      for (let p = 0; p < total; p++) {
        const i = view ? view[p]! : p;
        if (selection.isSelected(this.rowId(rows[i]!))) order.push(i);
      }
      return { rows, order };
    }
    if (selecting && !selection.all) {
      // Rows picked one by one were all on screen: their data is at hand. Sort them like the view.
      const picked = selection.pickedRows;
      const context = this.#context();
      const steps = this.sort
        .map(({ key, direction }) => {
          const column = this.#column(key);
          if (!column || !isSortable(column)) return null;
          return { ranks: columnRanks(picked, column, context), descending: direction === 'desc' };
        })
        .filter((step) => step !== null);
      const order = sortPermutation(picked.length, steps);
      return { rows: picked, order };
    }
    // Every matching row (minus exclusions): ask the server page by page.
    const provider = this.dataProvider;
    const rows: T[] = [];
    for (let index = 0; ; index++) {
      const page = await provider(
        { ...this.#query(), page: { index, size: EXPORT_PAGE_SIZE } },
        { signal: signal ?? new AbortController().signal },
      );
      for (const row of page.items) if (!selecting || selection.isSelected(this.rowId(row))) rows.push(row);
      if (page.items.length < EXPORT_PAGE_SIZE || (index + 1) * EXPORT_PAGE_SIZE >= page.total) break;
    }
    return { rows };
  }

  // --- Server model ----------------------------------------------------------------------------

  #query(): ListQuery {
    const query: ListQuery = {};
    if (activeFilters(this.filter) > 0) query.filter = this.filter;
    if (this.search.trim()) query.search = this.search.trim();
    if (this.sort.length) {
      query.sort = this.sort;
      query.locale = this.#i18n.locale;
    }
    return query;
  }

  #abortPending(): void {
    for (const controller of this.#pending.values()) controller.abort();
    this.#pending.clear();
  }

  #resetServer(update = true): void {
    this.#generation++;
    this.#abortPending();
    this.#pages.clear();
    this.#total = null;
    this.#serverError = null;
    if (update) this.requestUpdate();
  }

  /** Asks for the pages the window shows that are neither loaded nor on their way. */
  #loadVisiblePages(): void {
    const provider = this.dataProvider;
    if (!provider || (this.#serverError && this.#total === null)) return;
    const [from, to] = this.#total === null ? [0, 1] : this.#window();
    if (to <= from && this.#total !== null) return;
    const firstPage = Math.floor(from / this.pageSize);
    const lastPage = Math.floor(Math.max(from, to - 1) / this.pageSize);
    for (let page = firstPage; page <= lastPage; page++) {
      if (this.#pages.has(page) || this.#pending.has(page)) continue;
      this.#fetchPage(provider, page);
    }
  }

  #fetchPage(provider: DataProvider<T>, page: number): void {
    const generation = this.#generation;
    const controller = new AbortController();
    this.#pending.set(page, controller);
    provider({ ...this.#query(), page: { index: page, size: this.pageSize } }, { signal: controller.signal }).then(
      (result) => {
        if (generation !== this.#generation) return;
        this.#pending.delete(page);
        this.#pages.set(page, result.items);
        this.#total = result.total;
        this.#serverError = null;
        this.#evictPages(page);
        this.requestUpdate();
      },
      (error: unknown) => {
        if (generation !== this.#generation || isAbortError(error)) return;
        this.#pending.delete(page);
        this.#serverError = error;
        this.requestUpdate();
      },
    );
  }

  #evictPages(near: number): void {
    if (this.#pages.size <= MAX_PAGES) return;
    const far = [...this.#pages.keys()].sort((a, b) => Math.abs(b - near) - Math.abs(a - near));
    for (const page of far.slice(0, this.#pages.size - MAX_PAGES)) this.#pages.delete(page);
  }

  // --- Window ----------------------------------------------------------------------------------

  #observeParts(): void {
    const scroller = this.scroller;
    const probe = this.renderRoot.querySelector('.probe');
    const header = this.renderRoot.querySelector('.header');
    if (scroller) this.#resize?.observe(scroller);
    if (probe) this.#resize?.observe(probe);
    if (header) this.#resize?.observe(header);
  }

  #onResize(entries: ResizeObserverEntry[]): void {
    let changed = false;
    for (const entry of entries) {
      const target = entry.target as HTMLElement;
      if (target === this) {
        const width = entry.contentRect.width;
        const narrow = width > 0 && width < NARROW_WIDTH;
        if (narrow !== this.narrow) this.narrow = narrow;
      } else if (target.classList.contains('probe')) {
        const height = target.getBoundingClientRect().height;
        if (height > 0 && height !== this.#rowHeight) {
          this.#rowHeight = height;
          changed = true;
        }
      } else if (target.classList.contains('header')) {
        const height = target.getBoundingClientRect().height;
        if (height > 0 && height !== this.#headerHeight) {
          this.#headerHeight = height;
          changed = true;
        }
      } else if (target === this.scroller) {
        // Visible rows are limited by the box's maximum height, not by how many rows it holds now.
        const style = getComputedStyle(target);
        const max = parseFloat(style.maxHeight);
        const height = Number.isFinite(max) ? max : target.clientHeight;
        if (height > 0 && height !== this.#viewportHeight) {
          this.#viewportHeight = height;
          changed = true;
        }
      }
    }
    if (changed) this.requestUpdate();
  }

  /** The positions [from, to) to render. */
  #window(): [number, number] {
    const total = this.total;
    if (this.narrow) {
      const from = Math.min(this.cardPage * this.cardPageSize, Math.max(0, total - 1));
      return [from, Math.min(total, from + this.cardPageSize)];
    }
    const visible = Math.ceil(Math.max(0, this.#viewportHeight - this.#headerHeight) / this.#rowHeight) + 1;
    const first = Math.max(0, Math.min(this.#first, total - visible));
    return [first, Math.min(total, first + visible + 2 * BUFFER)];
  }

  /** Rows fully visible in the viewport, for PageUp/PageDown. */
  #pageRows(): number {
    if (this.narrow) return this.cardPageSize;
    return Math.max(1, Math.floor((this.#viewportHeight - this.#headerHeight) / this.#rowHeight) - 1);
  }

  readonly #onScroll = (): void => {
    const scroller = this.scroller;
    if (!scroller || this.narrow) return;
    this.#scrollTop = scroller.scrollTop;
    const first = Math.max(0, Math.floor(this.#scrollTop / this.#rowHeight) - BUFFER);
    if (first !== this.#first) {
      this.#first = first;
      this.requestUpdate();
    }
  };

  /** Brings row `index` into view (`top`: at the top, as "go to row" does). */
  #reveal(index: number, align: 'nearest' | 'top' = 'nearest'): void {
    if (index < 0) return;
    if (this.narrow) {
      this.cardPage = Math.floor(index / this.cardPageSize);
      return;
    }
    const scroller = this.scroller;
    if (!scroller) return;
    const rowTop = index * this.#rowHeight;
    const bodyHeight = scroller.clientHeight - this.#headerHeight;
    let top = scroller.scrollTop;
    if (align === 'top' || rowTop < top) top = rowTop;
    else if (rowTop + this.#rowHeight > top + bodyHeight) top = rowTop + this.#rowHeight - bodyHeight;
    if (top !== scroller.scrollTop) {
      scroller.scrollTop = top;
      this.#scrollTop = scroller.scrollTop;
    }
    this.#first = Math.max(0, Math.floor(top / this.#rowHeight) - BUFFER);
    this.requestUpdate();
  }

  // --- Keyboard and focus ----------------------------------------------------------------------

  async #moveTo(row: number, col: number, align: 'nearest' | 'top' = 'nearest'): Promise<void> {
    this.#activeRow = row;
    this.#activeCol = col;
    this.#reveal(row, align);
    this.requestUpdate();
    await this.updateComplete;
    this.#focusTarget(row, col)?.focus({ preventScroll: !this.narrow });
    this.#revealColumn(row, col);
  }

  /**
   * Scrolls sideways so the active cell is in view and not under the sticky checkbox and row
   * name (the browser's own scrolling would leave it hidden behind them). Left-to-right layouts.
   */
  #revealColumn(row: number, col: number): void {
    const scroller = this.scroller;
    const cell = this.#cellAt(row, col);
    if (this.narrow || !scroller || !cell || cell.matches('.select, .row-header')) return;
    const view = scroller.getBoundingClientRect();
    const sticky = cell.parentElement?.querySelector('.row-header')?.getBoundingClientRect().right ?? view.left;
    const box = cell.getBoundingClientRect();
    if (box.left < sticky) scroller.scrollLeft -= sticky - box.left;
    else if (box.right > view.right) scroller.scrollLeft += Math.min(box.right - view.right, box.left - sticky);
  }

  #cellAt(row: number, col: number): HTMLElement | null {
    const rowSelector = row < 0 ? '.header' : `[data-row="${row}"]`;
    return this.renderRoot.querySelector<HTMLElement>(`${rowSelector} > [data-col="${col}"]`);
  }

  /** The element that takes focus for a cell: its single control (checkbox, sort button) or the cell. */
  #focusTarget(row: number, col: number): HTMLElement | null {
    const cell = this.#cellAt(row, col);
    return cell?.querySelector<HTMLElement>('[data-focus]') ?? cell;
  }

  readonly #onFocusIn = (event: FocusEvent): void => {
    const target = event.composedPath()[0] as HTMLElement;
    const cell = target.closest<HTMLElement>('[data-col]');
    const rowElement = cell?.parentElement;
    if (!cell || !rowElement) return;
    const row = rowElement.classList.contains('header') ? -1 : Number(rowElement.dataset.row);
    const col = Number(cell.dataset.col);
    if (Number.isNaN(row) || (row === this.#activeRow && col === this.#activeCol)) return;
    this.#activeRow = row;
    this.#activeCol = col;
    this.requestUpdate();
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    const target = event.composedPath()[0] as HTMLElement;
    const inAction = target.classList.contains('action-button');
    if (inAction) {
      // Inside a cell's buttons: Escape goes back to the cell, arrows move between the buttons.
      if (event.key === 'Escape') {
        event.preventDefault();
        this.#focusTarget(this.#activeRow, this.#activeCol)?.focus();
      } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        const buttons = [...(target.parentElement?.querySelectorAll<HTMLElement>('.action-button') ?? [])];
        const next = buttons[buttons.indexOf(target) + (event.key === 'ArrowRight' ? 1 : -1)];
        if (next) {
          event.preventDefault();
          next.focus();
        }
      }
      return;
    }
    const lastRow = this.total - 1;
    const lastCol = this.#columnCount() - 1;
    const ctrl = event.ctrlKey || event.metaKey;
    let row = this.#activeRow;
    let col = this.#activeCol;
    switch (event.key) {
      case 'ArrowDown':
        row = Math.min(row + 1, lastRow);
        break;
      case 'ArrowUp':
        row = Math.max(row - 1, -1);
        break;
      case 'ArrowRight':
        col = Math.min(col + 1, lastCol);
        break;
      case 'ArrowLeft':
        col = Math.max(col - 1, 0);
        break;
      case 'Home':
        col = 0;
        if (ctrl) row = -1;
        break;
      case 'End':
        col = lastCol;
        if (ctrl) row = lastRow;
        break;
      case 'PageDown':
        row = Math.min(row + this.#pageRows(), lastRow);
        break;
      case 'PageUp':
        row = row < 0 ? -1 : Math.max(row - this.#pageRows(), 0);
        break;
      case 'Enter':
      case ' ':
        this.#activate(event, target);
        return;
      default:
        return;
    }
    event.preventDefault();
    void this.#moveTo(row, col);
  };

  /** Enter and Space on the active cell. */
  #activate(event: KeyboardEvent, target: HTMLElement): void {
    const row = this.#activeRow;
    const columns = this.#visibleColumns();
    const dataCol = this.#activeCol - (this.selectable ? 1 : 0);
    if (row < 0) {
      const column = columns[dataCol];
      if (column && isSortable(column) && target.classList.contains('sort')) {
        event.preventDefault();
        this.#sortBy(column, event.shiftKey);
      } else if (dataCol < 0 && event.key === ' ' && target.classList.contains('check')) {
        event.preventDefault();
        this.#toggleAll();
      }
      return;
    }
    if (event.key === ' ') {
      if (!this.selectable) return;
      event.preventDefault();
      this.#toggleRow(row);
      return;
    }
    // Enter: reach the buttons of an action cell.
    const first = this.#cellAt(row, this.#activeCol)?.querySelector<HTMLElement>('.action-button');
    if (first) {
      event.preventDefault();
      first.focus();
    }
  }

  // --- Sorting and selection -------------------------------------------------------------------

  /** Click: sort by this column alone (again: reverse). Shift: add it as a further key (again: reverse it). */
  #sortBy(column: DataTableColumn<T>, add: boolean): void {
    const existing = this.sort.find((key) => key.key === column.key);
    const flipped: SortKey | null = existing ? { key: column.key, direction: existing.direction === 'asc' ? 'desc' : 'asc' } : null;
    let sort: SortKey[];
    if (add) {
      sort = existing ? this.sort.map((key) => (key.key === column.key ? flipped! : key)) : [...this.sort, { key: column.key, direction: 'asc' }];
    } else {
      sort = [existing && this.sort.length === 1 ? flipped! : { key: column.key, direction: 'asc' }];
    }
    this.sort = sort;
    emit<TableSortDetail>(this, 'portaal-table-sort', { sort: this.sort });
    const first = this.sort[0]!;
    const label = this.#i18n.t(this.#column(first.key)?.label ?? first.key);
    void announce(
      this.#i18n.t('dataTable.sorted', {
        column: label,
        direction: this.#i18n.t(first.direction === 'asc' ? 'dataTable.sort.ascending' : 'dataTable.sort.descending'),
      }),
    );
  }

  #toggleRow(index: number): void {
    const row = this.rowAt(index);
    if (!row) return;
    this.#selection.toggle(this.rowId(row), row);
    this.#selectionChanged();
  }

  #toggleAll(): void {
    if (this.#selection.isEmpty(this.total)) this.#selection.selectAll();
    else this.#selection.clear();
    this.#selectionChanged();
  }

  #selectionChanged(update = true): void {
    emit<TableSelectDetail>(this, 'portaal-table-select', this.selection);
    if (update) this.requestUpdate();
  }

  // --- Search, states, export ------------------------------------------------------------------

  #onSearchInput(event: CustomEvent<{ value: string }>): void {
    event.stopPropagation();
    this.searchDraft = event.detail.value;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => this.#applySearch(), SEARCH_DELAY_MS);
  }

  #applySearch(): void {
    clearTimeout(this.#searchTimer);
    if (this.searchDraft === this.search) return;
    this.search = this.searchDraft;
    emit<TableSearchDetail>(this, 'portaal-table-search', { search: this.search });
  }

  #clearFilters(): void {
    this.searchDraft = '';
    this.#applySearch();
    emit(this, 'portaal-table-clear-filters', {});
  }

  #retry(): void {
    if (this.dataProvider) this.#resetServer();
    emit(this, 'portaal-table-retry', {});
  }

  async #export(): Promise<void> {
    if (this.exporting) return;
    this.exporting = true;
    this.#exportAbort = new AbortController();
    try {
      const result = await this.exportCsv(this.#exportAbort.signal);
      if (emit<TableExportDetail>(this, 'portaal-table-export', result, { cancelable: true })) saveBlob(result.blob, result.filename);
      void announce(this.#i18n.t('dataTable.exportReady', { count: result.count }));
    } catch (error) {
      if (!isAbortError(error)) void announce(this.#i18n.error(error), 'assertive');
    } finally {
      this.exporting = false;
      this.#exportAbort = null;
    }
  }

  /** Says what changed once per change: loading, the count, no results, an error. */
  #announceState(): void {
    const state = this.state;
    // Scrolling re-renders often; only a new state or count can change what is said.
    const key = `${state}|${this.total}|${this.#memoLocale}`;
    if (key === this.#announcedKey) return;
    this.#announcedKey = key;
    let message: string;
    if (state === 'loading') message = this.#i18n.t('dataTable.loading');
    else if (state === 'error') message = `${this.#i18n.t('dataTable.error')} ${this.#i18n.error(this.#error())}`;
    else if (state === 'no-results') message = this.#i18n.t('dataTable.noResults');
    else if (state === 'empty') message = this.emptyText || this.#i18n.t('dataTable.empty');
    else message = this.#i18n.t(this.countKey, { count: this.total });
    if (message === this.#announced) return;
    this.#announced = message;
    void announce(message, state === 'error' ? 'assertive' : 'polite');
  }

  #error(): unknown {
    return this.dataProvider ? this.#serverError : this.error;
  }

  // --- Rendering -------------------------------------------------------------------------------

  protected override render() {
    const state = this.state;
    const columns = this.#visibleColumns();
    const total = this.total;
    const busy = state === 'loading' || (this.dataProvider !== null && this.#pending.size > 0);
    const trackList = [...(this.selectable ? ['3rem'] : []), ...columns.map((c) => c.width ?? DEFAULT_WIDTHS[columnType(c)])];
    const tracks = trackList.join(' ');
    const minWidth = trackList.reduce((sum, track) => sum + trackMinimum(track), 0);
    const [from, to] = state === 'rows' ? this.#window() : [0, 0];
    const context = this.#context();
    const positions: number[] = [];
    for (let i = from; i < to; i++) positions.push(i);
    // Keyed by position: scrolling by three rows renders three rows, the others keep their DOM
    // (and a focused cell keeps showing its row while it is in view).
    const rows = repeat(
      positions,
      (i) => i,
      (i) => this.#renderRow(i, columns, context),
    );
    return html`
      <div class="probe" aria-hidden="true"></div>
      <div class="toolbar" part="toolbar">
        ${this.#renderFilters()}
        <portaal-text-field
          class="search"
          part="search"
          type="search"
          label=${this.#i18n.t('dataTable.search')}
          .value=${this.searchDraft}
          @portaal-input=${this.#onSearchInput}
          @change=${(e: Event) => {
            e.stopPropagation();
            this.#applySearch();
          }}
        ></portaal-text-field>
      </div>
      ${this.#renderSummary(state, total)}
      <div class="scroller" part="scroller" style="--_tracks: ${tracks}; --_min-width: ${minWidth}rem" @scroll=${this.#onScroll}>
        <div
          role="grid"
          part="grid"
          class="grid"
          aria-label=${this.label || this.#i18n.t('dataTable.label')}
          aria-rowcount=${total + 1}
          aria-colcount=${this.#columnCount()}
          aria-multiselectable=${this.selectable ? 'true' : nothing}
          aria-busy=${busy ? 'true' : 'false'}
          @keydown=${this.#onKeydown}
          @focusin=${this.#onFocusIn}
        >
          ${this.#renderHeader(columns, context)}
          <div role="rowgroup" class="body" style=${this.narrow ? '' : `height: ${state === 'rows' ? total * this.#rowHeight : 0}px`}>
            <div class="window" style=${this.narrow ? '' : `transform: translateY(${from * this.#rowHeight}px)`}>${rows}</div>
          </div>
        </div>
        ${state === 'rows' ? nothing : this.#renderState(state)}
      </div>
      ${state === 'rows' ? this.#renderFooter(from, to, total) : nothing}
    `;
  }

  /** On cards (phones) the using element's filters fold away behind "Filters (n)", the rows come first. */
  #renderFilters() {
    const filters = html`<div class="filters"><slot name="filters"></slot></div>`;
    if (!this.narrow || !this.querySelector('[slot="filters"]')) return filters;
    const active = activeFilters(this.filter);
    return html`<details class="filters-toggle">
      <summary>${this.#i18n.t('dataTable.filters')}${active ? ` (${active})` : ''}</summary>
      ${filters}
    </details>`;
  }

  #renderSummary(state: TableState, total: number) {
    const count = this.#selection.count(total);
    const loaded = state === 'rows' || state === 'no-results';
    return html`<div class="summary" part="summary">
      <span class="count">${loaded ? this.#i18n.t(this.countKey, { count: total }) : ''}</span>
      ${count > 0
        ? html`<span class="selected-count">${this.#i18n.t('dataTable.selected', { count })}</span>
            ${!this.#selection.isComplete(total)
              ? html`<portaal-button size="sm" variant="ghost" @click=${() => this.selectAllMatching()}
                  >${this.#i18n.t('dataTable.selectAllMatching', { count: total })}</portaal-button
                >`
              : nothing}
            <portaal-button size="sm" variant="ghost" @click=${() => this.clearSelection()}>${this.#i18n.t('dataTable.clearSelection')}</portaal-button>`
        : nothing}
      ${this.exportable
        ? html`<portaal-button
            class="export"
            part="export"
            size="sm"
            ?disabled=${state !== 'rows'}
            ?loading=${this.exporting}
            @click=${this.#export}
            ><svg slot="start" viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
              <path d="M10 3v9m0 0-3.5-3.5M10 12l3.5-3.5M4 14.5V16a1 1 0 0 0 1 1h10a1 1 0 0 0 1-1v-1.5"></path></svg
            >${count > 0 ? this.#i18n.t('dataTable.exportSelection', { count }) : this.#i18n.t('dataTable.export')}</portaal-button
          >`
        : nothing}
    </div>`;
  }

  #renderHeader(columns: DataTableColumn<T>[], context: CellContext) {
    const active = (col: number) => this.#activeRow === -1 && this.#activeCol === col;
    const offset = this.selectable ? 1 : 0;
    const selectedCount = this.#selection.count(this.total);
    return html`<div role="rowgroup" class="head">
      <div role="row" class="row header" part="header" aria-rowindex="1" data-sort-label=${this.#i18n.t('dataTable.sortBy')}>
        ${this.selectable
          ? html`<div role="columnheader" class="cell select" aria-colindex="1" data-col="0">
              <input
                type="checkbox"
                class="check"
                data-focus
                tabindex=${active(0) ? 0 : -1}
                aria-label=${this.#i18n.t('dataTable.selectAll')}
                .checked=${this.#selection.isComplete(this.total)}
                .indeterminate=${selectedCount > 0 && !this.#selection.isComplete(this.total)}
                ?disabled=${this.total === 0}
                @change=${this.#toggleAll}
              />
              <span class="check-label" aria-hidden="true" @click=${this.#toggleAll}>${this.#i18n.t('dataTable.selectAllShort')}</span>
            </div>`
          : nothing}
        ${columns.map((column, index) => {
          const col = index + offset;
          const label = context.t(column.label);
          const position = this.sort.findIndex((key) => key.key === column.key);
          const key = this.sort[position];
          const ariaSort = position === 0 && key ? (key.direction === 'asc' ? 'ascending' : 'descending') : nothing;
          const type = `${columnType(column)}${column.rowHeader ? ' row-header' : ''}`;
          if (!isSortable(column)) {
            return html`<div role="columnheader" class="cell ${type}" aria-colindex=${col + 1} data-col=${col} tabindex=${active(col) ? 0 : -1}>
              <span class="label">${label}</span>
            </div>`;
          }
          return html`<div role="columnheader" class="cell ${type} sortable" aria-colindex=${col + 1} data-col=${col} aria-sort=${ariaSort}>
            <button
              type="button"
              class="sort"
              data-focus
              tabindex=${active(col) ? 0 : -1}
              title=${this.#i18n.t('dataTable.sortHint')}
              @click=${(e: MouseEvent) => this.#sortBy(column, e.shiftKey)}
            >
              <span class="label">${label}</span>
              <span class="indicator ${key ? key.direction : ''}" aria-hidden="true">
                <svg viewBox="0 0 12 12"><path d="M6 2.5 9 6H3zM6 9.5 3 6h6z"></path></svg>
                ${key && this.sort.length > 1 ? html`<span class="priority">${position + 1}</span>` : nothing}
              </span>
              ${key && position > 0
                ? html`<span class="visually-hidden"
                    >, ${this.#i18n.t('dataTable.sortPriority', { priority: position + 1 })},
                    ${this.#i18n.t(key.direction === 'asc' ? 'dataTable.sort.ascending' : 'dataTable.sort.descending')}</span
                  >`
                : nothing}
            </button>
          </div>`;
        })}
      </div>
    </div>`;
  }

  #renderRow(index: number, columns: DataTableColumn<T>[], context: CellContext) {
    const row = this.rowAt(index);
    const offset = this.selectable ? 1 : 0;
    const activeRow = this.#activeRow === index;
    if (row === undefined) {
      // Server mode: this page is on its way.
      return html`<div role="row" class="row placeholder" part="row" aria-rowindex=${index + 2} data-row=${index}>
        ${this.selectable ? html`<div role="gridcell" class="cell select" aria-colindex="1" data-col="0" tabindex=${activeRow && this.#activeCol === 0 ? 0 : -1}></div>` : nothing}
        ${columns.map(
          (column, c) =>
            html`<div role="gridcell" class="cell ${columnType(column)}" aria-colindex=${c + offset + 1} data-col=${c + offset} tabindex=${activeRow && this.#activeCol === c + offset ? 0 : -1}>
              <span class="skeleton"></span>
            </div>`,
        )}
      </div>`;
    }
    const id = this.rowId(row);
    const selected = this.selectable && this.#selection.isSelected(id);
    const header = columns.find((column) => column.rowHeader);
    const name = header ? cellText(header, row, context) : '';
    return html`<div
      role="row"
      class="row ${selected ? 'selected' : ''}"
      part="row"
      aria-rowindex=${index + 2}
      aria-selected=${this.selectable ? String(selected) : nothing}
      data-row=${index}
    >
      ${this.selectable
        ? html`<div role="gridcell" class="cell select" aria-colindex="1" data-col="0">
            <input
              type="checkbox"
              class="check"
              data-focus
              tabindex=${activeRow && this.#activeCol === 0 ? 0 : -1}
              aria-label=${name ? context.t('dataTable.selectRow', { name }) : context.t('dataTable.selectRow.unnamed', { row: String(index + 1) })}
              .checked=${selected}
              @change=${() => this.#toggleRow(index)}
            />
          </div>`
        : nothing}
      ${columns.map((column, c) => this.#renderCell(column, row, id, c + offset, activeRow && this.#activeCol === c + offset, context))}
    </div>`;
  }

  #renderCell(column: DataTableColumn<T>, row: T, id: string, col: number, active: boolean, context: CellContext) {
    const type = columnType(column);
    let content: unknown;
    if (type === 'status') {
      // The status badge's own markup and styles, without an element (and a shadow root) per cell.
      const status = String(rawValue(column, row) ?? '');
      content = statusBadgeTemplate(statusTone(column.statusKind ?? 'policy', status), cellText(column, row, context));
    } else if (type === 'action') {
      content = (column.actions?.(row, context) ?? []).map(
        (action) => html`<button
          type="button"
          class="action-button"
          tabindex="-1"
          aria-label=${action.accessibleLabel || nothing}
          @click=${() => emit<TableActionDetail<T>>(this, 'portaal-table-action', { action: action.id, row, rowId: id })}
        >
          ${action.label}
        </button>`,
      );
    } else if (type === 'date') {
      const value = rawValue(column, row);
      content = typeof value === 'string' ? this.#dateText(value, context) : displayText(column, row, context);
    } else {
      content = displayText(column, row, context);
    }
    // Table rows are one line: the whole text stays available on hover (cards show it in full).
    const title = type === 'text' && !this.narrow ? (content as string) : undefined;
    return html`<div
      role=${column.rowHeader ? 'rowheader' : 'gridcell'}
      class="cell ${type} ${column.rowHeader ? 'row-header' : ''} ${content === '' ? 'empty' : ''}"
      part="cell"
      aria-colindex=${col + 1}
      data-col=${col}
      data-label=${context.t(column.label)}
      title=${title ?? nothing}
      tabindex=${active ? 0 : -1}
    >
      ${content}
    </div>`;
  }

  #renderState(state: TableState) {
    const t = (key: string) => this.#i18n.t(key);
    switch (state) {
      case 'loading':
        return html`<div class="state loading" part="state">
          ${Array.from(
            { length: 6 },
            () => html`<div class="skeleton-row" aria-hidden="true">
              ${Array.from({ length: this.#columnCount() }, () => html`<span><span class="skeleton"></span></span>`)}
            </div>`,
          )}
          <p class="message">${t('dataTable.loading')}</p>
        </div>`;
      case 'error':
        return html`<div class="state error" part="state">
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2.5 22.5 21h-21Z" fill="currentColor"></path><path d="M12 9v5m0 3v.5" stroke="var(--portaal-color-surface)" stroke-width="2" stroke-linecap="round"></path></svg>
          <p class="message"><strong>${t('dataTable.error')}</strong> ${this.#i18n.error(this.#error())}</p>
          <portaal-button variant="primary" @click=${this.#retry}>${t('action.retry')}</portaal-button>
        </div>`;
      case 'no-results':
        return html`<div class="state no-results" part="state">
          <svg class="icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true"><circle cx="10.5" cy="10.5" r="6.5"></circle><path d="m15.5 15.5 5 5M8 8l5 5m0-5-5 5"></path></svg>
          <p class="message"><strong>${t('dataTable.noResults')}</strong> ${t('dataTable.noResults.hint')}</p>
          <portaal-button @click=${this.#clearFilters}>${t('dataTable.clearFilters')}</portaal-button>
        </div>`;
      default:
        return html`<div class="state empty" part="state">
          <svg class="icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" aria-hidden="true"><path d="M3 13h5l1.5 3h5L16 13h5M5.5 5h13L21 13v6H3v-6Z"></path></svg>
          <slot name="empty"><p class="message">${this.emptyText || t('dataTable.empty')}</p></slot>
        </div>`;
    }
  }

  #renderFooter(from: number, to: number, total: number) {
    // The rows the user sees, not the buffer rendered around them.
    let [first, last] = [from, to];
    if (!this.narrow) {
      first = Math.min(total - 1, Math.floor(this.#scrollTop / this.#rowHeight));
      last = Math.min(total, first + Math.max(1, Math.floor((this.#viewportHeight - this.#headerHeight) / this.#rowHeight)));
    }
    const range = this.#i18n.t('dataTable.range', {
      from: this.#i18n.number(Math.min(first + 1, total)),
      to: this.#i18n.number(last),
      total: this.#i18n.number(total),
    });
    if (this.narrow) {
      if (total <= this.cardPageSize) return nothing;
      const pages = Math.ceil(total / this.cardPageSize);
      return html`<div class="footer" part="footer">
        <portaal-button size="sm" ?disabled=${this.cardPage === 0} @click=${() => this.#turnPage(-1)}>${this.#i18n.t('dataTable.previous')}</portaal-button>
        <span class="range">${range}</span>
        <portaal-button size="sm" ?disabled=${this.cardPage >= pages - 1} @click=${() => this.#turnPage(1)}>${this.#i18n.t('dataTable.next')}</portaal-button>
      </div>`;
    }
    if (to - from >= total) return nothing;
    return html`<form class="footer" part="footer" @submit=${this.#onGoToRow}>
      <span class="range">${range}</span>
      <label class="go-to-row"
        >${this.#i18n.t('dataTable.goToRow')}
        <input name="row" type="number" inputmode="numeric" min="1" max=${total} required />
      </label>
      <button type="submit" class="go">${this.#i18n.t('dataTable.go')}</button>
    </form>`;
  }

  #turnPage(delta: number): void {
    this.cardPage = Math.max(0, this.cardPage + delta);
    this.#activeRow = Math.min(this.total - 1, this.cardPage * this.cardPageSize);
    void this.updateComplete.then(() => this.renderRoot.querySelector('.grid')?.scrollIntoView({ block: 'start' }));
  }

  #onGoToRow(event: SubmitEvent): void {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('row') as HTMLInputElement;
    const n = input.valueAsNumber;
    if (Number.isFinite(n)) void this.goToRow(n);
  }
}
