import { aTimeout, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import type { ListQuery, Page } from '@portaal/core';
import { HOSTILE_STRINGS } from '@portaal/mock';
import { sendKeys } from '@web/test-runner-commands';
import type { DataTableColumn } from '../columns.js';
import de from '../messages/de.js';
import en from '../messages/en.js';
import fr from '../messages/fr.js';
import nl from '../messages/nl.js';
import { missingKeys } from '@portaal/core';
import type { PortaalDataTable, TableExportDetail } from './data-table.js';
import './define.js';

interface Row {
  id: string;
  name: string;
  premium: { amount: number; currency: 'EUR' };
  start: string;
  status: string;
  line: string;
}

const STATUSES = ['active', 'pending', 'suspended', 'cancelled', 'expired'];

function makeRows(count: number): Row[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `r${i}`,
    name: `Polis ${String(i).padStart(6, '0')}`,
    premium: { amount: ((i * 7919) % 5000) - 100, currency: 'EUR' },
    start: `20${10 + (i % 17)}-0${1 + (i % 9)}-1${i % 10}`,
    status: STATUSES[i % 5]!,
    line: i % 3 === 0 ? 'car' : 'fire',
  }));
}

function columns(extra: DataTableColumn<Row>[] = []): DataTableColumn<Row>[] {
  return [
    { key: 'name', label: 'Name', rowHeader: true },
    { key: 'line', label: 'Line', hideNarrow: true },
    { key: 'premium', label: 'Premium', type: 'money' },
    { key: 'start', label: 'Start', type: 'date' },
    { key: 'status', label: 'Status', type: 'status' },
    ...extra,
  ];
}

async function render(rows: Row[] | null, options: { selectable?: boolean; extra?: DataTableColumn<Row>[]; width?: string; lang?: string } = {}) {
  const table = await fixture<PortaalDataTable<Row>>(html`<portaal-data-table
    lang=${options.lang ?? 'nl-BE'}
    style="width: ${options.width ?? '900px'}"
    label="Polissen"
    ?selectable=${options.selectable ?? false}
    .columns=${columns(options.extra)}
    .rows=${rows}
  ></portaal-data-table>`);
  await settle(table);
  return table;
}

/** Resize observers, then a render. */
async function settle(table: PortaalDataTable<Row>) {
  await nextFrame();
  await nextFrame();
  await table.updateComplete;
}

const root = (table: PortaalDataTable<Row>) => table.shadowRoot!;
const dataRows = (table: PortaalDataTable<Row>) => [...root(table).querySelectorAll<HTMLElement>('.body [role="row"]')];
const names = (table: PortaalDataTable<Row>) => dataRows(table).map((row) => row.querySelector('[role="rowheader"]')?.textContent?.trim());
const header = (table: PortaalDataTable<Row>, label: string) =>
  [...root(table).querySelectorAll<HTMLElement>('[role="columnheader"]')].find((cell) => cell.textContent?.includes(label))!;
const sortButton = (table: PortaalDataTable<Row>, label: string) => header(table, label).querySelector('button')!;
const grid = (table: PortaalDataTable<Row>) => root(table).querySelector<HTMLElement>('[role="grid"]')!;

/** The focused element inside the table's shadow root. */
const focused = (table: PortaalDataTable<Row>) => root(table).activeElement as HTMLElement | null;
const focusedPosition = (table: PortaalDataTable<Row>) => {
  const cell = focused(table)?.closest<HTMLElement>('[data-col]');
  const row = cell?.closest<HTMLElement>('[role="row"]');
  return { rowindex: Number(row?.getAttribute('aria-rowindex')), colindex: Number(cell?.getAttribute('aria-colindex')) };
};

async function chord(modifier: string, key: string) {
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}

async function scrollTo(table: PortaalDataTable<Row>, top: number) {
  const scroller = root(table).querySelector<HTMLElement>('.scroller')!;
  scroller.scrollTop = top;
  scroller.dispatchEvent(new Event('scroll'));
  await table.updateComplete;
}

