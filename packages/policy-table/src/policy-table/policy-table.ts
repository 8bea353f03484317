import { Task, TaskStatus } from '@lit/task';
import {
  hostStyles,
  CAR_LINES,
  LINES_OF_BUSINESS,
  LocalizeController,
  POLICY_STATUSES,
  PortaalConsumer,
  emit,
  isPortaalError,
  registerTokens,
  type Adapter,
  type LineOfBusiness,
  type ListQuery,
  type PolicySortKey,
  type Policy,
  type PolicyStatus,
  type SortKey,
} from '@portaal/core';
import type { DataProvider, DataTableColumn, PortaalDataTable, TableActionDetail, TableFilter } from '@portaal/data-table';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { registerPolicyTableMessages } from '../messages.js';
import { policyTableStyles } from './policy-table.styles.js';

/** "All / car only / all but car", as in the real portals. */
export type QuickFilter = 'all' | 'car' | 'non-car';
/** `auto`: the full list when the organisation has at most `client-limit` policies, else server paging. */
export type PagingMode = 'auto' | 'client' | 'server';

export interface PolicyDocumentsDetail {
  policyId: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portaal-documents-open': CustomEvent<PolicyDocumentsDetail>;
    'portaal-documents-close': CustomEvent<PolicyDocumentsDetail>;
  }
}

const NON_CAR_LINES = LINES_OF_BUSINESS.filter((line) => !CAR_LINES.includes(line));

type Loaded =
  | { kind: 'no-access' }
  | { kind: 'client'; rows: Policy[] }
  | { kind: 'server'; provider: DataProvider<Policy> };

function linesFor(quick: QuickFilter): readonly LineOfBusiness[] {
  return quick === 'car' ? CAR_LINES : quick === 'non-car' ? NON_CAR_LINES : LINES_OF_BUSINESS;
}

/** The table's columns; labels are message keys, translated by the table for the current locale. */
export const POLICY_COLUMNS: DataTableColumn<Policy>[] = [
  { key: 'number', label: 'policyTable.column.number', rowHeader: true, width: 'minmax(10.5rem, 1fr)' },
  { key: 'lineOfBusiness', label: 'policyTable.column.line', valueLabels: 'lob', width: 'minmax(7.5rem, 1fr)' },
  { key: 'product', label: 'policyTable.column.product', width: 'minmax(6.5rem, 1fr)', hideNarrow: true },
  { key: 'insuredRisk', label: 'policyTable.column.risk', width: 'minmax(8rem, 1.8fr)' },
  { key: 'status', label: 'policyTable.column.status', type: 'status', statusKind: 'policy', width: 'minmax(9rem, 0.8fr)' },
  { key: 'startDate', label: 'policyTable.column.start', type: 'date', hideNarrow: true, width: 'minmax(8.5rem, 0.7fr)' },
  { key: 'renewalDate', label: 'policyTable.column.renewal', type: 'date', width: 'minmax(7.5rem, 0.7fr)' },
  { key: 'premium', label: 'policyTable.column.premium', type: 'money', width: 'minmax(8rem, 0.8fr)' },
  {
    key: 'documents',
    label: 'policyTable.column.documents',
    type: 'action',
    width: 'minmax(8.5rem, 0.6fr)',
    actions: (policy, c) => [
      { id: 'documents', label: c.t('policyTable.documents'), accessibleLabel: c.t('policyTable.documents.label', { number: policy.number }) },
    ],
  },
];

/**
 * The current organisation's policies: quick filter (all / car only / all but car), line of
 * business and status filters, search, sort, selection and CSV export, and per policy a panel
 * with its documents.
 *
 * It loads through the adapter of the nearest <portaal-provider> (or its own `.adapter`), again
 * whenever the organisation changes, cancelling a request still running for the previous one.
 * With `paging="auto"` it takes the whole list when the organisation has at most `client-limit`
 * policies (instant filters and sorting) and lets the server page, sort and filter beyond that.
 *
 * Deep link: `policy="<id>"` opens that policy's documents; the attribute follows the panel, and
 * `portaal-documents-open`/`-close` tell the page so it can keep its URL in step.
 *
 * @event portaal-documents-open - the documents panel opened; detail `{ policyId }`.
 * @event portaal-documents-close - it closed; detail `{ policyId }`.
 * @csspart table - the <portaal-data-table> (style its own parts through it).
 * @csspart filters - the filter controls.
 * @csspart no-access - the message for users without access to policies.
 * @csspart documents - the documents dialog.
 */
export class PortaalPolicyTable extends LitElement {
  static override styles = [hostStyles, policyTableStyles];

