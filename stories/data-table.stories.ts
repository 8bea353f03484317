import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { registerMessages, type ListQuery, type Page, type Policy } from '@portaal/core';
import type { DataProvider, DataTableColumn } from '@portaal/data-table';
import '@portaal/data-table/define';
import { createSeed, runQuery } from '@portaal/mock';

/** Column headers of these stories, in the four languages (the table translates label keys). */
registerMessages({
  en: {
    'story.table.number': 'Policy number',
    'story.table.line': 'Line of business',
    'story.table.risk': 'Insured risk',
    'story.table.status': 'Status',
    'story.table.start': 'Start date',
    'story.table.premium': 'Annual premium',
    'story.table.actions': 'Actions',
    'story.table.open': 'Open',
    'story.table.openLabel': 'Open policy {number}',
    'story.table.label': 'Policies (example)',
  },
  nl: {
    'story.table.number': 'Polisnummer',
    'story.table.line': 'Tak',
    'story.table.risk': 'Verzekerd risico',
    'story.table.status': 'Status',
    'story.table.start': 'Begindatum',
    'story.table.premium': 'Jaarpremie',
    'story.table.actions': 'Acties',
    'story.table.open': 'Openen',
    'story.table.openLabel': 'Polis {number} openen',
    'story.table.label': 'Polissen (voorbeeld)',
  },
  fr: {
    'story.table.number': 'N° de contrat',
    'story.table.line': 'Branche',
    'story.table.risk': 'Risque assuré',
    'story.table.status': 'Statut',
    'story.table.start': 'Date de début',
    'story.table.premium': 'Prime annuelle',
    'story.table.actions': 'Actions',
    'story.table.open': 'Ouvrir',
    'story.table.openLabel': 'Ouvrir le contrat {number}',
    'story.table.label': 'Contrats (exemple)',
  },
  de: {
    'story.table.number': 'Vertragsnummer',
    'story.table.line': 'Sparte',
    'story.table.risk': 'Versichertes Risiko',
    'story.table.status': 'Status',
    'story.table.start': 'Beginn',
    'story.table.premium': 'Jahresprämie',
    'story.table.actions': 'Aktionen',
    'story.table.open': 'Öffnen',
    'story.table.openLabel': 'Vertrag {number} öffnen',
    'story.table.label': 'Verträge (Beispiel)',
  },
});

const COLUMNS: DataTableColumn<Policy>[] = [
  { key: 'number', label: 'story.table.number', rowHeader: true, width: 'minmax(10.5rem, 1fr)' },
  { key: 'lineOfBusiness', label: 'story.table.line', valueLabels: 'lob', width: 'minmax(9.5rem, 1fr)' },
  { key: 'insuredRisk', label: 'story.table.risk', width: 'minmax(10rem, 1.8fr)' },
  { key: 'status', label: 'story.table.status', type: 'status', width: 'minmax(9.5rem, 0.8fr)' },
  { key: 'startDate', label: 'story.table.start', type: 'date', hideNarrow: true, width: 'minmax(8.5rem, 0.7fr)' },
  { key: 'premium', label: 'story.table.premium', type: 'money', width: 'minmax(9rem, 0.8fr)' },
  {
    key: 'actions',
    label: 'story.table.actions',
    type: 'action',
    width: 'minmax(7rem, 0.6fr)',
    actions: (p, c) => [{ id: 'open', label: c.t('story.table.open'), accessibleLabel: c.t('story.table.openLabel', { number: p.number }) }],
  },
];

let small: Policy[] | undefined;
let large: Policy[] | undefined;
/** The mock's seed: Belgian policies, including the hostile strings (markup, formulas, RTL, 200-char names). */
const smallSeed = () => (small ??= createSeed().policies);
const largeSeed = () => (large ??= createSeed({ policies: 100_000, claims: 10 }).policies);