describe('<portaal-data-table> sorting', () => {
  const NAMES = ['Zoë', 'Ödegaard', 'de Vries', 'Ezra', 'zoe', 'Émile', 'Oz', 'De Smet', 'Éloi'];
  const EXPECTED = ['De Smet', 'de Vries', 'Éloi', 'Émile', 'Ezra', 'Ödegaard', 'Oz', 'zoe', 'Zoë'];
  const people = () => NAMES.map((name, i) => ({ ...makeRows(1)[0]!, id: `p${i}`, name }));

  for (const lang of ['nl-BE', 'fr-BE']) {
    it(`sorts text with the locale's collation on a header click (${lang}), and reverses on a second click`, async () => {
      const table = await render(people(), { lang });
      const button = sortButton(table, 'Name');
      button.click();
      await table.updateComplete;
      expect(names(table)).to.deep.equal(EXPECTED);
      expect(header(table, 'Name').getAttribute('aria-sort')).to.equal('ascending');
      button.click();
      await table.updateComplete;
      expect(names(table)).to.deep.equal([...EXPECTED].reverse());
      expect(header(table, 'Name').getAttribute('aria-sort')).to.equal('descending');
    });
  }

  it('shows, sorts and exports a column of codes by their translated labels (valueLabels)', async () => {
    const rows = makeRows(4);
    ['fire', 'work-accident', 'car', 'unknown-code'].forEach((line, i) => (rows[i]!.line = line));
    const table = await render(rows, { extra: [{ key: 'branch', label: 'Branch', value: (row) => row.line, valueLabels: 'lob' }] });
    sortButton(table, 'Branch').click();
    await table.updateComplete;
    const labels = dataRows(table).map((row) => row.querySelector('[data-col="5"]')!.textContent!.trim());
    // nl: Arbeidsongevallen, Auto, Brand; a code without a message shows as it is.
    expect(labels).to.deep.equal(['Arbeidsongevallen', 'Auto', 'Brand', 'unknown-code']);
    const lines = (await (await table.exportCsv()).blob.text()).split('\r\n');
    expect(lines.slice(1, 5).map((line) => line.split(';').at(-1))).to.deep.equal(labels);
  });

  it('sorts amounts and dates by value, not as text', async () => {
    const rows = makeRows(6);
    rows[0]!.premium.amount = 1000;
    rows[1]!.premium.amount = -12;
    rows[2]!.premium.amount = 9.5;
    rows[3]!.premium.amount = 100;
    rows[4]!.premium.amount = 20;
    rows[5]!.premium.amount = 3;
    const table = await render(rows);
    sortButton(table, 'Premium').click();
    await table.updateComplete;
    const amounts = dataRows(table).map((row) => row.querySelector('.money')!.textContent!.trim().replace(/\s/g, ' '));
    expect(amounts).to.deep.equal(['€ -12,00', '€ 3,00', '€ 9,50', '€ 20,00', '€ 100,00', '€ 1.000,00']);

    rows.forEach((row, i) => (row.start = ['2026-11-21', '2024-02-29', '2025-01-01', '2023-12-31', '2026-01-01', '2025-12-31'][i]!));
    table.rows = [...rows];
    await table.updateComplete;
    sortButton(table, 'Start').click();
    await table.updateComplete;
    const dates = dataRows(table).map((row) => row.querySelector('.date')!.textContent!.trim());
    expect(dates).to.deep.equal(['31/12/2023', '29/02/2024', '01/01/2025', '31/12/2025', '01/01/2026', '21/11/2026']);
  });

  it('adds a second sort key with Shift+click, shows its priority, and tells listeners', async () => {
    const table = await render(makeRows(30));
    sortButton(table, 'Line').click();
    await table.updateComplete;
    const event = oneEvent(table, 'portaal-table-sort');
    sortButton(table, 'Premium').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, shiftKey: true }));
    expect((await event).detail.sort).to.deep.equal([
      { key: 'line', direction: 'asc' },
      { key: 'premium', direction: 'asc' },
    ]);
    await table.updateComplete;
    expect(header(table, 'Line').querySelector('.priority')?.textContent).to.equal('1');
    expect(header(table, 'Premium').querySelector('.priority')?.textContent).to.equal('2');
    // Only the primary key carries aria-sort; the second says its rank in words.
    expect(header(table, 'Line').getAttribute('aria-sort')).to.equal('ascending');
    expect(header(table, 'Premium').hasAttribute('aria-sort')).to.equal(false);
    expect(header(table, 'Premium').textContent).to.contain('sorteervolgorde 2');
    const rows = dataRows(table).map((row) => [row.children[1]!.textContent!.trim(), row.querySelector('.money')!.textContent!.trim()]);
    const lines = rows.map(([line]) => line);
    expect(lines.indexOf('fire')).to.equal(lines.lastIndexOf('car') + 1);
    const carAmounts = rows.filter(([line]) => line === 'car').map(([, amount]) => Number(amount!.replace(/[^\d,-]/g, '').replace(',', '.')));
    expect(carAmounts).to.deep.equal([...carAmounts].sort((a, b) => a - b));
  });

  it('sorts once: scrolling reads the order without computing sort values again', async () => {
    let calls = 0;
    const rows = makeRows(20_000);
    const table = await render(rows, {
      extra: [{ key: 'counted', label: 'Counted', value: (row) => (calls++, row.name) }],
    });
    sortButton(table, 'Counted').click();
    await table.updateComplete;
    const afterSort = calls;
    expect(afterSort).to.be.at.least(20_000);
    for (const top of [5000, 200_000, 600_000, 10_000]) await scrollTo(table, top);
    // Only the few rendered cells ask for their value again, never the 20 000 rows.
    expect(calls - afterSort).to.be.lessThan(500);
    expect(names(table)[0]).to.match(/^Polis/);
  });
});