  /** Used alone, without a provider. */
  @property({ attribute: false }) accessor adapter: Adapter | null = null;
  /** The policy whose documents are open (deep link). */
  @property({ reflect: true }) accessor policy: string | null = null;
  @property() accessor paging: PagingMode = 'auto';
  /** `auto` paging: the most policies loaded at once to work client-side. */
  @property({ type: Number, attribute: 'client-limit' }) accessor clientLimit = 5000;
  /** Overrides the CSV delimiter of the locale. */
  @property() accessor delimiter = '';

  @state() private accessor quick: QuickFilter = 'all';
  @state() private accessor line: LineOfBusiness | '' = '';
  @state() private accessor status: PolicyStatus | '' = '';
  @state() private accessor sort: SortKey[] = [];

  @query('portaal-data-table') private accessor table!: PortaalDataTable<Policy> | null;

  readonly #portaal = new PortaalConsumer(this);
  readonly #i18n = new LocalizeController(this);
  #filter: TableFilter = {};
  #organisationId: string | null = null;

  readonly #load = new Task(this, {
    task: async ([adapter, , permitted, paging, limit, waiting], { signal }): Promise<Loaded | null> => {
      // Restricted users never reach the back end for policies.
      if (!permitted) return { kind: 'no-access' };
      if (!adapter || waiting) return null;
      const provider: DataProvider<Policy> = (query, options) => adapter.policies.list(query as ListQuery<PolicySortKey>, options);
      try {
        if (paging === 'server') return { kind: 'server', provider };
        const page = await adapter.policies.list(paging === 'client' ? {} : { page: { index: 0, size: limit } }, { signal });
        if (paging === 'client' || page.total <= page.items.length) return { kind: 'client', rows: page.items };
        return { kind: 'server', provider };
      } catch (error) {
        if (isPortaalError(error, 'forbidden')) return { kind: 'no-access' };
        throw error;
      }
    },
    args: () =>
      [
        this.#portaal.adapter,
        this.#portaal.value.session?.currentOrganisationId ?? null,
        this.#portaal.permits('policies'),
        this.paging,
        this.clientLimit,
        // Inside a provider that has not loaded the session yet, access is unknown: wait for it.
        this.#i18n.context !== undefined && !this.#portaal.value.session && !this.adapter,
      ] as const,
  });

  /** Looks up the deep-linked policy when it is not in the loaded rows (server paging). */
  readonly #policyLookup = new Task(this, {
    task: async ([adapter, id, loaded], { signal }): Promise<Policy | null> => {
      if (!id || !adapter || !loaded || loaded.kind === 'no-access') return null;
      if (loaded.kind === 'client') return loaded.rows.find((policy) => policy.id === id) ?? null;
      const page = await adapter.policies.list({ filter: { id }, page: { index: 0, size: 1 } }, { signal });
      return page.items[0] ?? null;
    },
    args: () => [this.#portaal.adapter, this.policy, this.#load.value] as const,
  });

  constructor() {
    super();
    registerTokens();
    registerPolicyTableMessages();
  }

  /** Reloads the list (e.g. after the page learned that policies changed). */
  reload(): void {
    void this.#load.run();
  }

  /**
   * The table's texts load per language: wait for them rather than show keys or
   * another language. The policies load meanwhile.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.#i18n.whenReady(
      () => super.scheduleUpdate(),
      () => this.#load.hostUpdate(),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const has = (key: string) => (changed as Map<PropertyKey, unknown>).has(key);
    if (has('quick') || has('line') || has('status') || !this.hasUpdated) {
      const filter: TableFilter = {};
      const lines = this.line ? [this.line] : this.quick === 'all' ? [] : [...linesFor(this.quick)];
      if (lines.length) filter.lineOfBusiness = lines;
      if (this.status) filter.status = this.status;
      this.#filter = filter;
    }
    // Another organisation: a panel about the previous one's policy makes no sense any more.
    const organisation = this.#portaal.value.session?.currentOrganisationId ?? null;
    if (organisation !== this.#organisationId) {
      if (this.#organisationId !== null && this.policy) this.policy = null;
      this.#organisationId = organisation;
    }
  }

  protected override render() {
    const loaded = this.#load.value;
    if (loaded?.kind === 'no-access') return this.#renderNoAccess();
    const t = (key: string, params?: Record<string, string | number>) => this.#i18n.t(key, params);
    const error = this.#load.status === TaskStatus.ERROR ? this.#load.error : null;
    const pending = !error && (this.#load.status !== TaskStatus.COMPLETE || !loaded);
    return html`
      <portaal-data-table
        part="table"
        selectable
        exportable
        label=${t('policyTable.label')}
        count-key="policyTable.count"
        empty-text=${t('policyTable.empty')}
        export-name=${t('policyTable.exportName')}
        delimiter=${this.delimiter}
        .columns=${POLICY_COLUMNS}
        .rows=${loaded?.kind === 'client' ? loaded.rows : null}
        .dataProvider=${loaded?.kind === 'server' ? loaded.provider : null}
        .loading=${pending}
        .error=${error}
        .filter=${this.#filter}
        .sort=${this.sort}
        @portaal-table-sort=${(e: CustomEvent<{ sort: SortKey[] }>) => (this.sort = e.detail.sort)}
        @portaal-table-action=${this.#onAction}
        @portaal-table-retry=${() => this.reload()}
        @portaal-table-clear-filters=${this.#clearFilters}
      >
        ${this.#renderFilters()}
      </portaal-data-table>
      ${this.#renderDocuments()}
    `;
  }

  #renderFilters() {
    const t = (key: string) => this.#i18n.t(key);
    const quick: [QuickFilter, string][] = [
      ['all', 'policyTable.quick.all'],
      ['car', 'policyTable.quick.car'],
      ['non-car', 'policyTable.quick.nonCar'],
    ];
    return html`<div slot="filters" class="filters" part="filters">
      <fieldset class="quick">
        <legend>${t('policyTable.quick.legend')}</legend>
        <div class="segments">
          ${quick.map(
            ([value, key]) => html`<label class="segment">
              <input type="radio" name="quick" value=${value} .checked=${this.quick === value} @change=${() => this.#setQuick(value)} />
              <span>${t(key)}</span>
            </label>`,
          )}
        </div>
      </fieldset>
      <label class="select">
        <span>${t('policyTable.filter.line')}</span>
        <select @change=${(e: Event) => (this.line = (e.target as HTMLSelectElement).value as LineOfBusiness | '')}>
          <option value="" ?selected=${this.line === ''}>${t('policyTable.filter.allLines')}</option>
          ${linesFor(this.quick).map((line) => html`<option value=${line} ?selected=${this.line === line}>${t(`lob.${line}`)}</option>`)}
        </select>
      </label>
      <label class="select">
        <span>${t('policyTable.filter.status')}</span>
        <select @change=${(e: Event) => (this.status = (e.target as HTMLSelectElement).value as PolicyStatus | '')}>
          <option value="" ?selected=${this.status === ''}>${t('policyTable.filter.allStatuses')}</option>
          ${POLICY_STATUSES.map((status) => html`<option value=${status} ?selected=${this.status === status}>${t(`status.policy.${status}`)}</option>`)}
        </select>
      </label>
    </div>`;
  }

  #renderDocuments() {
    const policy = this.policy ? (this.#policyLookup.value ?? null) : null;
    const notFound = Boolean(this.policy) && this.#policyLookup.status === TaskStatus.COMPLETE && !policy;
    const number = policy?.number ?? '';
    return html`<portaal-dialog
      part="documents"
      ?open=${Boolean(this.policy)}
      label=${number ? this.#i18n.t('policyDocuments.title', { number }) : this.#i18n.t('policyTable.documents')}
      @portaal-dialog-close=${this.#onDialogClose}
    >
      ${!this.policy
        ? nothing
        : notFound
          ? html`<p class="not-found" role="alert">${this.#i18n.t('policyTable.notFound')}</p>`
          : html`<portaal-policy-documents .adapter=${this.adapter} policy-id=${this.policy} .policy=${policy}></portaal-policy-documents>`}
    </portaal-dialog>`;
  }

  /** The shared no-access building block: which item, for which organisation, who to ask. */
  #renderNoAccess() {
    return html`<portaal-no-access part="no-access" item="policies"></portaal-no-access>`;
  }

  #setQuick(value: QuickFilter): void {
    this.quick = value;
    if (this.line && !linesFor(value).includes(this.line)) this.line = '';
  }

  #clearFilters(): void {
    this.quick = 'all';
    this.line = '';
    this.status = '';
  }

  #onAction(event: CustomEvent<TableActionDetail>): void {
    if (event.detail.action !== 'documents') return;
    this.policy = event.detail.rowId;
    emit<PolicyDocumentsDetail>(this, 'portaal-documents-open', { policyId: event.detail.rowId });
  }

  async #onDialogClose(event: Event): Promise<void> {
    if (event.defaultPrevented) return;
    const policyId = this.policy;
    if (!policyId) return;
    this.policy = null;
    emit<PolicyDocumentsDetail>(this, 'portaal-documents-close', { policyId });
    await this.updateComplete;
    await this.renderRoot.querySelector('portaal-dialog')?.updateComplete;
    // The dialog gives focus back to what opened it; after a deep link nothing did: go to the row.
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const table = this.table;
    const row = active?.closest('[role="row"]');
    if (table && !(row && table.shadowRoot?.contains(row))) await table.focusRow(policyId);
  }
}