/** A server that pages, sorts and filters like the mock back end, with a little latency. */
function serverOf(rows: readonly Policy[], latency = 250): DataProvider<Policy> {
  return async (query: ListQuery, { signal }) => {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(resolve, latency);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
    return runQuery(rows as Policy[], query, {
      keys: ['number', 'lineOfBusiness', 'insuredRisk', 'status', 'startDate', 'premium'],
      value: (p, key) => (key === 'premium' ? p.premium.amount : ((p as unknown as Record<string, string | null>)[key] ?? null)),
      text: (p) => [p.number, p.insuredRisk],
    }) as Page<Policy>;
  };
}

interface Args {
  selectable: boolean;
  exportable: boolean;
}

const meta: Meta<Args> = {
  title: 'Building blocks/Data table',
  component: 'portaal-data-table',
  tags: ['autodocs'],
  args: { selectable: true, exportable: true },
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj<Args>;

const table = (args: Args, rows: readonly Policy[] | null, extra: Record<string, unknown> = {}) => html`<portaal-data-table
  label="Polissen"
  ?selectable=${args.selectable}
  ?exportable=${args.exportable}
  export-name="voorbeeld"
  .columns=${COLUMNS}
  .rows=${rows}
  .loading=${extra.loading ?? false}
  .error=${extra.error ?? null}
  .filter=${extra.filter ?? {}}
  .search=${(extra.search as string) ?? ''}
  .sort=${extra.sort ?? []}
  empty-text=${(extra.emptyText as string) ?? ''}
></portaal-data-table>`;

/** Ten policies: sort by clicking a header (Shift+click for a second key), select, export. */
export const TenRows: Story = { render: (args) => table(args, smallSeed().slice(0, 10)) };

/** 100 000 rows, client-side: only the visible rows are in the DOM; "go to row" below the grid. */
export const HundredThousandRows: Story = { render: (args) => table(args, largeSeed()) };

/** Sorted by line of business, then by premium (descending): the priorities show in the headers. */
export const SortedByTwoKeys: Story = {
  render: (args) =>
    table(args, smallSeed(), {
      sort: [
        { key: 'lineOfBusiness', direction: 'asc' },
        { key: 'premium', direction: 'desc' },
      ],
    }),
};

/** Server paging over 100 000 rows: pages arrive as you scroll; rows on their way are placeholders. */
export const ServerPaging: Story = {
  render: (args) => html`<portaal-data-table
    ?selectable=${args.selectable}
    ?exportable=${args.exportable}
    .columns=${COLUMNS}
    .dataProvider=${serverOf(largeSeed())}
  ></portaal-data-table>`,
};

export const Loading: Story = { render: (args) => table(args, null) };

export const NothingYet: Story = { render: (args) => table(args, [], { emptyText: '' }) };

export const NoResults: Story = { render: (args) => table(args, smallSeed(), { filter: { lineOfBusiness: ['car'] }, search: 'geen enkele polis' }) };

export const ErrorState: Story = { name: 'Error', render: (args) => table(args, null, { error: new TypeError('Failed to fetch') }) };

/** Hostile seed strings (markup, CSV formulas, RTL text, 200-character names) stay inert text. */
export const HostileStrings: Story = {
  render: (args) => table(args, smallSeed().filter((p) => /[<=+@\t"]|^-|[\u0590-\u06ff]|.{60,}/.test(p.insuredRisk))),
};

/**
 * Too narrow for every column side by side (a tablet, a side panel): all columns stay, the grid
 * scrolls sideways and the checkbox and policy number stay in view.
 */
export const MediumWidth: Story = {
  render: (args) => html`<div style="max-width: 760px">${table(args, smallSeed())}</div>`,
};

/** Below 600 px, rows become cards, a page at a time, and nothing is cut off. */
export const Narrow: Story = {
  render: (args) => html`<div style="max-width: 360px">${table(args, smallSeed())}</div>`,
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  render: (args) => table(args, smallSeed()),
};