describe('<portaal-data-table> virtualisation', () => {
  it('renders only the visible rows: the same DOM size for 10 000 and 100 000 rows', async () => {
    const small = await render(makeRows(10_000));
    const large = await render(makeRows(100_000));
    const count = (table: PortaalDataTable<Row>) => root(table).querySelectorAll('*').length;
    expect(dataRows(large).length).to.be.lessThan(40);
    expect(dataRows(large).length).to.equal(dataRows(small).length);
    expect(count(large)).to.equal(count(small));
    await scrollTo(large, 2_000_000);
    expect(count(large)).to.equal(count(small));
  });

  it('has aria-rowcount for every row and aria-rowindex on each rendered row', async () => {
    const table = await render(makeRows(100_000));
    expect(grid(table).getAttribute('aria-rowcount')).to.equal('100001');
    expect(dataRows(table)[0]!.getAttribute('aria-rowindex')).to.equal('2');
    await scrollTo(table, 44 * 50_000);
    const indexes = dataRows(table).map((row) => Number(row.getAttribute('aria-rowindex')));
    expect(indexes.some((index) => index === 50_002)).to.equal(true);
    expect(indexes).to.deep.equal(indexes.map((_, i) => indexes[0]! + i));
  });

  it('goes to a row: renders it, focuses it and keeps the header in place', async () => {
    const table = await render(makeRows(100_000));
    await table.goToRow(50_000);
    await table.updateComplete;
    expect(focusedPosition(table).rowindex).to.equal(50_001);
    expect(focused(table)?.closest('[role="row"]')?.querySelector('[role="rowheader"]')?.textContent?.trim()).to.equal('Polis 049999');
    const headerRow = root(table).querySelector<HTMLElement>('.header')!;
    const scroller = root(table).querySelector<HTMLElement>('.scroller')!;
    expect(headerRow.getBoundingClientRect().top).to.be.closeTo(scroller.getBoundingClientRect().top + 1, 2);
  });

  it('goes to a row from the footer form', async () => {
    const table = await render(makeRows(5000));
    const input = root(table).querySelector<HTMLInputElement>('.go-to-row input')!;
    input.value = '1234';
    root(table).querySelector<HTMLButtonElement>('.go')!.click();
    await waitUntil(() => focusedPosition(table).rowindex === 1235);
  });
});

