/** @vaadin/grid 25 with the same 100 000 policies, its array data provider, sort columns. */
import type { Policy } from '@portaal/core';
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-sort-column.js';
import type { Grid } from '@vaadin/grid';
import type { GridSortColumn } from '@vaadin/grid/vaadin-grid-sort-column.js';
import { CAR, JUMP_TO, VIEW_HEIGHT, inversions, makeData, scrollFor, timed } from './common.js';
import type { BenchPage } from './common.js';

let data: Policy[] = [];
let grid: Grid<Policy>;

const money = new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR' });
const day = new Intl.DateTimeFormat('nl-BE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const date = (value: string | null) => (value ? day.format(new Date(`${value}T00:00:00Z`)) : '');

type Row = HTMLElement & { index?: number };
const rows = () => [...grid.shadowRoot!.querySelectorAll<Row>('#items > tr')].filter((row) => !row.hidden);
const cellText = (row: Row, column: number) =>
  ((row.querySelectorAll('td')[column] as (HTMLElement & { _content?: HTMLElement }) | undefined)?._content?.textContent ?? '').trim();
const firstRowText = () => {
  const first = rows().sort((a, b) => (a.index ?? 0) - (b.index ?? 0))[0];
  return first ? cellText(first, 3) : '';
};
const rowCount = () => grid.shadowRoot!.querySelector('#table')?.getAttribute('aria-rowcount');

function column(path: string, header: string, renderer?: (value: Policy) => string): GridSortColumn<Policy> {
  const col = document.createElement('vaadin-grid-sort-column') as GridSortColumn<Policy>;
  col.path = path;
  col.header = header;
  if (renderer) col.renderer = (root, _column, model) => void (root.textContent = renderer(model.item));
  return col;
}

window.bench = {
  async prepare() {
    data = makeData();
    await customElements.whenDefined('vaadin-grid');
    grid = document.createElement('vaadin-grid') as Grid<Policy>;
    grid.style.height = VIEW_HEIGHT;
    grid.style.width = '1400px';
    grid.append(
      column('number', 'Polisnummer'),
      column('lineOfBusiness', 'Tak'),
      column('product', 'Product'),
      column('insuredRisk', 'Verzekerd risico'),
      column('status', 'Status'),
      column('startDate', 'Begindatum', (p) => date(p.startDate)),
      column('renewalDate', 'Vervaldag', (p) => date(p.renewalDate)),
      column('premium.amount', 'Jaarpremie', (p) => money.format(p.premium.amount)),
    );
    document.body.append(grid);
    await new Promise((resolve) => setTimeout(resolve, 100));
  },
  firstPaint: () =>
    timed(
      () => void (grid.items = data),
      () => rows().filter((row) => cellText(row, 0)).length > 5,
    ),
  async sort() {
    const before = firstRowText();
    const sorter = [...grid.querySelectorAll<HTMLElement & { path?: string }>('vaadin-grid-sorter')].find((s) => s.path === 'insuredRisk')!;
    const ms = await timed(
      () => sorter.click(),
      () => firstRowText() !== before,
    );
    // What the grid shows: its own data provider asked for every row in the same order.
    const sorted = await new Promise<Policy[]>((resolve) =>
      grid.dataProvider!({ page: 0, pageSize: data.length, sortOrders: [{ path: 'insuredRisk', direction: 'asc' }], filters: [] }, (items) =>
        resolve(items as Policy[]),
      ),
    );
    const texts = sorted.map((p) => p.insuredRisk);
    return { ms, inversions: inversions(texts), checked: texts.length };
  },
  scroll: (seconds) => scrollFor(grid.shadowRoot!.querySelector<HTMLElement>('#table')!, seconds),
  jump: () =>
    timed(
      () => grid.scrollToIndex(JUMP_TO - 1),
      () => rows().some((row) => row.index === JUMP_TO - 1 && cellText(row, 0) !== ''),
    ),
  async filter() {
    const before = rowCount();
    return timed(
      () => void (grid.items = data.filter((p) => CAR.has(p.lineOfBusiness))),
      () => rowCount() !== before,
    );
  },
} satisfies BenchPage;