describe('<portaal-data-table> keyboard', () => {
  async function keyboardTable() {
    const actions: DataTableColumn<Row> = {
      key: 'actions',
      label: 'Actions',
      type: 'action',
      actions: (row) => [
        { id: 'open', label: 'Open', accessibleLabel: `Open ${row.name}` },
        { id: 'mail', label: 'Mail' },
      ],
    };
    const table = await render(makeRows(200), { selectable: true, extra: [actions], width: '1100px' });
    return table;
  }

  it('is one tab stop and moves with arrows, Home/End, Ctrl+Home/End and PageUp/PageDown', async () => {
    const table = await keyboardTable();
    // From the search field, one Tab reaches the grid (the export button is not there).
    root(table).querySelector('portaal-text-field')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedPosition(table)).to.deep.equal({ rowindex: 1, colindex: 1 });
    const tabbable = root(table).querySelectorAll('[tabindex="0"]');
    expect(tabbable.length).to.equal(1);

    await sendKeys({ press: 'ArrowDown' });
    expect(focusedPosition(table)).to.deep.equal({ rowindex: 2, colindex: 1 });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedPosition(table)).to.deep.equal({ rowindex: 2, colindex: 3 });
    await sendKeys({ press: 'End' });
    expect(focusedPosition(table)).to.deep.equal({ rowindex: 2, colindex: 7 });
    await sendKeys({ press: 'Home' });
    expect(focusedPosition(table)).to.deep.equal({ rowindex: 2, colindex: 1 });
    await sendKeys({ press: 'PageDown' });
    const paged = focusedPosition(table).rowindex;
    expect(paged).to.be.greaterThan(5);
    await sendKeys({ press: 'PageUp' });
    expect(focusedPosition(table).rowindex).to.equal(2);
    await chord('Control', 'End');
    await table.updateComplete;
    expect(focusedPosition(table)).to.deep.equal({ rowindex: 201, colindex: 7 });
    await chord('Control', 'Home');
    expect(focusedPosition(table)).to.deep.equal({ rowindex: 1, colindex: 1 });
  });

  it('toggles selection with Space and reaches a cell’s buttons with Enter, back with Escape', async () => {
    const table = await keyboardTable();
    await table.focusRow('r0');
    await sendKeys({ press: 'ArrowRight' });
    const select = oneEvent(table, 'portaal-table-select');
    await sendKeys({ press: 'Space' });
    expect((await select).detail).to.deep.include({ count: 1, all: false, ids: ['r0'] });
    await table.updateComplete;
    expect(dataRows(table)[0]!.getAttribute('aria-selected')).to.equal('true');

    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    expect(focused(table)?.getAttribute('aria-label')).to.equal('Open Polis 000000');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(table)?.textContent?.trim()).to.equal('Mail');
    const action = oneEvent(table, 'portaal-table-action');
    await sendKeys({ press: 'Enter' });
    expect((await action).detail).to.deep.include({ action: 'mail', rowId: 'r0' });
    await sendKeys({ press: 'Escape' });
    expect(focused(table)?.getAttribute('role')).to.equal('gridcell');
    expect(focusedPosition(table)).to.deep.equal({ rowindex: 2, colindex: 7 });
  });

  it('sorts from the keyboard, Shift+Enter adding a key', async () => {
    const table = await keyboardTable();
    sortButton(table, 'Line').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    expect(table.sort).to.deep.equal([
      { key: 'line', direction: 'asc' },
      { key: 'premium', direction: 'asc' },
    ]);
  });
});

describe('<portaal-data-table> selection', () => {
  it('"select all N matching" covers rows never rendered, minus those taken out', async () => {
    const table = await render(makeRows(10_000), { selectable: true });
    const headerBox = root(table).querySelector<HTMLInputElement>('.header .check')!;
    headerBox.click();
    await table.updateComplete;
    expect(table.selection).to.deep.equal({ all: true, ids: [], count: 10_000 });
    expect(root(table).querySelector('.selected-count')?.textContent).to.contain('10.000 geselecteerd');
    dataRows(table)[1]!.querySelector<HTMLInputElement>('.check')!.click();
    await table.updateComplete;
    expect(table.selection).to.deep.equal({ all: true, ids: ['r1'], count: 9999 });
    expect(headerBox.indeterminate).to.equal(true);

    // The export holds every selected row, including the 9 980 never rendered.
    const { blob, count } = await table.exportCsv();
    expect(count).to.equal(9999);
    const text = await blob.text();
    expect(text).to.contain('Polis 009999');
    expect(text).not.to.contain('Polis 000001;');
  });

  it('offers "select all matching" once some rows are picked, and clears the selection when the filters change', async () => {
    const table = await render(makeRows(300), { selectable: true });
    dataRows(table)[0]!.querySelector<HTMLInputElement>('.check')!.click();
    await table.updateComplete;
    const selectAll = [...root(table).querySelectorAll('portaal-button')].find((b) => b.textContent?.includes('Alle 300'))!;
    selectAll.click();
    await table.updateComplete;
    expect(table.selection.count).to.equal(300);
    table.filter = { line: ['car'] };
    await table.updateComplete;
    expect(table.selection.count).to.equal(0);
  });
});

describe('<portaal-data-table> filters and search', () => {
  it('applies the using element’s filters; car + non-car = all', async () => {
    const table = await render(makeRows(3000));
    const all = table.total;
    table.filter = { line: ['car'] };
    await table.updateComplete;
    const car = table.total;
    table.filter = { line: ['fire'] };
    await table.updateComplete;
    expect(car + table.total).to.equal(all);
    expect(car).to.equal(1000);
  });

  it('searches every visible column, accent- and case-insensitively, as the user types', async () => {
    const rows = makeRows(50);
    rows[7]!.name = 'Garage Zoë';
    const table = await render(rows);
    const field = root(table).querySelector('portaal-text-field')!;
    field.shadowRoot!.querySelector('input')!.focus();
    const searched = oneEvent(table, 'portaal-table-search');
    await sendKeys({ type: 'garage zoe' });
    expect((await searched).detail.search).to.equal('garage zoe');
    await table.updateComplete;
    expect(names(table)).to.deep.equal(['Garage Zoë']);
    // Formatted values are searchable too: the date as shown.
    table.search = '29/02';
    await table.updateComplete;
    expect(table.total).to.equal(rows.filter((row) => row.start.endsWith('-02-29') || row.start.slice(5) === '02-29').length);
  });
});

describe('<portaal-data-table> states', () => {
  it('loading: busy, says so, accessible', async () => {
    const table = await render(null);
    expect(table.state).to.equal('loading');
    expect(grid(table).getAttribute('aria-busy')).to.equal('true');
    expect(root(table).querySelector('[part="state"]')?.textContent).to.contain('Bezig met laden');
    await expect(table).to.be.accessible();
  });

  it('nothing yet: its own message, no clear-filters button, accessible', async () => {
    const table = await render([]);
    table.emptyText = 'Deze organisatie heeft nog geen polissen.';
    await table.updateComplete;
    expect(table.state).to.equal('empty');
    expect(root(table).querySelector('[part="state"]')?.textContent).to.contain('nog geen polissen');
    expect(root(table).querySelector('[part="state"] portaal-button')).to.equal(null);
    await expect(table).to.be.accessible();
  });

  it('no results for these filters: a clear-filters button that also clears the search, accessible', async () => {
    const table = await render(makeRows(20));
    table.filter = { line: ['nothing'] };
    table.search = 'polis';
    await table.updateComplete;
    expect(table.state).to.equal('no-results');
    expect(root(table).querySelector('[part="state"]')?.textContent).to.contain('Geen resultaten voor deze filters');
    await expect(table).to.be.accessible();
    const cleared = oneEvent(table, 'portaal-table-clear-filters');
    root(table).querySelector<HTMLElement>('[part="state"] portaal-button')!.click();
    await cleared;
    expect(table.search).to.equal('');
  });

  it('error: the message, and Retry asks the using element to load again, accessible', async () => {
    const table = await render(null);
    table.error = new TypeError('Failed to fetch');
    await table.updateComplete;
    expect(table.state).to.equal('error');
    expect(root(table).querySelector('[part="state"]')?.textContent).to.contain('Controleer uw verbinding');
    await expect(table).to.be.accessible();
    const retry = oneEvent(table, 'portaal-table-retry');
    root(table).querySelector<HTMLElement>('[part="state"] portaal-button')!.click();
    await retry;
  });

  it('rows, selected rows and a sorted header are accessible', async () => {
    const table = await render(makeRows(40), { selectable: true });
    sortButton(table, 'Name').click();
    dataRows(table)[0]!.querySelector<HTMLInputElement>('.check')!.click();
    await table.updateComplete;
    await expect(table).to.be.accessible();
  });

  it('announces each state change to screen readers', async () => {
    const table = await render(null);
    const region = () => document.querySelector('[data-portaal-announcer] [aria-live="polite"]')?.textContent;
    await waitUntil(() => region()?.includes('Bezig met laden'));
    table.rows = makeRows(1234);
    await waitUntil(() => region() === '1.234 rijen');
    table.filter = { line: ['none'] };
    await waitUntil(() => region() === 'Geen resultaten voor deze filters.');
  });
});

describe('<portaal-data-table> server paging', () => {
  function server(total: number) {
    const rows = makeRows(total);
    const queries: ListQuery[] = [];
    const provider = async (query: ListQuery, _options: { signal: AbortSignal }): Promise<Page<Row>> => {
      queries.push(query);
      await aTimeout(1);
      let items = rows;
      const lines = query.filter?.line;
      if (Array.isArray(lines) && lines.length) items = items.filter((row) => lines.includes(row.line));
      if (query.sort?.[0]?.direction === 'desc') items = [...items].reverse();
      const { index, size } = query.page!;
      return { items: items.slice(index * size, (index + 1) * size), total: items.length };
    };
    return { provider, queries };
  }

  async function renderServer(total: number) {
    const backend = server(total);
    const table = await fixture<PortaalDataTable<Row>>(html`<portaal-data-table
      lang="nl-BE"
      style="width: 900px"
      selectable
      .columns=${columns()}
      .dataProvider=${backend.provider}
    ></portaal-data-table>`);
    await waitUntil(() => table.state === 'rows');
    await settle(table);
    return { table, ...backend };
  }

  it('asks for the pages it shows, with page, size, sort and filters in the query', async () => {
    const { table, queries } = await renderServer(30_000);
    expect(table.total).to.equal(30_000);
    expect(grid(table).getAttribute('aria-rowcount')).to.equal('30001');
    expect(queries[0]).to.deep.equal({ page: { index: 0, size: 100 } });
    table.filter = { line: ['car'] };
    table.sort = [{ key: 'start', direction: 'desc' }];
    await waitUntil(() => table.total === 10_000);
    expect(queries.at(-1)).to.deep.equal({ filter: { line: ['car'] }, sort: [{ key: 'start', direction: 'desc' }], locale: 'nl-BE', page: { index: 0, size: 100 } });
    await table.goToRow(7_777);
    await waitUntil(() => queries.some((query) => query.page?.index === 77));
    await waitUntil(() => names(table).includes(`Polis ${String(29_997 - 7776 * 3).padStart(6, '0')}`));
  });

  it('selects all matching rows across pages it never loaded, and exports them page by page', async () => {
    const { table, queries } = await renderServer(12_000);
    table.selectAllMatching();
    await table.updateComplete;
    dataRows(table)[0]!.querySelector<HTMLInputElement>('.check')!.click();
    expect(table.selection).to.deep.equal({ all: true, ids: ['r0'], count: 11_999 });
    const { count, blob } = await table.exportCsv();
    expect(count).to.equal(11_999);
    expect(queries.filter((query) => query.page?.size === 5000).map((query) => query.page?.index)).to.deep.equal([0, 1, 2]);
    const text = await blob.text();
    expect(text).to.contain('Polis 011999');
    expect(text).not.to.contain('Polis 000000');
  });

  it('shows an error with Retry that asks again', async () => {
    let fail = true;
    const provider = async (query: ListQuery): Promise<Page<Row>> => {
      if (fail) throw new TypeError('Failed to fetch');
      return { items: makeRows(3).slice(0, query.page!.size), total: 3 };
    };
    const table = await fixture<PortaalDataTable<Row>>(html`<portaal-data-table lang="nl-BE" .columns=${columns()} .dataProvider=${provider}></portaal-data-table>`);
    await waitUntil(() => table.state === 'error');
    fail = false;
    root(table).querySelector<HTMLElement>('[part="state"] portaal-button')!.click();
    await waitUntil(() => table.state === 'rows');
    expect(table.total).to.equal(3);
  });
});

describe('<portaal-data-table> narrow screens', () => {
  it('shows rows as cards below 600 px, a page at a time, with nothing cut off', async () => {
    const rows = makeRows(45);
    rows[0]!.name = HOSTILE_STRINGS.find((text) => text.length > 150)!;
    const table = await render(rows, { width: '360px', selectable: true });
    expect(table.narrow).to.equal(true);
    const cards = dataRows(table);
    expect(cards.length).to.equal(20);
    for (const card of cards) {
      for (const cell of card.querySelectorAll<HTMLElement>('[data-col]')) {
        expect(cell.scrollWidth, cell.textContent ?? '').to.be.at.most(cell.clientWidth + 1);
        expect(cell.scrollHeight).to.be.at.most(cell.clientHeight + 1);
      }
      expect(card.getBoundingClientRect().right).to.be.at.most(table.getBoundingClientRect().right + 0.5);
    }
    // Columns marked hideNarrow are left out of the cards.
    expect(root(table).querySelector('[data-label="Line"]')).to.equal(null);
    const next = [...root(table).querySelectorAll('.footer portaal-button')].at(-1) as HTMLElement;
    next.click();
    await table.updateComplete;
    expect(dataRows(table)[0]!.getAttribute('aria-rowindex')).to.equal('22');
    await expect(table).to.be.accessible();
  });
});

describe('<portaal-data-table> narrow screens, filters', () => {
  it('folds the using element’s filters behind "Filters (n)", so the rows come first', async () => {
    const table = await fixture<PortaalDataTable<Row>>(html`<portaal-data-table lang="nl-BE" style="width: 360px" .columns=${columns()} .rows=${makeRows(5)}>
      <label slot="filters">Tak <select><option>Alle</option></select></label>
    </portaal-data-table>`);
    await settle(table);
    const toggle = root(table).querySelector<HTMLDetailsElement>('details.filters-toggle')!;
    expect(toggle.open).to.equal(false);
    expect(toggle.querySelector('summary')!.textContent!.trim()).to.equal('Filters');
    expect(table.querySelector('select')!.checkVisibility()).to.equal(false);
    table.filter = { line: ['car'], status: [] };
    await table.updateComplete;
    expect(toggle.querySelector('summary')!.textContent!.trim()).to.equal('Filters (1)');
    toggle.querySelector('summary')!.click();
    await nextFrame();
    expect(table.querySelector('select')!.checkVisibility()).to.equal(true);
    await expect(table).to.be.accessible();
    // Wide again: the filters are simply shown.
    table.style.width = '900px';
    await waitUntil(() => !root(table).querySelector('details.filters-toggle'), 'the disclosure goes away');
    expect(table.querySelector('select')!.checkVisibility()).to.equal(true);
  });
});

describe('<portaal-data-table> medium widths', () => {
  it('keeps every column when they do not fit: the grid scrolls sideways with the checkbox and the row name in view', async () => {
    const table = await render(makeRows(10), { width: '640px', selectable: true });
    expect(table.narrow).to.equal(false);
    expect(header(table, 'Line')).to.not.equal(undefined);
    expect(grid(table).getAttribute('aria-colcount')).to.equal('6');
    const scroller = root(table).querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    const left = (selector: string) => root(table).querySelector(selector)!.getBoundingClientRect().left;
    const before = { check: left('.body .cell.select'), name: left('.body .row-header'), header: left('.header .row-header'), line: left('.body [data-col="2"]') };
    scroller.scrollLeft = 200;
    await nextFrame();
    expect(left('.body .cell.select')).to.equal(before.check);
    expect(left('.body .row-header')).to.equal(before.name);
    expect(left('.header .row-header')).to.equal(before.header);
    expect(scroller.scrollLeft).to.be.greaterThan(50);
    expect(left('.body [data-col="2"]')).to.be.closeTo(before.line - scroller.scrollLeft, 1);
    await expect(table).to.be.accessible();
  });

  it('scrolls sideways with the keyboard, never leaving the active cell under the sticky columns', async () => {
    const table = await render(makeRows(10), { width: '640px', selectable: true });
    const scroller = root(table).querySelector<HTMLElement>('.scroller')!;
    const visible = () => {
      const cell = focused(table)!.closest<HTMLElement>('[data-col]')!.getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      const sticky = root(table).querySelector('.body .row-header')!.getBoundingClientRect().right;
      const isSticky = focused(table)!.closest('.select, .row-header') !== null;
      return isSticky || (cell.left >= sticky - 1 && cell.right <= view.right + 1);
    };
    await table.goToRow(1);
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await table.updateComplete;
      expect(visible(), `after ${i + 1} × ArrowRight`).to.equal(true);
    }
    expect(scroller.scrollLeft).to.be.greaterThan(0);
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'ArrowLeft' });
      await table.updateComplete;
      expect(visible(), `after ${i + 1} × ArrowLeft`).to.equal(true);
    }
  });
});

describe('<portaal-data-table> safety and export', () => {
  it('renders hostile strings as inert text', async () => {
    const rows = HOSTILE_STRINGS.map((name, i) => ({ ...makeRows(1)[0]!, id: `h${i}`, name }));
    const table = await render(rows);
    expect(root(table).querySelector('img')).to.equal(null);
    expect(names(table)).to.deep.equal(HOSTILE_STRINGS.slice(0, names(table).length).map((text) => text.trim()));
  });

  it('exports the visible columns in the current order and sort, never action cells, as a cancelable event', async () => {
    const rows = makeRows(5);
    rows[2]!.name = '=HYPERLINK("x")';
    rows[3]!.premium.amount = -12;
    rows[0]!.premium.amount = 50;
    const table = await render(rows, { extra: [{ key: 'go', label: 'Go', type: 'action', actions: () => [{ id: 'go', label: 'Go' }] }] });
    table.exportable = true;
    sortButton(table, 'Premium').click();
    await table.updateComplete;
    const exported = oneEvent(table, 'portaal-table-export');
    table.addEventListener('portaal-table-export', (event) => event.preventDefault(), { once: true });
    root(table).querySelector<HTMLElement>('portaal-button.export')!.click();
    const { detail } = (await exported) as CustomEvent<TableExportDetail>;
    expect(detail.filename).to.match(/^export-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(detail.blob.type).to.equal('text/csv;charset=utf-8');
    const lines = (await detail.blob.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).to.equal('Name;Line;Premium;Start;Status');
    expect(lines[1]).to.match(/^Polis 000003;car;-12,00;\d{4}-\d{2}-\d{2};Opgezegd$/);
    expect(lines.some((line) => line.startsWith(`"'=HYPERLINK(""x"")"`))).to.equal(true);
  });

  it('has every message in nl, fr and de', () => {
    expect(missingKeys({ en, nl, fr, de })).to.deep.equal([]);
  });
});
